// What expressions see: variables, derived values and the calendar, plus the board's history.
import { blankOf } from './blank';
import type { GameState } from './state';
import type { ExprEnv, Model, Scenario, Value } from './types';

/** What an environment reads of a state: its numbers, its quarter and its board's history. */
export type EnvState = Pick<GameState, 'quarter' | 'vars' | 'last' | 'counts'>;

export function phaseOf(scenario: Scenario, quarter: number): string {
  return scenario.calendar.phases.find((p) => quarter >= p.from && quarter <= p.to)?.id ?? '';
}

/** Variables plus derived values, computed in file order (a derived value may use the ones above it). */
export function withDerived(model: Model, vars: Readonly<Record<string, number | string>>, extra: Record<string, Value>, state: Omit<EnvState, 'vars'> | null): Record<string, Value> {
  // the calendar names are always there, so a formula that reads them works wherever the model is evaluated.
  // Filled into a copy of the model's shape (every key already there, in order): adding keys one by one to a copy of
  // the variables made V8 rebuild the object's layout each time, in every environment of every quarter
  const all: Record<string, Value> = { ...shapeOf(model) };
  for (const k in vars) all[k] = vars[k];
  for (const k in extra) all[k] = extra[k];
  all.quarter ??= state?.quarter ?? 0;
  all.quarters ??= 0;
  all.phase ??= '';
  const env = makeEnv(all, state);
  for (const d of model.derived) all[d.id] = d.formula(env) as number;
  return all;
}

const shapes = new WeakMap<Model, Record<string, Value>>();
/** The keys of a model's environment, in order, unset (blank.ts): variables, the calendar, derived values. */
function shapeOf(model: Model): Record<string, Value> {
  let shape = shapes.get(model);
  if (!shape) {
    shape = blankOf<Value>([...model.variables.map((v) => v.id), 'quarter', 'quarters', 'phase', ...model.derived.map((d) => d.id)]);
    shapes.set(model, shape);
  }
  return shape;
}

export function makeEnv(vars: Record<string, Value>, state: Pick<GameState, 'last' | 'counts'> | null): ExprEnv {
  return new BoardEnv(vars, state?.last ?? {}, state?.counts ?? {});
}

/** A class rather than closures: environments are made thousands of times a second in simulations. */
class BoardEnv implements ExprEnv {
  constructor(readonly vars: Record<string, Value>, private readonly last: Record<string, number>, private readonly counts: Record<string, number>) {}
  // own properties only: an id such as 'constructor' is a decision's name here, never Object.prototype's
  chose(id: string): boolean { return this.count(id) > 0; }
  happened(id: string): boolean { return this.count(id) > 0; }
  // a tally holds every id from the start, unset until it happens (lookup.ts blankTally)
  quartersSince(id: string): number { const q = Object.hasOwn(this.last, id) ? this.last[id] : undefined; return q === undefined ? 999 : (this.vars.quarter as number) - q; }
  count(id: string): number { return (Object.hasOwn(this.counts, id) ? this.counts[id] : undefined) ?? 0; }
}

// the environment and what it was worked out from (not the state itself: an entry must not keep a game's history alive)
interface CachedEnv { env: ExprEnv; last: GameState['last']; counts: GameState['counts']; quarter: number }
const envCache = new WeakMap<object, CachedEnv>();
/**
 * The environment of a state, computed once per set of numbers: states are immutable, and a change to the agenda keeps
 * the same vars, history and quarter, so it reuses the environment.
 */
export function envFor(scenario: Scenario, state: EnvState): ExprEnv {
  const hit = envCache.get(state.vars);
  if (hit && hit.last === state.last && hit.counts === state.counts && hit.quarter === state.quarter) return hit.env;
  const env = computeEnv(scenario, state);
  envCache.set(state.vars, { env, last: state.last, counts: state.counts, quarter: state.quarter });
  return env;
}

/** An environment computed afresh, for code that changes numbers in place while it works (the quarter's resolution). */
export function computeEnv(scenario: Scenario, state: EnvState): ExprEnv {
  const extra = { quarter: state.quarter ?? 0, quarters: scenario.calendar.quarters, phase: phaseOf(scenario, state.quarter ?? 0) };
  return makeEnv(withDerived(scenario.model, state.vars, extra, state), state);
}

/** Numbers for the history: every variable and derived value. */
export function snapshot(scenario: Scenario, state: EnvState): Record<string, number | string> {
  // derived values may read the calendar; the history keeps only variables and derived values. The state's own
  // environment: the ending that closes the quarter is judged on the same one
  const all = envFor(scenario, state).vars;
  const out: Record<string, number | string> = {};
  for (const k in all) {
    const v = all[k];
    if (k === 'quarter' || k === 'quarters' || k === 'phase' || v === undefined) continue;
    out[k] = typeof v === 'number' ? round6(v) : (v as string);
  }
  return out;
}

/** Rounded so that tiny floating-point differences never reach a hash or a report. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
