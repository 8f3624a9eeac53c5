// Id lookups into a scenario, indexed once per scenario (simulations ask them millions of times).
import { blankOf } from './blank';
import type { DecisionDef, EventDef, Model, Scenario, VariableDef } from './types';

interface Index { decisions: Map<string, DecisionDef>; events: Map<string, EventDef> }
const indexes = new WeakMap<Scenario, Index>();
const variables = new WeakMap<Model, Map<string, VariableDef>>();

function indexOf(scenario: Scenario): Index {
  let ix = indexes.get(scenario);
  if (!ix) {
    ix = { decisions: new Map(scenario.decisions.map((d) => [d.id, d])), events: new Map(scenario.events.map((e) => [e.id, e])) };
    indexes.set(scenario, ix);
  }
  return ix;
}

export function decisionById(scenario: Scenario, id: string): DecisionDef | undefined {
  return indexOf(scenario).decisions.get(id);
}
export function eventById(scenario: Scenario, id: string): EventDef | undefined {
  return indexOf(scenario).events.get(id);
}
export function variableById(model: Model, id: string): VariableDef | undefined {
  let m = variables.get(model);
  if (!m) { m = new Map(model.variables.map((v) => [v.id, v])); variables.set(model, m); }
  return m.get(id);
}

const blanks = new WeakMap<Scenario, Record<string, number>>();
/** An empty tally by decision and event id (the state's `last` and `counts`): every id already there, unset (blank.ts). */
export function blankTally(scenario: Scenario): Record<string, number> {
  let blank = blanks.get(scenario);
  if (!blank) {
    blank = blankOf<number>([...scenario.decisions.map((d) => d.id), ...scenario.events.map((e) => e.id)]);
    blanks.set(scenario, blank);
  }
  return { ...blank };
}
