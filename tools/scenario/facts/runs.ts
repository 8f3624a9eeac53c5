// Seeded bot games for the stylized facts: each policy (and each forced shock) played once over the same seeds, kept
// whole so that a figure can compare two sets of games seed by seed (a shock against its counterfactual).
import type { Policy } from '../../../src/engine/bot';
import type { Forced } from '../../../src/engine/resolve';
import { simulate, type SimulationReport, type SimulationRun } from '../../../src/engine/simulate';
import type { Scenario } from '../../../src/engine/types';
import { Cores } from '../cores/pool';

export interface Played { report: SimulationReport; runs: (SimulationRun & { incidents: number })[] }

export class Games {
  private readonly cache = new Map<string, Played>();
  /** `cores` and `sources` (the texts the scenario was loaded from) let prefetch() play over worker threads. */
  constructor(readonly scenario: Scenario, readonly seeds: number, readonly seed = 'facts', private readonly cores?: Cores, private readonly sources?: Record<string, string>) {}

  private key(policy: Policy, forced: Forced[]): string {
    return `${policy.name}|${forced.map((f) => `${f.event}@${f.quarter}`).join(',')}`;
  }

  /** Plays every simulation not yet played, all at once over the cores; play() then finds them. */
  async prefetch(wanted: readonly { policy: Policy; forced?: Forced[] }[]): Promise<void> {
    const todo = wanted.filter((w, i) => !this.cache.has(this.key(w.policy, w.forced ?? [])) && wanted.findIndex((x) => this.key(x.policy, x.forced ?? []) === this.key(w.policy, w.forced ?? [])) === i);
    const cores = this.cores ?? new Cores(1);
    const runs = todo.map(() => [] as Played['runs']);
    const reports = await cores.simulateAll(this.scenario, this.sources, todo.map((w, k) => ({
      policy: w.policy, runs: this.seeds, seed: this.seed, forced: w.forced ?? [],
      onRun: (_i: number, r: SimulationRun) => runs[k].push(withIncidents(r)),
    })));
    todo.forEach((w, k) => this.cache.set(this.key(w.policy, w.forced ?? []), { report: reports[k], runs: runs[k] }));
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
