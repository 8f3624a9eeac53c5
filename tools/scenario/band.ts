// What one simulated game counts for a balance band: it ended in the band's ending (the band's key), an inspection
// gave the band's grade (in quarter `at`, if given), or the board heard the band's story (clearly, if `clear`).
import type { SimulationRun } from '../../src/engine/simulate';
import type { BalanceBand } from '../../src/engine/types';

export function bandMatches(key: string, band: BalanceBand, run: SimulationRun): boolean {
  if (band.grade !== undefined) return run.log.some((e) => e.kind === 'inspection' && e.detail === band.grade && (band.at === undefined || e.quarter === band.at));
  if (band.heard !== undefined) return run.stories.some((s) => s.id === band.heard && (!band.clear || s.clear));
  return run.ending === key;
}

/** What a band counts, in words: "ending held_together", "grade good in quarter 8", "story duty heard clearly". */
export function bandLabel(key: string, band: BalanceBand): string {
  if (band.grade !== undefined) return `${key} (grade ${band.grade}${band.at !== undefined ? ` in quarter ${band.at}` : ''})`;
  if (band.heard !== undefined) return `${key} (${band.heard} heard${band.clear ? ' clearly' : ''})`;
  return key;
}
