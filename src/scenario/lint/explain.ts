// Why an expression can never come out true (or false): the smallest part of it that decides, in words.
import type { Expr } from '../expr';
import { asBool, evaluate, type AbsEnv } from './evaluate';
import { describeAbs } from './interval';
import { refine } from './refine';

export interface Explanation { node: Expr; reason: string }

/** `node` is never `value` in `env`: point at the part that makes it so. `source` is the expression's text. */
export function explain(node: Expr, env: AbsEnv, value: boolean, source: string): Explanation {
  const text = (n: Expr) => source.slice(n.start, n.end).trim();
  const never = (n: Expr, e: AbsEnv) => { const b = asBool(evaluate(n, e)); return value ? !b.t : !b.f; };
  const what = value ? 'true' : 'false';
  if (node.kind === 'unary' && node.op === '!') return explain(node.operand, env, !value, source);
  if (node.kind === 'binary' && (node.op === '&&' || node.op === '||')) {
    // `a && b` never true (or `a || b` never false): one side decides it, perhaps given the other
    const decisive = (node.op === '&&') === value;
    if (decisive) {
      if (never(node.left, env)) return explain(node.left, env, value, source);
      const given = refine(node.left, env, value);
      if (never(node.right, env)) return explain(node.right, env, value, source);
      if (!given.empty && never(node.right, given)) {
        const inner = explain(node.right, given, value, source);
        return { node: inner.node, reason: `given '${text(node.left)}', ${inner.reason}` };
      }
      return { node, reason: `'${text(node.left)}' and '${text(node.right)}' cannot both be ${what}` };
    }
    return { node, reason: `neither '${text(node.left)}' nor '${text(node.right)}' can be ${what}` };
  }
  if (node.kind === 'call' && node.args[0]?.kind === 'variable' && env.dead.has(node.args[0].name)) {
    const id = node.args[0].name;
    return { node, reason: `'${id}' can never ${node.callee === 'chose' ? 'be chosen' : 'happen'}` };
  }
  if (node.kind === 'literal') return { node, reason: `it is the constant ${String(node.value)}` };
  if (node.kind === 'binary') {
    const parts = [node.left, node.right]
      .filter((n) => n.kind !== 'literal')
      .map((n) => `${text(n)} is ${describeAbs(evaluate(n, env))}`);
    return { node, reason: `'${text(node)}' is never ${what}${parts.length ? `: ${parts.join(' and ')}` : ''}` };
  }
  return { node, reason: `'${text(node)}' is never ${what}` };
}
