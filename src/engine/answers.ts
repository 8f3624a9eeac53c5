// Whether the board can give this answer to this event now, and if not, why not.
import type { GameState } from './state';
import type { Scenario } from './types';

export function whyNotAnswer(scenario: Scenario, state: GameState, eventId: string, choiceId: string): string | null {
  const item = state.inbox.find((i) => i.event === eventId);
  if (!item) return `'${eventId}' is not in this quarter's inbox.`;
  if (item.choice !== undefined) return 'The board has already answered this.';
  const e = scenario.events.find((x) => x.id === eventId);
  if (!e?.choices.some((c) => c.id === choiceId)) return `'${choiceId}' is not one of the answers to this.`;
  return null;
}
