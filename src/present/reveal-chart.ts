// The reveal chart's layout, shared by the scene that draws it and the page that takes clicks on it: the plot, the row
// of pins under it and the calendar axis, and which quarter a point across it falls in. DOM-free.
import type { Scenario } from '../engine/types';
import { t } from '../i18n/messages';
import { quarterOfYear } from './calendar';

export const REVEAL_PAD = { left: 34, right: 12, top: 10, bottom: 46 } as const;
/** The pins' row sits just under the plot; the axis's years under that. */
export const PIN_ROW = 14;

/** Where point `q` (after quarter q; 0 is the start) lies across a chart `width` wide, in pixels from its left. */
export function pointX(q: number, width: number, quarters: number): number {
  return REVEAL_PAD.left + (q / quarters) * (width - REVEAL_PAD.left - REVEAL_PAD.right);
}

/** The quarter (1..quarters) whose span holds `x`, or null left of the plot. */
export function quarterAtX(x: number, width: number, quarters: number): number | null {
  const f = (x - REVEAL_PAD.left) / (width - REVEAL_PAD.left - REVEAL_PAD.right);
  if (f < 0 || f > 1.02) return null;
  return Math.min(quarters, Math.max(1, Math.ceil(f * quarters)));
}

/** The years of the calendar as spans of quarters ("2009": quarters 1-3), or one span a quarter for other calendars. */
export function yearSpans(scenario: Scenario, quarters: number): { label: string; from: number; to: number }[] {
  const out: { label: string; from: number; to: number }[] = [];
  for (let q = 1; q <= quarters; q++) {
    const at = quarterOfYear(scenario, q);
    const label = at ? String(at.year) : t('play.calendar.q', { q });
    const last = out[out.length - 1];
    if (last && last.label === label) last.to = q;
    else out.push({ label, from: q, to: q });
  }
  return out;
}
