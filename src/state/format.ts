// Numbers and labels as players read them.
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
export function quarterLabel(s: Scenario, quarter: number): string {
  const m = /^(\d{4}) Q([1-4])$/.exec(s.calendar.firstQuarter);
  if (!m) return `Quarter ${quarter}`;
  const index = Number(m[1]) * 4 + Number(m[2]) - 1 + quarter - 1;
  return `${Math.floor(index / 4)} Q${(index % 4) + 1}`;
}

export function phaseTitle(s: Scenario, quarter: number): string {
  return s.calendar.phases.find((p) => quarter >= p.from && quarter <= p.to)?.title ?? '';
}
