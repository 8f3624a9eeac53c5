// The linter's findings: stable codes, each with one severity. Never renumber: designers search for them.
// Errors are content no player can ever meet (the analysis is conservative, so "never" is certain); warnings are
// very likely slips; notes (info) are suggestions.
import type { Diagnostic } from '../diagnostics';

export type LintSeverity = 'error' | 'warning' | 'info';

/** A loader diagnostic's shape (file:line:col, message, hint), with a lint code and a lint severity. */
export interface Finding extends Omit<Diagnostic, 'code' | 'severity'> {
  code: LintCode;
  severity: LintSeverity;
}

/**
 * Every code the linter emits:
 * - SL0001 error: a decision can never be offered (its `requires` can never hold, e.g. it names an event that can never happen).
 * - SL0002 error: a decision can never be afforded (a cost above the resource's maximum, or more slots than the agenda has).
 * - SL0003 error: an event can never happen (its `when` can never hold, its `chance` is never above 0, no quarter in `at`).
 * - SL0004 error: an ending can never be reached (its `when` can never hold).
 * - SL0005 error: an ending is shadowed by a higher-priority ending whose `when` always holds.
 * - SL0006 warning: a variable or derived value is never read (no expression, link, flow, display, perception, role or cost).
 * - SL0007 warning: a variable never changes (no effect, link, flow, inspection or relaxation moves it).
 * - SL0008 warning: an effect always hits a bound (a change at least as wide as the range, or a `set` outside it).
 * - SL0009 warning: a compliance or learning decision brings no reflection prompt into the debrief.
 * - SL0010 info: a compliance or learning answer to an event brings no reflection prompt into the debrief.
 * - SL0011 warning: a reflection prompt is never shown (nothing links it and its `when` is missing or never holds).
 * - SL0012 warning: the practice stories leave part of the reading range 0-100 without a story.
 * - SL0013 warning: a key has no effect where it is (`when` on a scheduled event, `cooldown` when once-only,
 *   `unavailable` on a decision without `requires`).
 * - SL0014 warning: a once-only scheduled event lists several quarters, so only the first can happen.
 * - SL0015 info: a `requires` or `when` always holds, so it changes nothing.
 * - SL0016 error: an answer is never offered (its `when` can never hold when its event arrives).
 * - SL0017 error: a text variant is never used (its `count` never comes, its `when` can never hold, or an earlier
 *   variant always fits first).
 * - SL0018 error: a practice story is never told (its `when` can never hold).
 * - SL0019 warning: a request is always turned down (its `chance` is never above 0).
 * - SL0020 info: a request is always taken up (its `chance` is never below 1), so it is a plain decision.
 * - SL0021 warning: a commitment binds the whole of a resource, so nothing that costs it can be chosen meanwhile.
 * - SL0022 warning: an ending's title or text names a hidden number or the reveal, so the ending screen gives away what
 *   the debrief's reveal is for (say it in `revealed`, read once the fog lifts).
 */
export const LINT_CODES = {
  SL0001: { severity: 'error', title: 'decision can never be offered' },
  SL0002: { severity: 'error', title: 'decision can never be afforded' },
  SL0003: { severity: 'error', title: 'event can never happen' },
  SL0004: { severity: 'error', title: 'ending can never be reached' },
  SL0005: { severity: 'error', title: 'ending shadowed by an ending that always holds' },
  SL0006: { severity: 'warning', title: 'variable never read' },
  SL0007: { severity: 'warning', title: 'variable never changed' },
  SL0008: { severity: 'warning', title: 'effect always hits a bound' },
  SL0009: { severity: 'warning', title: 'decision without a reflection prompt' },
  SL0010: { severity: 'info', title: 'answer without a reflection prompt' },
  SL0011: { severity: 'warning', title: 'reflection prompt never shown' },
  SL0012: { severity: 'warning', title: 'gap in the practice stories' },
  SL0013: { severity: 'warning', title: 'key has no effect here' },
  SL0014: { severity: 'warning', title: 'once-only event scheduled more than once' },
  SL0015: { severity: 'info', title: 'condition always holds' },
  SL0016: { severity: 'error', title: 'answer never offered' },
  SL0017: { severity: 'error', title: 'text variant never used' },
  SL0018: { severity: 'error', title: 'practice story never told' },
  SL0019: { severity: 'warning', title: 'request always turned down' },
  SL0020: { severity: 'info', title: 'request always taken up' },
  SL0021: { severity: 'warning', title: 'commitment binds a whole resource' },
  SL0022: { severity: 'warning', title: 'ending gives the reveal away' },
  SL0023: { severity: 'warning', title: 'check answers give themselves away' },
} as const satisfies Record<string, { severity: LintSeverity; title: string }>;
export type LintCode = keyof typeof LINT_CODES;

/** A located diagnostic (from SourceFile) turned into a finding of `code`, with the code's own severity. */
export function finding(d: Diagnostic, code: LintCode): Finding {
  return { code, severity: LINT_CODES[code].severity, message: d.message, hint: d.hint, file: d.file, line: d.line, col: d.col, length: d.length };
}

export function lintHasErrors(fs: readonly Finding[]): boolean {
  return fs.some((f) => f.severity === 'error');
}
