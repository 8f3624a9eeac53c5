// Simulations spread over the machine's cores (tinypool worker threads), with reports identical to one core's: each
// simulation is cut into chunks of consecutive seeds, and the chunks' games are fed to the summary, and to `onRun`,
// in seed order whatever order the chunks finish in.
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { Policy } from '../../../src/engine/bot';
import type { Forced } from '../../../src/engine/resolve';
import { simulate, SimulationSummary, type SimulationReport, type SimulationRun, type SummaryPart } from '../../../src/engine/simulate';
import type { Scenario } from '../../../src/engine/types';
import { specOf, type PolicySpec } from './policy-spec';
import { workerBundle } from './bundle';
import type { Light, Task } from './worker';

/** One simulation to play: the arguments of simulate(), and the policy file's path and text if it came from one. */
export interface Simulation {
  policy: Policy;
  policyFile?: { file: string; text: string };
  runs: number;
  seed: string;
  forced?: Forced[];
  onRun?: (i: number, run: SimulationRun) => void;
  /** Games played so far, now and then (a progress bar); unlike onRun it lets the threads send summaries only. */
  onProgress?: (games: number) => void;
  /** onRun reads no game's history of numbers (on other threads it gets none: less to copy). */
  light?: boolean;
}

/** Games a chunk holds: about a tenth of a second of play, so the cores share the work evenly to the end. */
const CHUNK = 50;
/** Fewer games than this in all are played here: starting the threads and warming them (about 0.6 s measured, the
 *  time of some 250 games) would cost more than the second core saves. */
const WORTH_A_THREAD = 400;

export function coresAvailable(): number {
  return availableParallelism();
}

export class Cores {
  private pool: Tinypool | null = null;

  /** `workers`: threads to play on; 1 plays everything on this thread. */
  constructor(readonly workers = coresAvailable()) {}

  /**
   * Every simulation of one scenario, all at once over the cores. `sources` are the texts the scenario was loaded from
   * (Loaded.sources: the scenario file first, then its model); without them, or with one core, games are played here.
   */
  async simulateAll(scenario: Scenario, sources: Record<string, string> | undefined, sims: readonly Simulation[]): Promise<SimulationReport[]> {
    const specs = sims.map((s) => specOf(s.policy, s.policyFile));
    const games = sims.reduce((n, s) => n + s.runs, 0);
    if (!sources || this.workers <= 1 || games < WORTH_A_THREAD) return sims.map((s) => here(scenario, s));
    const filename = await workerBundle();
    // a game makes many short-lived objects: a worker's default young generation spent 16% of its time collecting
    // them; at 64 MB a 10,000-game simulate took 15.5 s instead of 16.1 s here
    const pool = (this.pool ??= new Tinypool({ filename, minThreads: this.workers, maxThreads: this.workers, resourceLimits: { maxYoungGenerationSizeMb: 64 } }));
    return Promise.all(sims.map((s, k) => {
      const spec = specs[k];
      return spec ? this.spread(pool, scenario, sources, spec, s) : Promise.resolve(here(scenario, s));
    }));
  }

  async simulate(scenario: Scenario, sources: Record<string, string> | undefined, sim: Simulation): Promise<SimulationReport> {
    return (await this.simulateAll(scenario, sources, [sim]))[0];
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
    this.pool = null;
  }

  private async spread(pool: Tinypool, scenario: Scenario, sources: Record<string, string>, policy: PolicySpec, sim: Simulation): Promise<SimulationReport> {
    const summary = new SimulationSummary(scenario, sim.policy.name, sim.runs, sim.seed);
    const send: Task['send'] = !sim.onRun ? 'summary' : sim.light ? 'light' : 'runs';
    const done: (SimulationRun[] | SummaryPart | Light | undefined)[] = [];
    let next = 0; // the first chunk not yet fed to the summary
    let fed = 0;
    const chunks: Promise<void>[] = [];
    for (let from = 0, k = 0; from < sim.runs; from += CHUNK, k++) {
      const task: Task = { sources, hash: scenario.hash, policy, seed: sim.seed, forced: sim.forced ?? [], from, to: Math.min(sim.runs, from + CHUNK), send };
      chunks.push((pool.run(task) as Promise<SimulationRun[] | SummaryPart | Light>).then((got) => {
        done[k] = got;
        for (let chunk = done[next]; chunk; chunk = done[next]) {
          if (Array.isArray(chunk)) for (const run of chunk) { summary.add(run); sim.onRun?.(fed++, run); }
          else if ('part' in chunk) { summary.addPart(chunk.part); for (const run of chunk.runs) sim.onRun?.(fed++, run); }
          else { summary.addPart(chunk); fed += chunk.runs; }
          done[next++] = undefined;
          sim.onProgress?.(fed);
        }
      }));
    }
    await Promise.all(chunks);
    return summary.report();
  }
}

/** A simulation on this thread, with its progress told as the threads would tell it. */
function here(scenario: Scenario, sim: Simulation): SimulationReport {
  const onRun = sim.onRun || sim.onProgress ? (i: number, run: SimulationRun) => { sim.onRun?.(i, run); sim.onProgress?.(i + 1); } : undefined;
  return simulate(scenario, sim.policy, { ...sim, onRun });
}
