// Quarters and phases as the calendar names them.
import type { PhaseDef, Scenario } from '../engine/types';
import { t } from '../i18n/messages';

/** The year and quarter of year (1-4) of a game's quarter, when the calendar starts on a "2009 Q2"; null otherwise. */
export function quarterOfYear(scenario: Scenario, quarter: number): { year: number; q: number } | null {
  const m = /^(\d{4})\s*Q([1-4])$/.exec(scenario.calendar.firstQuarter.trim());
  if (!m) return null;
  const index = Number(m[1]) * 4 + Number(m[2]) - 1 + quarter - 1;
  return { year: Math.floor(index / 4), q: (index % 4) + 1 };
}

/** "2009 Q3" from a first quarter of "2009 Q2"; from any other first label, "Spring term +2 quarters". */
export function quarterLabel(scenario: Scenario, quarter: number): string {
  const at = quarterOfYear(scenario, quarter);
  if (at) return t('play.calendar.quarterOfYear', { year: String(at.year), q: at.q });
  const first = scenario.calendar.firstQuarter.trim();
  return quarter === 1 ? first : t('play.calendar.after', { first, n: quarter - 1 });
}

export function phaseAt(scenario: Scenario, quarter: number): PhaseDef | undefined {
  return scenario.calendar.phases.find((p) => quarter >= p.from && quarter <= p.to);
}

export function phaseTitle(scenario: Scenario, quarter: number): string {
  return phaseAt(scenario, quarter)?.title ?? '';
}

export function quarterRange(from: number, to: number): string {
  return from === to ? t('play.calendar.quarter', { n: from }) : t('play.calendar.quarters', { from, to });
}
