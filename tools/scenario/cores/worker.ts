// A worker thread's task: play games [from, to) of a simulation and send them back whole, in seed order.
import { playRun, type SimulationRun } from '../../../src/engine/simulate';
import type { Forced } from '../../../src/engine/resolve';
import type { Scenario } from '../../../src/engine/types';
import { loadScenario } from '../../../src/scenario/load';
import { policyOf, type PolicySpec } from './policy-spec';

/**
 * `sources`: the texts the main thread read the scenario from, scenario file first, then its model (a thread reads no
 * file, so it plays exactly what the main thread loaded). `hash` is the scenario's, to check it compiled the same.
 */
export interface Task { sources: Record<string, string>; hash: string; policy: PolicySpec; seed: string; forced: Forced[]; from: number; to: number }

// a worker plays many tasks of the same scenario: it is compiled once
const scenarios = new Map<string, Scenario>();

export default function play(task: Task): SimulationRun[] {
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
  const runs: SimulationRun[] = [];
  for (let i = task.from; i < task.to; i++) runs.push(playRun(scenario, policy, task.seed, i, task.forced));
  return runs;
}
