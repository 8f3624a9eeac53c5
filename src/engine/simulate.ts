// Many seeded bot playthroughs summarised: endings, hit counts and per-quarter percentiles of every number.
import { playBot, type Policy } from './bot';
import type { Forced } from './resolve';
import { stateOf } from './session';
import type { GameState } from './state';
import type { Scenario } from './types';

export interface SeriesStats { mean: number[]; p10: number[]; p90: number[] }
export interface SimulationReport {
  scenario: string;
  runs: number;
  seed: string;
  policy: string;
  endings: Record<string, number>;
  events: Record<string, number>;
  decisions: Record<string, number>;
  incidents: number;
  series: Record<string, SeriesStats>;
  /** Inspection grades given, by the quarter of the inspection: how many games got each grade then. */
  inspections: { quarter: number; grades: Record<string, number> }[];
  /** Each story: how many times it was heard clear and vague over all the runs (0 and 0: never heard). */
  stories: Record<string, { clear: number; vague: number }>;
  /** Each event's answers: how many times each was given (0: a branch never taken). */
  answers: Record<string, Record<string, number>>;
}

/** One game: `stories` is every story the board heard, quarter by quarter (clear or vague). */
export interface SimulationRun { seed: string; ending: string | null; history: Record<string, number | string>[]; log: GameState['log']; stories: GameState['stories'] }

export function runSeed(seed: string, i: number): string {
  return `${seed}:${i}`;
}

/**
 * Plays `runs` games. A game that ends early keeps its last numbers for the remaining quarters, so every series has
 * one value per quarter of the scenario.
 */
export function simulate(scenario: Scenario, policy: Policy, opts: { runs: number; seed: string; forced?: Forced[]; onRun?: (i: number, run: SimulationRun) => void }): SimulationReport {
  const endings: Record<string, number> = Object.fromEntries(scenario.endings.map((e) => [e.id, 0]));
  const events: Record<string, number> = Object.fromEntries(scenario.events.map((e) => [e.id, 0]));
  const decisions: Record<string, number> = Object.fromEntries(scenario.decisions.map((d) => [d.id, 0]));
  const ids = [...scenario.model.variables.filter((v) => v.kind === 'number').map((v) => v.id), ...scenario.model.derived.map((d) => d.id)];
  const length = scenario.calendar.quarters + 1;
  const columns: Record<string, Float64Array[]> = Object.fromEntries(ids.map((id) => [id, Array.from({ length }, () => new Float64Array(opts.runs))]));
  let incidents = 0;
  const grades = new Map<number, Record<string, number>>();
  const stories: Record<string, { clear: number; vague: number }> = Object.fromEntries(scenario.stories.map((st) => [st.id, { clear: 0, vague: 0 }]));
  const answers: Record<string, Record<string, number>> = Object.fromEntries(scenario.events.filter((e) => e.choices.length).map((e) => [e.id, Object.fromEntries(e.choices.map((c) => [c.id, 0]))]));
  for (let i = 0; i < opts.runs; i++) {
    const seed = runSeed(opts.seed, i);
    // the stories of every quarter (the state keeps only the last quarter's): what each resolution told
    const heardAll: GameState['stories'] = [];
    const game = playBot(scenario, policy, seed, opts.forced ?? [], (intent, g) => { if (intent.type === 'COMMIT') heardAll.push(...stateOf(g).stories); });
    const s = stateOf(game);
    if (s.ending) endings[s.ending] += 1;
    incidents += s.incidents;
    for (const entry of s.log) {
      if (entry.kind === 'decision') decisions[entry.id] += 1;
      else if (entry.kind === 'event' || entry.kind === 'incident') events[entry.id] += 1;
      else if (entry.kind === 'choice' && entry.detail && answers[entry.detail] && Object.hasOwn(answers[entry.detail], entry.id)) answers[entry.detail][entry.id] += 1;
      else if (entry.kind === 'inspection' && entry.detail) {
        const at = grades.get(entry.quarter) ?? {};
        at[entry.detail] = (at[entry.detail] ?? 0) + 1;
        grades.set(entry.quarter, at);
      }
    }
    for (const heard of heardAll) if (Object.hasOwn(stories, heard.id)) stories[heard.id][heard.clear ? 'clear' : 'vague'] += 1;
    for (const id of ids) {
      const col = columns[id];
      for (let k = 0; k < length; k++) col[k][i] = s.history[Math.min(k, s.history.length - 1)][id] as number;
    }
    opts.onRun?.(i, { seed, ending: s.ending, history: s.history, log: s.log, stories: heardAll });
  }
  const series: Record<string, SeriesStats> = {};
  for (const id of ids) {
    const stats: SeriesStats = { mean: [], p10: [], p90: [] };
    for (const values of columns[id]) {
      const sorted = Float64Array.from(values).sort();
      stats.mean.push(round4(values.reduce((a, b) => a + b, 0) / values.length));
      stats.p10.push(round4(quantile(sorted, 0.1)));
      stats.p90.push(round4(quantile(sorted, 0.9)));
    }
    series[id] = stats;
  }
  const inspections = [...grades.entries()].sort((a, b) => a[0] - b[0]).map(([quarter, g]) => ({ quarter, grades: g }));
  return { scenario: scenario.id, runs: opts.runs, seed: opts.seed, policy: policy.name, endings, events, decisions, incidents, series, inspections, stories, answers };
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
