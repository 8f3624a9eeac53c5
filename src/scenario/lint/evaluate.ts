// Evaluating an expression's syntax tree over abstract values: what can it possibly be, in any game?
// `&&`, `||` and `?:` evaluate their later operands only where the earlier ones allow (refinement), so a condition such
// as `quarter > 10 && quarter < 5` is found never true, as the engine would find it in every game.
import type { Binary, Call, Expr } from '../expr';
import { FUNCTIONS } from '../expr';
import {
  absolute, ANY_BOOLEAN, ANY_NUMBER, arithmetic, bool, bottomOf, equal, isBottom, join, maxOf, minOf, monotone, negate, num, relate, str,
  type Abs, type BoolAbs, type NumAbs,
} from './interval';
import { refine } from './refine';

export interface AbsEnv {
  /** What each name (variable, derived value, quarter, quarters, phase) can be. */
  readonly vars: ReadonlyMap<string, Abs>;
  /** Decision and event ids that can never happen in a game. */
  readonly dead: ReadonlySet<string>;
  /** Names that only ever hold whole numbers (quarter): refinement rounds their bounds. */
  readonly integers: ReadonlySet<string>;
  /** The most times a decision or event can happen in one game. */
  readonly maxCount: (id: string) => number;
  /** True when the conditions that led here cannot all hold: nothing evaluated here can happen. */
  readonly empty?: boolean;
  /** Refinement steps left; bounds the work a pathological expression can cause (then analysis is just less sharp). */
  readonly work: { left: number };
}

export const asNum = (a: Abs): NumAbs => (a.kind === 'number' ? a : ANY_NUMBER);
export const asBool = (a: Abs): BoolAbs => (a.kind === 'boolean' ? a : ANY_BOOLEAN);

/** What `node` can be in `env`; nothing at all (bottom) when `env` is empty. */
export function evaluate(node: Expr, env: AbsEnv): Abs {
  const v = evalNode(node, env);
  return env.empty ? bottomOf(v) : v;
}

function evalNode(node: Expr, env: AbsEnv): Abs {
  switch (node.kind) {
    case 'literal':
      if (typeof node.value === 'number') return num(node.value, node.value);
      if (typeof node.value === 'boolean') return bool(node.value, !node.value);
      return str([node.value]);
    case 'variable':
      return env.vars.get(node.name) ?? ANY_NUMBER;
    case 'unary': {
      const v = evaluate(node.operand, env);
      if (node.op === '!') { const b = asBool(v); return bool(b.f, b.t); }
      return node.op === '-' ? negate(asNum(v)) : asNum(v);
    }
    case 'binary':
      return binary(node, env);
    case 'conditional': {
      const test = asBool(evaluate(node.test, env));
      const yes = test.t ? evaluate(node.consequent, refine(node.test, env, true)) : null;
      const no = test.f ? evaluate(node.alternate, refine(node.test, env, false)) : null;
      if (yes && no) return join(yes, no);
      return yes ?? no ?? bottomOf(evaluate(node.consequent, env));
    }
    case 'call':
      return call(node, env);
  }
}

function binary(node: Binary, env: AbsEnv): Abs {
  const { op } = node;
  if (op === '&&') {
    const l = asBool(evaluate(node.left, env));
    if (!l.t) return bool(false, l.f);
    const r = asBool(evaluate(node.right, refine(node.left, env, true)));
    return bool(r.t, l.f || r.f);
  }
  if (op === '||') {
    const l = asBool(evaluate(node.left, env));
    if (!l.f) return bool(l.t, false);
    const r = asBool(evaluate(node.right, refine(node.left, env, false)));
    return bool(l.t || r.t, r.f);
  }
  const l = evaluate(node.left, env);
  const r = evaluate(node.right, env);
  if (op === '==' || op === '!=') {
    const e = equal(l, r);
    return op === '==' ? e : bool(e.f, e.t);
  }
  if (op === '<' || op === '<=' || op === '>' || op === '>=') return relate(op, asNum(l), asNum(r));
  return arithmetic(op, asNum(l), asNum(r));
}

function call(node: Call, env: AbsEnv): Abs {
  const fn = FUNCTIONS.get(node.callee);
  if (!fn) return ANY_NUMBER;
  if (fn.kind === 'id') {
    const arg = node.args[0];
    const id = arg?.kind === 'variable' ? arg.name : '';
    const dead = env.dead.has(id);
    if (fn.result === 'boolean') return dead ? bool(false, true) : ANY_BOOLEAN;
    if (node.callee === 'count') return dead ? num(0, 0) : num(0, env.maxCount(id));
    return dead ? num(999, 999) : num(0, 999); // quartersSince: 999 when it never happened
  }
  const args = node.args.map((a) => asNum(evaluate(a, env)));
  if (args.some(isBottom)) return bottomOf(ANY_NUMBER);
  switch (fn.kind) {
    case 'unary': return node.callee === 'abs' ? absolute(args[0]) : monotone(fn.apply, args[0]); // the rest never decrease
    case 'ternary': return minOf([maxOf([args[0], args[1]]), args[2]]);
    case 'variadic': return node.callee === 'min' ? minOf(args) : maxOf(args);
  }
}

/** The possible truth values of a boolean expression, evaluated afresh (with its own work budget). */
export function truth(node: Expr, env: AbsEnv): BoolAbs {
  return asBool(evaluate(node, { ...env, work: { left: 20_000 } }));
}
