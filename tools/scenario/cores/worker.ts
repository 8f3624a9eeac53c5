// A worker thread's task: play games [from, to) of a simulation and send them back whole, in seed order.
import { playRun, SimulationSummary, type SimulationRun, type SummaryPart } from '../../../src/engine/simulate';
import type { Forced } from '../../../src/engine/resolve';
import type { Scenario } from '../../../src/engine/types';
import { loadScenario } from '../../../src/scenario/load';
import { policyOf, type PolicySpec } from './policy-spec';

/**
 * `sources`: the texts the main thread read the scenario from, scenario file first, then its model (a thread reads no
 * file, so it plays exactly what the main thread loaded). `hash` is the scenario's, to check it compiled the same.
 */
export interface Task {
  sources: Record<string, string>; hash: string; policy: PolicySpec; seed: string; forced: Forced[]; from: number; to: number;
  /**
   * 'runs': every game whole; 'summary': the chunk's summary only (nobody asked to see each game), far less to copy;
   * 'light': the summary, and each game without its history of numbers (what a balance band reads).
   */
  send: 'runs' | 'summary' | 'light';
}

export interface Light { part: SummaryPart; runs: SimulationRun[] }

// a worker plays many tasks of the same scenario: it is compiled once
const scenarios = new Map<string, Scenario>();

export default function play(task: Task): SimulationRun[] | SummaryPart | Light {
  let scenario = scenarios.get(task.hash);
  if (!scenario) {
    const [file, ...others] = Object.keys(task.sources);
    const loaded = loadScenario({ file, text: task.sources[file] }, (id) => {
      const model = others.find((f) => f.endsWith(`${id}.model.yaml`)) ?? others[0];
      return model ? { file: model, text: task.sources[model] } : null;
    });
    if (!loaded.value || loaded.value.hash !== task.hash) throw new Error(`${file} did not compile on a worker thread as it did on the main one`);
    scenario = loaded.value;
    scenarios.set(task.hash, scenario);
  }
  const policy = policyOf(task.policy, scenario);
  if (task.send !== 'runs') {
    const summary = new SimulationSummary(scenario, policy.name, task.to - task.from, task.seed);
    const light: SimulationRun[] = [];
    for (let i = task.from; i < task.to; i++) {
      const run = playRun(scenario, policy, task.seed, i, task.forced);
      summary.add(run);
      if (task.send === 'light') light.push({ ...run, history: [] });
    }
    return task.send === 'light' ? { part: summary.part(), runs: light } : summary.part();
  }
  const runs: SimulationRun[] = [];
  for (let i = task.from; i < task.to; i++) runs.push(playRun(scenario, policy, task.seed, i, task.forced));
  return runs;
}
