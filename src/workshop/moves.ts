// A game's decisions as moves: at every step, the intents the phase allows are listed in a fixed order, and a
// decision is its index in that list. Steps with one possible intent (BEGIN, CONTINUE after resolution, DEBRIEF)
// cost nothing; a choice of agenda item costs about five bits. The decoder replays as it reads, so it knows each list.
import { phaseOf, stateOf, type Game, type Intent } from '../engine/session';
import { offeredChoices } from '../engine/texts';

/** Every intent the phase allows, in a fixed order: catalogue order for decisions, inbox order for answers. */
export function movesAt(game: Game): Intent[] {
  const s = stateOf(game);
  switch (phaseOf(game)) {
    case 'briefing': return [{ type: 'BEGIN' }];
    case 'agenda': return [
      { type: 'COMMIT' },
      ...game.scenario.decisions.map((d): Intent => ({ type: 'CHOOSE', id: d.id })),
      ...s.agenda.map((id): Intent => ({ type: 'UNCHOOSE', id })),
    ];
    case 'resolution': return [{ type: 'CONTINUE' }];
    case 'events': return [
      { type: 'CONTINUE' },
      ...s.inbox.flatMap((item) => offeredChoices(game.scenario, item)
        .map((c): Intent => ({ type: 'ANSWER', event: item.event, choice: c.id }))),
    ];
    case 'ending': return [{ type: 'DEBRIEF' }];
    default: return [];
  }
}

export function sameIntent(a: Intent, b: Intent): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'CHOOSE' || a.type === 'UNCHOOSE') return a.id === (b as typeof a).id;
  if (a.type === 'ANSWER') return a.event === (b as typeof a).event && a.choice === (b as typeof a).choice;
  return true;
}
