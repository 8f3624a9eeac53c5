// The playthrough itself: drives session.step() with what the player types, quarter by quarter, to the debrief.
import { newGame, phaseOf, stateHash, stateOf, step, type Game, type Intent } from '../../../src/engine/session';
import type { StoryHeard } from '../../../src/engine/state';
import type { Scenario } from '../../../src/engine/types';
import type { ViewEffect } from '../../../src/engine/view-effects';
import { debrief, ending } from './debrief';
import type { LineSource } from './input';
import { agendaChanges, agendaList, agendaStatus, briefing, decisionDetail, hiddenNumbers, inboxItem, openDecisions, results, story } from './screens';
import { heading, wrap } from './text';
import { choiceLabel, defaultAnswer, offeredChoices } from '../../../src/engine/texts';

export type Outcome = 'ended' | 'quit' | 'eof';

const AGENDA_HELP = `Agenda commands:
  N        add decision N to the agenda, or take it off again (several: 1 3)
  i N      read what decision N involves
  l        list the agenda again
  d        done: the board meets and the quarter plays out
  ?        this help
  q        quit the game
`;
const ANSWER_HELP = `Type the number of an answer, or press Enter for the default. q quits the game.\n`;

class Quit extends Error {
  constructor(readonly outcome: Outcome) { super(outcome); }
}

export async function play(scenario: Scenario, seed: string, input: LineSource, out: (s: string) => void, opts: { reveal?: boolean } = {}): Promise<{ outcome: Outcome; game: Game }> {
  let game = newGame(scenario, seed).game;
  const apply = (intent: Intent): StepResultLike => {
    const r = step(game, intent);
    if (r.accepted) game = r.game;
    return r;
  };
  const ask = async (prompt: string): Promise<string> => {
    const line = await input.ask(prompt);
    if (line === null) throw new Quit('eof');
    const t = line.trim();
    if (t.toLowerCase() === 'q' || t.toLowerCase() === 'quit') throw new Quit('quit');
    return t;
  };

  let lastStories: readonly StoryHeard[] = [];
  const seen: AgendaMemory = { open: null };
  try {
    for (let guard = 0; guard < 10_000; guard++) {
      const phase = phaseOf(game);
      if (phase === 'briefing') {
        out('\n' + briefing(scenario, stateOf(game), lastStories));
        if (opts.reveal) out('\n' + hiddenNumbers(scenario, stateOf(game)) + '\n');
        apply({ type: 'BEGIN' });
      } else if (phase === 'agenda') {
        await agenda(scenario, () => game, apply, ask, out, seen);
        const r = apply({ type: 'COMMIT' });
        lastStories = stateOf(game).stories;
        out('\n' + results(scenario, r.effects, stateOf(game).log));
      } else if (phase === 'resolution') {
        apply({ type: 'CONTINUE' });
      } else if (phase === 'events') {
        await answerInbox(scenario, () => game, apply, ask, out);
        apply({ type: 'CONTINUE' });
      } else if (phase === 'ending') {
        if (lastStories.length) out(`\n${heading('The last story the board heard')}\n${lastStories.map((s) => story(scenario, s)).join('\n')}\n`);
        out('\n' + ending(scenario, stateOf(game)));
        apply({ type: 'DEBRIEF' });
      } else {
        out('\n' + debrief(scenario, stateOf(game)));
        return { outcome: 'ended', game };
      }
    }
    throw new Error('the game did not finish');
  } catch (e) {
    if (!(e instanceof Quit)) throw e;
    const s = stateOf(game);
    out(e.outcome === 'eof'
      ? `\nEnd of input: the game stops in quarter ${s.quarter}.\n`
      : `\nYou leave the board in quarter ${s.quarter}.\n`);
    return { outcome: e.outcome, game };
  }
}

interface StepResultLike { effects: ViewEffect[]; accepted: boolean; reason?: string }
type Apply = (intent: Intent) => StepResultLike;
type Ask = (prompt: string) => Promise<string>;

/** The decisions open at the last agenda, so the next one can say only what changed. */
interface AgendaMemory { open: Set<string> | null }

