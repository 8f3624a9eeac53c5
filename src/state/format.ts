// Numbers and labels as players read them.
import { periodOf } from '../debrief/common';
import type { Scenario, VariableDef } from '../engine/types';

export function formatValue(v: Pick<VariableDef, 'unit' | 'decimals' | 'kind'>, x: number | string): string {
  if (typeof x === 'string') return x === 'none' ? 'none yet' : x.replace(/_/g, ' ');
  const n = x.toFixed(v.decimals ?? 0);
  if (v.unit === '%') return `${n}%`;
  if (v.unit === '% a year') return `${n}% a year`;
  if (v.unit === 'index' || v.unit === 'share') return n;
  return `${n} ${v.unit}`;
}

/** "2009 Q3" from a first quarter of "2009 Q2"; otherwise "Quarter 3". */
export const quarterLabel = periodOf;

export function phaseTitle(s: Scenario, quarter: number): string {
  return s.calendar.phases.find((p) => quarter >= p.from && quarter <= p.to)?.title ?? '';
}
