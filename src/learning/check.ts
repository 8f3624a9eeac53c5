// Scoring the check before and after play. A choice item scores 1 for its best answer and 0 otherwise; a scale item
// (confidence) scores its point as a share of the scale. A construct's score in a form is the mean of its answered
// items, so the before/after change is a change in the share of best answers (or in confidence), construct by
// construct, the way pre/post gains are reported for World Climate (Rooney-Varga et al. 2018).
import type { CheckDef, CheckItemDef } from '../engine/types';

/** Answers by item id: a choice's id, or a point on the scale. */
export type CheckAnswers = Record<string, string | number>;
export type Form = 'before' | 'after';

export function formItems(check: CheckDef, form: Form): CheckItemDef[] {
  return check.items.filter((it) => it.form === form);
}

/** An item's score 0-1, or null when it was not answered (or the answer is not one of its own). */
export function itemScore(item: CheckItemDef, answer: string | number | undefined): number | null {
  if (answer === undefined) return null;
  if (item.choices) {
    const c = item.choices.find((x) => x.id === answer);
    return c ? (c.best ? 1 : 0) : null;
  }
  if (item.scale && typeof answer === 'number' && Number.isInteger(answer) && answer >= item.scale.from && answer <= item.scale.to) {
    return (answer - item.scale.from) / (item.scale.to - item.scale.from);
  }
  return null;
}

export interface ConstructChange {
  construct: string; title: string; about: string;
  /** Marked (choice items) or reported (a scale: confidence). */
  kind: 'marked' | 'scale';
  before: number | null; after: number | null;
  /** after - before, when both were answered. */
  change: number | null;
}

function mean(xs: (number | null)[]): number | null {
  const known = xs.filter((x): x is number => x !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

export function constructScore(check: CheckDef, construct: string, form: Form, answers: CheckAnswers | undefined): number | null {
  if (!answers) return null;
  return mean(formItems(check, form).filter((it) => it.construct === construct).map((it) => itemScore(it, answers[it.id])));
}

/** Each construct's score before and after and the change, in the order the file lists them. */
export function checkChange(check: CheckDef, before: CheckAnswers | undefined, after: CheckAnswers | undefined): ConstructChange[] {
  return check.constructs.map((c) => {
    const b = constructScore(check, c.id, 'before', before);
    const a = constructScore(check, c.id, 'after', after);
    const kind = check.items.some((it) => it.construct === c.id && it.scale) ? 'scale' as const : 'marked' as const;
    return { construct: c.id, title: c.title, about: c.about, kind, before: b, after: a, change: a !== null && b !== null ? a - b : null };
  });
}

/** The after-check's mark, 0-100: the share of its choice items answered best (scale items are never marked). */
export function checkScore(check: CheckDef, answers: CheckAnswers | undefined): number | null {
  const marked = formItems(check, 'after').filter((it) => it.choices);
  if (!answers || marked.length === 0) return null;
  const got = marked.filter((it) => itemScore(it, answers[it.id]) === 1).length;
  return Math.round((100 * got) / marked.length);
}

/** Keeps only answers this check can read: a save or code from another version of the scenario loses what it cannot place. */
export function cleanAnswers(check: CheckDef, form: Form, raw: unknown): CheckAnswers | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const out: CheckAnswers = {};
  for (const it of formItems(check, form)) {
    const v = (raw as Record<string, unknown>)[it.id];
    if ((typeof v === 'string' || typeof v === 'number') && itemScore(it, v) !== null) out[it.id] = v;
  }
  return out;
}
