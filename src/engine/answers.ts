// Whether the board can give this answer to this event now, and if not, why not.
import { inWords, type Refusal } from './refusal';
import type { GameState, InboxItem } from './state';
import { offeredChoices } from './texts';
import type { Scenario } from './types';

/** Whether an inbox item waits for the board's answer. */
export function needsAnswer(scenario: Scenario, item: InboxItem): boolean {
  return item.choice === undefined && offeredChoices(scenario, item).length > 0;
}

export function answerRefusal(scenario: Scenario, state: GameState, eventId: string, choiceId: string): Refusal | null {
  const item = state.inbox.find((i) => i.event === eventId);
  if (!item) return { code: 'notInInbox', id: eventId };
  if (item.choice !== undefined) return { code: 'answered' };
  if (!offeredChoices(scenario, item).some((c) => c.id === choiceId)) return { code: 'notOffered', id: choiceId };
  return null;
}

/** The same, in English. */
export function whyNotAnswer(scenario: Scenario, state: GameState, eventId: string, choiceId: string): string | null {
  return inWords(answerRefusal(scenario, state, eventId, choiceId));
}
