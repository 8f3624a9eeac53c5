// A game's learning record as exports and reports carry it: the items as asked and answered, the change by
// construct, the after-check's mark, the reaction. Plain data, the same for the debrief file, the room and an LMS.
import type { CheckDef } from '../engine/types';
import { checkChange, checkScore, formItems, type ConstructChange } from './check';
import type { LearningRecord, Reaction } from './record';

export interface LearningSummary {
  check: null | {
    skipped: boolean;
    items: { id: string; construct: string; form: 'before' | 'after'; prompt: string; answer: string | number | null; best: boolean | null }[];
    change: ConstructChange[];
    /** The after-check's mark 0-100 (choice items only), null until it is done. */
    score: number | null;
  };
  reaction: Reaction;
}

export function learningSummary(check: CheckDef | undefined, r: LearningRecord | null | undefined): LearningSummary {
  const reaction = { ...r?.reaction };
  if (!check) return { check: null, reaction };
  const answerOf = (form: 'before' | 'after', id: string) => (form === 'before' ? r?.before : r?.after)?.[id] ?? null;
  const items = (['before', 'after'] as const).flatMap((form) => formItems(check, form).map((it) => {
    const answer = answerOf(form, it.id);
    const best = it.choices && answer !== null ? it.choices.find((c) => c.id === answer)?.best ?? null : null;
    return { id: it.id, construct: it.construct, form, prompt: it.prompt, answer, best };
  }));
  return { check: { skipped: r?.skipped ?? false, items, change: checkChange(check, r?.before, r?.after), score: r?.after ? checkScore(check, r.after) : null }, reaction };
}
