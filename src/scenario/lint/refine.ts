// Refinement: narrow what the names can be, given that a condition came out true (or false).
// `quarter >= 10` true narrows quarter to [10, quarters]; `grade == "none"` false removes "none" from grade's levels.
// An environment in which the condition cannot come out that way is marked empty.
import type { Binary, Expr } from '../expr';
import { asBool, evaluate, type AbsEnv } from './evaluate';
import { isBottom, join, meet, num, str, type Abs } from './interval';

type Compare = '<' | '<=' | '>' | '>=' | '==' | '!=';
const NEGATE: Record<Compare, Compare> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '==': '!=', '!=': '==' };
const FLIP: Record<Compare, Compare> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

export function refine(node: Expr, env: AbsEnv, want: boolean): AbsEnv {
  if (env.empty || env.work.left <= 0) return env;
  env.work.left -= 1;
  const out = narrow(node, env, want);
  if (out.empty) return out;
  const v = asBool(evaluate(node, out));
  return (want ? v.t : v.f) ? out : { ...out, empty: true };
}

function narrow(node: Expr, env: AbsEnv, want: boolean): AbsEnv {
  if (node.kind === 'literal' && typeof node.value === 'boolean') return node.value === want ? env : { ...env, empty: true };
  if (node.kind === 'unary' && node.op === '!') return refine(node.operand, env, !want);
  if (node.kind !== 'binary') return env;
  const { left, right } = node;
  if (node.op === '&&') {
    return want ? refine(right, refine(left, env, true), true) : joinEnv(refine(left, env, false), refine(right, refine(left, env, true), false));
  }
  if (node.op === '||') {
    return want ? joinEnv(refine(left, env, true), refine(right, refine(left, env, false), true)) : refine(right, refine(left, env, false), false);
  }
  return compare(node, env, want);
}

function compare(node: Binary, env: AbsEnv, want: boolean): AbsEnv {
  const op = node.op as Compare;
  if (!(op in NEGATE)) return env;
  const effective = want ? op : NEGATE[op];
  let e = env;
  if (node.left.kind === 'variable') e = narrowName(e, node.left.name, effective, evaluate(node.right, e));
  if (node.right.kind === 'variable') e = narrowName(e, node.right.name, FLIP[effective], evaluate(node.left, e));
  return e;
}

/** `name op other` holds: narrow name. */
function narrowName(env: AbsEnv, name: string, op: Compare, other: Abs): AbsEnv {
  const cur = env.vars.get(name);
  if (!cur || env.empty) return env;
  let next: Abs = cur;
  if (cur.kind === 'number' && other.kind === 'number') {
    const int = env.integers.has(name);
    switch (op) {
      case '<': next = num(cur.lo, Math.min(cur.hi, int ? Math.ceil(other.hi) - 1 : other.hi)); break;
      case '<=': next = num(cur.lo, Math.min(cur.hi, int ? Math.floor(other.hi) : other.hi)); break;
      case '>': next = num(Math.max(cur.lo, int ? Math.floor(other.lo) + 1 : other.lo), cur.hi); break;
      case '>=': next = num(Math.max(cur.lo, int ? Math.ceil(other.lo) : other.lo), cur.hi); break;
      case '==': next = meet(cur, int ? num(Math.ceil(other.lo), Math.floor(other.hi)) : other); break;
      case '!=': {
        if (int && other.lo === other.hi) {
          if (cur.lo === other.lo) next = num(cur.lo + 1, cur.hi);
          else if (cur.hi === other.lo) next = num(cur.lo, cur.hi - 1);
        }
        break;
      }
    }
  } else if (cur.kind === 'string' && other.kind === 'string' && other.values) {
    if (op === '==') next = str(cur.values ? [...cur.values].filter((v) => other.values!.has(v)) : other.values);
    else if (op === '!=' && cur.values && other.values.size === 1) next = str([...cur.values].filter((v) => !other.values!.has(v)));
  }
  if (isBottom(next)) return { ...env, empty: true };
  return { ...env, vars: new Map(env.vars).set(name, next) };
}

function joinEnv(a: AbsEnv, b: AbsEnv): AbsEnv {
  if (a.empty) return b;
  if (b.empty) return a;
  const vars = new Map(a.vars);
  for (const [k, v] of b.vars) vars.set(k, vars.has(k) ? join(vars.get(k)!, v) : v);
  return { ...a, vars };
}
