// The quarter's numeric update: every causal flow through its delay, drift back to resting values, clamping.
// Pure: takes the state, returns new variables, delay lines and the push each flow, drift and limit applied.
import { flowKey } from './flow-key';
import { makeEnv, phaseOf, withDerived } from './env';
import type { Push } from './pushes';
import { nextNormal } from './rng';
import type { GameState } from './state';
import type { Model, Scenario } from './types';

/** `record: false` gives no pushes: the same numbers, without the account of what moved them. */
export function advanceModel(scenario: Scenario, state: Pick<GameState, 'quarter' | 'vars' | 'delays' | 'rng' | 'last' | 'counts'>, record = true): { vars: Record<string, number | string>; delays: number[][]; pushes: Push[] } {
  const model = scenario.model;
  const q = state.quarter;
  const all = withDerived(model, state.vars, { quarter: q, quarters: scenario.calendar.quarters, phase: phaseOf(scenario, q) }, state);
  const env = makeEnv(all, state);
  const reference = referenceValues(model);
  // each flow's push summed by the variable it reaches, by the variable's place in the model (no object keyed by name)
  const { toSlot } = slotsOf(model);
  const deltas = new Float64Array(model.variables.length);
  const delays: number[][] = [];
  const pushes: Push[] = [];
  for (let i = 0; i < model.flows.length; i++) {
    const flow = model.flows[i];
    const input = flow.input(env, reference);
    let out = input;
    if (flow.delay > 0) {
      // first-order smoothing per stage; a third-order delay splits its time constant over three stages. Each stage
      // moves toward what the stage before it held last quarter, so a signal takes a quarter per stage at the least
      const old = state.delays[i];
      const stages = old.slice();
      const tau = flow.delay / stages.length;
      const k = Math.min(1, 1 / tau);
      for (let s = 0; s < stages.length; s++) stages[s] = old[s] + k * ((s === 0 ? input : old[s - 1]) - old[s]);
      out = stages[stages.length - 1];
      delays.push(stages);
    } else delays.push(state.delays[i]);
    const amount = flow.gain * out;
    if (toSlot[i] >= 0) deltas[toSlot[i]] += amount;
    if (record && amount !== 0) pushes.push({ variable: flow.to, kind: 'link', id: flowKey(flow), amount, delay: flow.delay, flow: i });
  }
  const vars = { ...state.vars };
  for (let slot = 0; slot < model.variables.length; slot++) {
    const v = model.variables[slot];
    if (v.kind !== 'number') continue;
    const x = vars[v.id] as number;
    const drift = v.relax ? v.relax.rate * (scenario.rest[v.id] - x) : 0;
    if (record && drift !== 0) pushes.push({ variable: v.id, kind: 'drift', id: v.id, amount: drift, delay: 0 });
    // luck: the ups and downs of a real service that no decision explains (drawn in the model's order of variables)
    const luck = v.noise ? v.noise * nextNormal(state.rng) : 0;
    if (record && luck !== 0) pushes.push({ variable: v.id, kind: 'luck', id: v.id, amount: luck, delay: 0 });
    const free = x + deltas[slot] + drift + luck;
    const held = free < v.min ? v.min : free > v.max ? v.max : free;
    if (record && held !== free) pushes.push({ variable: v.id, kind: 'limit', id: v.id, amount: held - free, delay: 0 });
    vars[v.id] = held;
  }
  return { vars, delays, pushes };
}

interface Slots { slotOf: Map<string, number>; toSlot: Int32Array }
const slotsCache = new WeakMap<Model, Slots>();
/** Each variable's place in the model, and the place of the variable each flow reaches (-1: not a variable). */
function slotsOf(model: Model): Slots {
  let slots = slotsCache.get(model);
  if (!slots) {
    const slotOf = new Map(model.variables.map((v, i) => [v.id, i]));
    slots = { slotOf, toSlot: Int32Array.from(model.flows, (f) => slotOf.get(f.to) ?? -1) };
    slotsCache.set(model, slots);
  }
  return slots;
}

const referenceCache = new WeakMap<Model, Record<string, number | string>>();
/**
 * The reference every link measures its source's gap from: the model's own initial values (and the derived values
 * they give), its equilibrium. A scenario that starts away from it starts under the pushes of its own situation, and
 * stays there unless the board acts, when the scenario also sets its resting levels (`rest:`).
 */
export function referenceValues(model: Model): Record<string, number | string> {
  let cached = referenceCache.get(model);
  if (!cached) {
    const initial = Object.fromEntries(model.variables.map((v) => [v.id, v.initial]));
    cached = withDerived(model, initial, { quarter: 0, quarters: 0, phase: '' }, null) as Record<string, number | string>;
    for (const k of ['quarter', 'quarters', 'phase']) delete cached[k];
    referenceCache.set(model, cached);
  }
  return cached;
}
