/**
 * The type checker. It runs once when a scenario is loaded so that a designer's mistake is reported with
 * its place in the file, instead of surfacing as a wrong number deep inside a simulation.
 * There is no implicit coercion: every operator says which types it takes.
 */
import { isArithmetic, isRelational, type Binary, type Conditional, type Expr, type Variable } from './ast';
import { checkCall } from './check-calls';
import { type Checker, describe, expectKind, mergeStrings } from './check-context';
import { diagnostic, ExprCode, type ExprDiagnostic } from './diagnostics';
import { FUNCTIONS } from './functions';
import { didYouMean, suggest } from './suggest';
import { BOOLEAN, describeKind, type ExpectedType, type ExprSymbols, type ExprType, NUMBER, STRING } from './types';

export interface CheckResult {
  /** Null whenever there are diagnostics: only a clean expression has a type. */
  type: ExprType | null;
  diagnostics: ExprDiagnostic[];
}

export function checkExpression(ast: Expr, symbols: ExprSymbols, expected: ExpectedType): CheckResult {
  const diagnostics: ExprDiagnostic[] = [];
  const checker: Checker = { symbols, diagnostics, typeOf: (node) => typeOf(node, checker) };
  const type = typeOf(ast, checker);
  if (type && expected !== 'any' && type.kind !== expected) {
    const what = expected === 'boolean' ? 'a condition (true or false)' : 'a number';
    const hint = expected === 'boolean' && type.kind === 'number' ? `compare it, e.g. '${describe(ast, 'x')} > 0'` : undefined;
    diagnostics.push(diagnostic(ExprCode.TypeMismatch, `expected ${what}, but this expression is ${describeKind(type.kind)}`,
      ast.start, ast.end, hint));
  }
  return { type: diagnostics.length > 0 ? null : type, diagnostics };
}

/**
 * The type of `node`, or null when it cannot be known (an unknown name). Operators return their result
 * type even when an operand is wrong, so that one mistake is reported once and not again by every parent.
 */
function typeOf(node: Expr, checker: Checker): ExprType | null {
  switch (node.kind) {
    case 'literal':
      return typeof node.value === 'number' ? NUMBER : typeof node.value === 'boolean' ? BOOLEAN : STRING;
    case 'variable':
      return variable(node, checker);
    case 'unary':
      expectKind(checker, node.operand, node.op === '!' ? 'boolean' : 'number', `'${node.op}'`);
      return node.op === '!' ? BOOLEAN : NUMBER;
    case 'binary':
      return binary(node, checker);
    case 'conditional':
      return conditional(node, checker);
    case 'call':
      return checkCall(node, checker);
  }
}

function variable(node: Variable, checker: Checker): ExprType | null {
  const { name, start, end } = node;
  const type = checker.symbols.variables.get(name);
  if (type) return type;
  let message = `unknown variable '${name}'`;
  // 'True' and 'FALSE' are typos too.
  let hint = didYouMean(suggest(name, [...checker.symbols.variables.keys(), 'true', 'false']));
  if (FUNCTIONS.has(name)) {
    message = `'${name}' is a function, not a variable`;
    hint = `call it: ${name}(${FUNCTIONS.get(name)?.params ?? ''})`;
  } else if (checker.symbols.ids.has(name)) {
    message = `'${name}' is a decision or event id, not a variable`;
    hint = `did you mean chose(${name}) or happened(${name})?`;
  }
  checker.diagnostics.push(diagnostic(ExprCode.UnknownIdentifier, message, start, end, hint));
  return null;
}

function binary(node: Binary, checker: Checker): ExprType {
  const { op, left, right } = node;
  if (isArithmetic(op) || isRelational(op)) {
    expectKind(checker, left, 'number', `'${op}'`);
    expectKind(checker, right, 'number', `'${op}'`);
    return isArithmetic(op) ? NUMBER : BOOLEAN;
  }
  if (op === '&&' || op === '||') {
    expectKind(checker, left, 'boolean', `'${op}'`);
    expectKind(checker, right, 'boolean', `'${op}'`);
    return BOOLEAN;
  }
  // == and !=: both sides of the same type, and a level compared only with one of its values.
  const lt = checker.typeOf(left);
  const rt = checker.typeOf(right);
  if (lt && rt && lt.kind !== rt.kind) {
    checker.diagnostics.push(diagnostic(ExprCode.TypeMismatch,
      `'${op}' compares values of the same type, but this compares ${describeKind(lt.kind)} with ${describeKind(rt.kind)}`,
      node.start, node.end));
  } else if (lt?.kind === 'string' && rt?.kind === 'string') {
    levelValue(left, lt, right, checker);
    levelValue(right, rt, left, checker);
  }
  return BOOLEAN;
}

/** `level == "value"`: the string literal must be one of the level's values. */
function levelValue(level: Expr, type: ExprType & { kind: 'string' }, other: Expr, checker: Checker): void {
  if (!type.values || other.kind !== 'literal' || typeof other.value !== 'string') return;
  if (type.values.includes(other.value)) return;
  const owner = level.kind === 'variable' ? `'${level.name}'` : 'this level';
  const hint = didYouMean(suggest(other.value, type.values), '"')
    ?? `its values are ${type.values.map((v) => `"${v}"`).join(', ')}`;
  checker.diagnostics.push(diagnostic(ExprCode.NotALevelValue, `"${other.value}" is not a value of ${owner}`,
    other.start, other.end, hint));
}

function conditional(node: Conditional, checker: Checker): ExprType | null {
  expectKind(checker, node.test, 'boolean', "the condition of '? :'");
  const a = checker.typeOf(node.consequent);
  const b = checker.typeOf(node.alternate);
  if (a && b && a.kind !== b.kind) {
    checker.diagnostics.push(diagnostic(ExprCode.TypeMismatch,
      `both branches of '? :' must have the same type, but the first is ${describeKind(a.kind)} and this one ${describeKind(b.kind)}`,
      node.alternate.start, node.alternate.end));
    return null;
  }
  if (a?.kind === 'string' && b?.kind === 'string') return mergeStrings(a, b);
  return a ?? b;
}
