/**
 * Compiles a checked syntax tree into nested closures: the tree is walked once, here, and every decision
 * (which operator, which function) is taken now, so evaluation in the simulator's inner loop is only calls.
 *
 * Compile only what checkExpression accepted: the closures trust the checker's types and do not test them.
 * Even so, an unchecked tree cannot reach anything but the environment's own variables and the built-ins.
 */
import type { Binary, Call, Expr } from './ast';
import { arity, FUNCTIONS } from './functions';
import type { CompiledExpr, ExprEnv, ExprValue } from './types';

type Fn = (env: ExprEnv) => ExprValue;
type NumFn = (env: ExprEnv) => number;
type BoolFn = (env: ExprEnv) => boolean;

export function compileExpression(ast: Expr): CompiledExpr {
  return compile(ast);
}

function compile(node: Expr): Fn {
  switch (node.kind) {
    case 'literal': {
      const value = node.value;
      return () => value;
    }
    case 'variable':
      return variable(node.name);
    case 'unary': {
      if (node.op === '!') {
        const operand = bool(node.operand);
        return (env) => !operand(env);
      }
      const operand = num(node.operand);
      return node.op === '-' ? (env) => -operand(env) : operand;
    }
    case 'binary':
      return binary(node);
    case 'conditional': {
      const test = bool(node.test);
      const consequent = compile(node.consequent);
      const alternate = compile(node.alternate);
      return (env) => (test(env) ? consequent(env) : alternate(env));
    }
    case 'call':
      return call(node);
  }
}

const num = (node: Expr): NumFn => compile(node) as NumFn;
const bool = (node: Expr): BoolFn => compile(node) as BoolFn;

function variable(name: string): Fn {
  // A name inherited from Object.prototype ('constructor', '__proto__', 'toString') must never reach a
  // prototype member, so for those only the environment's own properties count.
  if (name in Object.prototype) {
    return (env) => (Object.hasOwn(env.vars, name) ? (env.vars[name] as ExprValue) : missing(name));
  }
  return (env) => {
    const value = env.vars[name];
    return value !== undefined ? value : missing(name);
  };
}

/** A checked variable without a value is a bug in the caller's environment; failing loudly finds it. */
function missing(name: string): never {
  throw new Error(`expression variable '${name}' has no value in the environment`);
}

function binary(node: Binary): Fn {
  if (node.op === '&&' || node.op === '||') {
    const l = bool(node.left);
    const r = bool(node.right);
    return node.op === '&&' ? (env) => l(env) && r(env) : (env) => l(env) || r(env);
  }
  if (node.op === '==' || node.op === '!=') {
    const l = compile(node.left);
    const r = compile(node.right);
    return node.op === '==' ? (env) => l(env) === r(env) : (env) => l(env) !== r(env);
  }
  const l = num(node.left);
  const r = num(node.right);
  switch (node.op) {
    case '+': return (env) => l(env) + r(env);
    case '-': return (env) => l(env) - r(env);
    case '*': return (env) => l(env) * r(env);
    // Division and remainder by zero give 0: a designer's formula such as `incidents / referrals` must not
    // yield NaN or Infinity, which would spread through every later quarter of the game state.
    case '/': return (env) => {
      const a = l(env);
      const b = r(env);
      return b === 0 ? 0 : a / b;
    };
    case '%': return (env) => {
      const a = l(env);
      const b = r(env);
      return b === 0 ? 0 : a % b;
    };
    case '<': return (env) => l(env) < r(env);
    case '<=': return (env) => l(env) <= r(env);
    case '>': return (env) => l(env) > r(env);
    case '>=': return (env) => l(env) >= r(env);
  }
}

function call(node: Call): Fn {
  const fn = FUNCTIONS.get(node.callee);
  if (!fn) throw new Error(`cannot compile a call of unknown function '${node.callee}'; check the expression first`);
  const { min, max } = arity(fn);
  if (node.args.length < min || node.args.length > max) {
    throw new Error(`cannot compile '${node.callee}' with ${node.args.length} arguments; check the expression first`);
  }
  const [first, second, third] = node.args;
  switch (fn.kind) {
    case 'unary': {
      const apply = fn.apply;
      const x = num(first as Expr);
      return (env) => apply(x(env));
    }
    case 'ternary': {
      const apply = fn.apply;
      const x = num(first as Expr);
      const a = num(second as Expr);
      const b = num(third as Expr);
      return (env) => apply(x(env), a(env), b(env));
    }
    case 'variadic':
      return variadic(fn.apply, node.args.map(num));
    case 'id': {
      if (first?.kind !== 'variable') throw new Error(`'${node.callee}' needs a bare id; check the expression first`);
      const lookup = fn.lookup;
      const id = first.name;
      return (env) => lookup(env, id);
    }
  }
}

/** min and max, specialised for the common one and two arguments. */
function variadic(apply: (a: number, b: number) => number, args: readonly NumFn[]): Fn {
  const [a, b] = args;
  if (args.length === 1 && a) return a;
  if (args.length === 2 && a && b) return (env) => apply(a(env), b(env));
  return (env) => {
    let result = (args[0] as NumFn)(env);
    for (let i = 1; i < args.length; i++) result = apply(result, (args[i] as NumFn)(env));
    return result;
  };
}
