// Quarters and phases as the calendar names them.
import type { PhaseDef, Scenario } from '../engine/types';

/** "2009 Q3" from a first quarter of "2009 Q2"; from any other first label, "Spring term +2 quarters". */
export function quarterLabel(scenario: Scenario, quarter: number): string {
  const first = scenario.calendar.firstQuarter.trim();
  const m = /^(\d{4})\s*Q([1-4])$/.exec(first);
  if (!m) return quarter === 1 ? first : `${first} +${quarter - 1} quarter${quarter === 2 ? '' : 's'}`;
  const index = Number(m[1]) * 4 + Number(m[2]) - 1 + quarter - 1;
  return `${Math.floor(index / 4)} Q${(index % 4) + 1}`;
}

export function phaseAt(scenario: Scenario, quarter: number): PhaseDef | undefined {
  return scenario.calendar.phases.find((p) => quarter >= p.from && quarter <= p.to);
}

export function phaseTitle(scenario: Scenario, quarter: number): string {
  return phaseAt(scenario, quarter)?.title ?? '';
}

export function quarterRange(from: number, to: number): string {
  return from === to ? `Quarter ${from}` : `Quarters ${from}-${to}`;
}
