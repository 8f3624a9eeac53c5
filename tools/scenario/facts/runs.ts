// Seeded bot games for the stylized facts: each policy (and each forced shock) played once over the same seeds, kept
// whole so that a figure can compare two sets of games seed by seed (a shock against its counterfactual).
import type { Policy } from '../../../src/engine/bot';
import type { Forced } from '../../../src/engine/resolve';
import { simulate, type SimulationReport, type SimulationRun } from '../../../src/engine/simulate';
import type { Scenario } from '../../../src/engine/types';
import { Cores } from '../cores/pool';

export interface Played { report: SimulationReport; runs: (SimulationRun & { incidents: number })[] }

/** A simulation wanted: `summary` when only its report is read (the shares of endings), so the games need not be
 *  sent back whole from the threads that play them. */
export interface Wanted { policy: Policy; forced?: Forced[]; summary?: boolean }

export class Games {
  private readonly cache = new Map<string, Played>();
  private readonly reports = new Map<string, SimulationReport>();
  /** `cores` and `sources` (the texts the scenario was loaded from) let prefetch() play over worker threads. */
  constructor(readonly scenario: Scenario, readonly seeds: number, readonly seed = 'facts', private readonly cores?: Cores, private readonly sources?: Record<string, string>) {}

  private key(policy: Policy, forced: Forced[]): string {
    return `${policy.name}|${forced.map((f) => `${f.event}@${f.quarter}`).join(',')}`;
  }

  /** Plays every simulation not yet played, all at once over the cores; play() then finds them. */
  async prefetch(wanted: readonly Wanted[]): Promise<void> {
    const keyOf = (w: Wanted) => this.key(w.policy, w.forced ?? []);
    // whole games where any asks for them; a report alone where all that is read is the report
    const whole = new Set(wanted.filter((w) => !w.summary).map(keyOf));
    const todo = wanted.filter((w, i) => {
      const key = keyOf(w);
      const first = wanted.findIndex((x) => keyOf(x) === key && (!whole.has(key) || !x.summary)) === i;
      return first && !this.cache.has(key) && (whole.has(key) || !this.reports.has(key));
    });
    const cores = this.cores ?? new Cores(1);
    const runs = todo.map(() => [] as Played['runs']);
    const reports = await cores.simulateAll(this.scenario, this.sources, todo.map((w, k) => ({
      policy: w.policy, runs: this.seeds, seed: this.seed, forced: w.forced ?? [],
      onRun: w.summary ? undefined : (_i: number, r: SimulationRun) => runs[k].push(withIncidents(r)),
    })));
    todo.forEach((w, k) => {
      if (w.summary) this.reports.set(keyOf(w), reports[k]);
      else this.cache.set(keyOf(w), { report: reports[k], runs: runs[k] });
    });
  }

  /** A simulation's report, from its whole games or its summary, played here if it was not prefetched. */
  report(policy: Policy, forced: Forced[] = []): SimulationReport {
    return this.cache.get(this.key(policy, forced))?.report ?? this.reports.get(this.key(policy, forced)) ?? this.play(policy, forced).report;
  }

  play(policy: Policy, forced: Forced[] = []): Played {
    const key = this.key(policy, forced);
    let hit = this.cache.get(key);
    if (!hit) {
      const runs: Played['runs'] = [];
      const report = simulate(this.scenario, policy, { runs: this.seeds, seed: this.seed, forced, onRun: (_i, r) => runs.push(withIncidents(r)) });
      hit = { report, runs };
      this.cache.set(key, hit);
    }
    return hit;
  }
}

// the facts count the incidents the log tells (an incident no event tells is not in it)
const withIncidents = (r: SimulationRun) => ({ ...r, incidents: r.log.filter((e) => e.kind === 'incident').length });

/** The mean of a number over the games at a quarter (a game that ended early keeps its last numbers). */
export function meanAt(p: Played, id: string, q: number): number {
  return p.report.series[id].mean[q];
}

/** The share of a simulation's games that ended in one of `endings`. */
export function endingShare(report: SimulationReport, endings: ReadonlySet<string>): number {
  let n = 0;
  for (const e of endings) n += report.endings[e] ?? 0;
  return n / Math.max(1, report.runs);
}

export function share(p: Played, test: (r: Played['runs'][number]) => boolean): number {
  return p.runs.filter(test).length / Math.max(1, p.runs.length);
}

/** The value at a quarter of one game, its last value if it ended before. */
export function at(r: SimulationRun, id: string, q: number): number {
  return r.history[Math.min(q, r.history.length - 1)][id] as number;
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
