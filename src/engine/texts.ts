// Which words the board reads: an event, an answer or a story in the variant chosen when it arrived. Variants let the
// same kind of event speak differently the third time, or in a hot week, without the engine knowing any words.
import { eventById } from './lookup';
import type { InboxItem, StoryHeard } from './state';
import type { ChoiceDef, EventDef, EventText, ExprEnv, Scenario, StoryDef, StoryText, Variant } from './types';

/** The first variant that fits the Nth occurrence (1-based) and the moment; undefined when none does. */
export function variantFor<T>(variants: readonly Variant<T>[], occurrence: number, env: ExprEnv): number | undefined {
  for (let i = 0; i < variants.length; i++) {
    const v = variants[i];
    if (v.count !== undefined && v.count !== occurrence) continue;
    if (v.when && v.when(env) !== true) continue;
    return i;
  }
  return undefined;
}

export function eventText(e: EventDef, variant: number | undefined): EventText {
  const base = { headline: e.headline, text: e.text, from: e.from };
  return variant === undefined ? base : { ...base, ...e.variants[variant]?.text };
}

export function inboxText(scenario: Scenario, item: InboxItem): EventText {
  const e = eventById(scenario, item.event);
  return e ? eventText(e, item.variant) : { headline: item.event, text: '', from: '' };
}

/** The answers on offer for an inbox item, in the file's order. */
export function offeredChoices(scenario: Scenario, item: InboxItem): ChoiceDef[] {
  const e = eventById(scenario, item.event);
  if (!e) return [];
  return item.offered ? e.choices.filter((c) => item.offered!.includes(c.id)) : e.choices;
}

export function choiceLabel(choice: ChoiceDef, item: InboxItem | undefined): string {
  const v = item?.labels?.[choice.id];
  return v === undefined ? choice.label : choice.variants[v]?.text.label ?? choice.label;
}

export function storyText(story: StoryDef, heard: Pick<StoryHeard, 'variant'>): StoryText {
  const base = { voice: story.voice, vague: story.vague, clear: story.clear };
  return heard.variant === undefined ? base : { ...base, ...story.variants[heard.variant]?.text };
}

/** The answer given when the board gives none of its own: the scenario's default if it is on offer, else the first. */
export function defaultAnswer(scenario: Scenario, item: InboxItem): string | undefined {
  const offered = offeredChoices(scenario, item);
  const e = eventById(scenario, item.event);
  return offered.find((c) => c.id === e?.defaultChoice)?.id ?? offered[0]?.id;
}

/** The text of an event as it arrived in a given quarter, read back from the game's log. */
export function loggedEventText(scenario: Scenario, log: readonly { quarter: number; kind: string; id: string; variant?: number }[], quarter: number, id: string): EventText {
  const e = eventById(scenario, id);
  if (!e) return { headline: id, text: '', from: '' };
  const entry = log.find((x) => x.quarter === quarter && x.id === id && (x.kind === 'event' || x.kind === 'incident'));
  return eventText(e, entry?.variant);
}