async function agenda(scenario: Scenario, game: () => Game, apply: Apply, ask: Ask, out: (s: string) => void, seen: AgendaMemory): Promise<void> {
  // the whole list in the first quarter; after that only what opened or closed since (l lists it all again)
  const open = openDecisions(scenario, stateOf(game()));
  out('\n' + (seen.open === null ? agendaList(scenario, stateOf(game())) : agendaChanges(scenario, stateOf(game()), seen.open, open)));
  seen.open = open;
  out('Type a number to add or remove a decision, d when done, l to list them all, ? for help.\n');
  let refused = false;
  for (;;) {
    const line = (await ask('agenda> ')).toLowerCase();
    if (line === '') continue;
    if (line === 'd' || line === 'done') {
      // a refused add scrolled past is the easiest slip to make: say it again before the agenda is committed
      if (refused) out(`${wrap(`Going ahead with: ${stateOf(game()).agenda.map((id) => scenario.decisions.find((d) => d.id === id)?.title ?? id).join('; ') || 'nothing'}. (Something you tried to add was NOT added: see above.)`)}\n`);
      return;
    }
    if (line === '?' || line === 'h' || line === 'help') { out(AGENDA_HELP); continue; }
    if (line === 'l' || line === 'list') { out(agendaList(scenario, stateOf(game()))); continue; }
    const info = /^(?:i|info)\s*(\d+)$/.exec(line) ?? /^(\d+)\s*\?$/.exec(line);
    if (info) {
      const d = scenario.decisions[Number(info[1]) - 1];
      out(d ? decisionDetail(scenario, d, Number(info[1])) : `There is no decision ${info[1]}.\n`);
      continue;
    }
    const numbers = line.split(/[\s,]+/);
    if (!numbers.every((n) => /^\d+$/.test(n))) { out(`Not understood: '${line}'. Type ? for help.\n`); continue; }
    for (const n of numbers) {
      const d = scenario.decisions[Number(n) - 1];
      if (!d) { out(`There is no decision ${n}; they are numbered 1 to ${scenario.decisions.length}.\n`); continue; }
      const onAgenda = stateOf(game()).agenda.includes(d.id);
      const r = apply(onAgenda ? { type: 'UNCHOOSE', id: d.id } : { type: 'CHOOSE', id: d.id });
      if (!r.accepted) { refused = true; out(wrap(`!! NOT ADDED: "${d.title}": ${r.reason}`) + '\n'); }
      else out(`${onAgenda ? 'Removed' : 'Added'}: ${d.title}.\n`);
    }
    const titles = stateOf(game()).agenda.map((id) => scenario.decisions.find((d) => d.id === id)?.title ?? id);
    out(wrap(`On the agenda: ${titles.length ? titles.join('; ') : 'nothing yet'} (${agendaStatus(scenario, stateOf(game()))}).`) + '\n');
  }
}

async function answerInbox(scenario: Scenario, game: () => Game, apply: Apply, ask: Ask, out: (s: string) => void): Promise<void> {
  for (const item of stateOf(game()).inbox) {
    const event = scenario.events.find((e) => e.id === item.event);
    if (!event) continue;
    out('\n' + inboxItem(scenario, item));
    const offered = offeredChoices(scenario, item);
    if (!offered.length || item.choice !== undefined) continue;
    const fallback = defaultAnswer(scenario, item)!;
    for (;;) {
      const line = await ask(`answer [1-${offered.length}, Enter = default]> `);
      if (line === '?') { out(ANSWER_HELP); continue; }
      const choice = line === '' ? fallback : /^\d+$/.test(line) ? offered[Number(line) - 1]?.id : undefined;
      if (!choice) { out(`Choose a number from 1 to ${offered.length}, or press Enter for the default.\n`); continue; }
      const r = apply({ type: 'ANSWER', event: event.id, choice });
      if (!r.accepted) { out(`${r.reason}\n`); continue; }
      const c = offered.find((x) => x.id === choice)!;
      out(wrap(`The board answers: ${choiceLabel(c, item)}.`) + '\n');
      break;
    }
  }
}

export function closing(game: Game, file: string): string {
  const seed = /^[\w.:@+-]+$/.test(game.seed) ? game.seed : JSON.stringify(game.seed);
  return `\nSeed: ${game.seed}\nFinal state hash: ${stateHash(game)}\nTo play this game again:\n  npm run scenario -- play ${file} --seed ${seed}\n`;
}
