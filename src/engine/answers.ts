// Whether the board can give this answer to this event now, and if not, why not.
import type { GameState, InboxItem } from './state';
import { offeredChoices } from './texts';
import type { Scenario } from './types';

/** Whether an inbox item waits for the board's answer. */
export function needsAnswer(scenario: Scenario, item: InboxItem): boolean {
  return item.choice === undefined && offeredChoices(scenario, item).length > 0;
}

export function whyNotAnswer(scenario: Scenario, state: GameState, eventId: string, choiceId: string): string | null {
  const item = state.inbox.find((i) => i.event === eventId);
  if (!item) return `'${eventId}' is not in this quarter's inbox.`;
  if (item.choice !== undefined) return 'The board has already answered this.';
  if (!offeredChoices(scenario, item).some((c) => c.id === choiceId)) return `'${choiceId}' is not one of the answers on offer.`;
  return null;
}
