// Playing a transcript: its steps one by one, or its quarters (agenda and answers) turned into the same intents.
import { phaseOf, stateOf, step, type Game, type Intent } from '../../../src/engine/session';
import type { Path } from '../../../src/scenario/source-map';
import type { Quarter } from './schema';
import { parseStep } from './steps';
import { offeredChoices } from '../../../src/engine/texts';

/** Where a transcript stopped making sense, and why. */
export interface Stop { path: Path; key?: boolean; message: string }
export interface Played { game: Game; stop?: Stop }

export function playSteps(start: Game, steps: readonly string[]): Played {
  let game = start;
  for (const [i, text] of steps.entries()) {
    const intent = parseStep(text);
    if (typeof intent === 'string') return { game, stop: { path: ['steps', i], message: intent } };
    const r = step(game, intent);
    if (!r.accepted) return { game, stop: { path: ['steps', i], message: `step ${i + 1} '${text}' was refused: ${r.reason}` } };
    game = r.game;
  }
  return { game };
}

const needsAnswer = (game: Game, event: string) => { const item = stateOf(game).inbox.find((i) => i.event === event); return !!item && offeredChoices(game.scenario, item).length > 0; };

/** Plays quarter by quarter to the debrief; quarters after the list put nothing on the agenda and give default answers. */
export function playQuarters(start: Game, quarters: readonly Quarter[]): Played {
  let game = start;
  const send = (intent: Intent, path: Path, key = false): Stop | undefined => {
    const r = step(game, intent);
    if (!r.accepted) return { path, key, message: `in quarter ${stateOf(game).quarter}, ${describe(intent)} was refused: ${r.reason}` };
    game = r.game;
    return undefined;
  };
  for (let guard = 0; guard < 10_000; guard++) {
    const phase = phaseOf(game);
    const q = stateOf(game).quarter;
    const entry = quarters[q - 1] ?? {};
    let stop: Stop | undefined;
    if (phase === 'debrief') {
      if (quarters.length > q) {
        const end = stateOf(game).ending;
        const title = game.scenario.endings.find((e) => e.id === end)?.title;
        return { game, stop: { path: ['quarters', q], message: `the game ended after quarter ${q} with the ending '${end}'${title ? ` ("${title}")` : ''}, but the script lists ${quarters.length} quarters` } };
      }
      return { game };
    }
    if (phase === 'briefing') stop = send({ type: 'BEGIN' }, ['quarters', q - 1]);
    else if (phase === 'agenda') {
      // the agenda as it stands at the commit: an item an answer already put there may be listed or left out
      for (const [j, id] of (entry.agenda ?? []).entries()) if (!stateOf(game).agenda.includes(id)) stop ??= send({ type: 'CHOOSE', id }, ['quarters', q - 1, 'agenda', j]);
      stop ??= send({ type: 'COMMIT' }, ['quarters', q - 1]);
    } else if (phase === 'resolution') stop = send({ type: 'CONTINUE' }, ['quarters', q - 1]);
    else if (phase === 'events') {
      const inbox = stateOf(game).inbox;
      for (const event of Object.keys(entry.answers ?? {})) {
        if (!inbox.some((i) => i.event === event)) return { game, stop: { path: ['quarters', q - 1, 'answers', event], key: true, message: `'${event}' did not happen in quarter ${q}, so it cannot be answered` } };
      }
      for (const item of inbox.filter((i) => i.choice === undefined && needsAnswer(game, i.event))) {
        const choice = entry.answers?.[item.event] ?? game.scenario.events.find((e) => e.id === item.event)?.defaultChoice ?? '';
        stop ??= send({ type: 'ANSWER', event: item.event, choice }, ['quarters', q - 1, 'answers', item.event]);
      }
      stop ??= send({ type: 'CONTINUE' }, ['quarters', q - 1]);
    } else if (phase === 'ending') stop = send({ type: 'DEBRIEF' }, ['quarters']);
    if (stop) return { game, stop };
  }
  return { game, stop: { path: ['quarters'], message: 'the game did not finish' } };
}

function describe(intent: Intent): string {
  if (intent.type === 'CHOOSE') return `choosing '${intent.id}'`;
  if (intent.type === 'ANSWER') return `answering '${intent.event}' with '${intent.choice}'`;
  return intent.type;
}
