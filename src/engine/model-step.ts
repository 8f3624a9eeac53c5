// The quarter's numeric update: every causal flow through its delay, drift back to resting values, clamping.
// Pure: takes the state, returns new variables and delay lines.
import { makeEnv, phaseOf, withDerived } from './env';
import type { GameState } from './state';
import type { Scenario } from './types';

export function advanceModel(scenario: Scenario, state: GameState, start: Readonly<Record<string, number | string>>): { vars: Record<string, number | string>; delays: number[][] } {
  const model = scenario.model;
  const all = withDerived(model, state.vars, { quarter: state.quarter, quarters: scenario.calendar.quarters, phase: phaseOf(scenario, state.quarter) }, state);
  const env = makeEnv(all, state);
  const startAll = startValues(scenario, start);
  const deltas: Record<string, number> = {};
  const delays: number[][] = [];
  model.flows.forEach((flow, i) => {
    const input = flow.input(env, startAll);
    let out = input;
    if (flow.delay > 0) {
      // first-order smoothing per stage; a third-order delay splits its time constant over three stages
      const stages = state.delays[i].slice();
      const tau = flow.delay / stages.length;
      const k = Math.min(1, 1 / tau);
      let signal = input;
      for (let s = 0; s < stages.length; s++) { stages[s] += k * (signal - stages[s]); signal = stages[s]; }
      out = signal;
      delays.push(stages);
    } else delays.push(state.delays[i]);
    deltas[flow.to] = (deltas[flow.to] ?? 0) + flow.gain * out;
  });
  const vars = { ...state.vars };
  for (const v of model.variables) {
    if (v.kind !== 'number') continue;
    let x = vars[v.id] as number;
    const d = deltas[v.id] ?? 0;
    const relax = v.relax ? v.relax.rate * (v.relax.toward - x) : 0;
    x += d + relax;
    vars[v.id] = x < v.min ? v.min : x > v.max ? v.max : x;
  }
  return { vars, delays };
}

const startCache = new WeakMap<object, Record<string, number | string>>();
/** Start values of variables and derived values: the reference every link measures its gap from. */
export function startValues(scenario: Scenario, start: Readonly<Record<string, number | string>>): Record<string, number | string> {
  let cached = startCache.get(start);
  if (!cached) {
    cached = withDerived(scenario.model, start, { quarter: 0, quarters: scenario.calendar.quarters, phase: '' }, null) as Record<string, number | string>;
    startCache.set(start, cached);
  }
  return cached;
}
