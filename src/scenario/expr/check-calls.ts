/** Checking of function calls: the name, the number of arguments, and their types or ids. */
import type { Call, Expr } from './ast';
import { type Checker, expectKind } from './check-context';
import { diagnostic, ExprCode } from './diagnostics';
import { arity, FUNCTIONS } from './functions';
import { didYouMean, suggest } from './suggest';
import { BOOLEAN, type ExprType, NUMBER } from './types';

export function checkCall(node: Call, checker: Checker): ExprType | null {
  const { callee, args, start, calleeEnd } = node;
  const fn = FUNCTIONS.get(callee);
  if (!fn) {
    const isVariable = checker.symbols.variables.has(callee);
    const message = isVariable ? `'${callee}' is a variable, not a function` : `unknown function '${callee}'`;
    const hint = isVariable ? undefined : didYouMean(suggest(callee, FUNCTIONS.keys()))
      ?? `the functions are ${[...FUNCTIONS.keys()].join(', ')}`;
    checker.diagnostics.push(diagnostic(ExprCode.UnknownFunction, message, start, calleeEnd, hint));
    for (const arg of args) checker.typeOf(arg); // still report what is wrong inside
    return null;
  }
  const { min, max } = arity(fn);
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min} argument${min === 1 ? '' : 's'}` : `at least ${min} argument${min === 1 ? '' : 's'}`;
    checker.diagnostics.push(diagnostic(ExprCode.WrongArgumentCount,
      `'${callee}' takes ${expected} (${fn.params}), but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`,
      start, node.end, `write ${callee}(${fn.params})`));
  }
  if (fn.kind !== 'id') {
    for (const arg of args) expectKind(checker, arg, 'number', `'${callee}'`);
    return NUMBER;
  }
  for (const arg of args) idArgument(callee, arg, checker);
  return fn.result === 'boolean' ? BOOLEAN : NUMBER;
}

/** chose(x) and its kin take the id itself, written bare: it names a decision or event, it is not a value. */
function idArgument(callee: string, arg: Expr, checker: Checker): void {
  const { symbols, diagnostics } = checker;
  if (arg.kind !== 'variable') {
    const quoted = arg.kind === 'literal' && typeof arg.value === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(arg.value);
    const hint = quoted ? `write ${callee}(${String(arg.value)}), without quotes` : undefined;
    diagnostics.push(diagnostic(ExprCode.TypeMismatch,
      `'${callee}' takes a decision or event id, written as a bare name`, arg.start, arg.end, hint));
    return;
  }
  if (symbols.ids.has(arg.name)) return;
  const message = symbols.variables.has(arg.name)
    ? `'${arg.name}' is a variable, not a decision or event id`
    : `unknown decision or event id '${arg.name}'`;
  diagnostics.push(diagnostic(ExprCode.UnknownId, message, arg.start, arg.end, didYouMean(suggest(arg.name, symbols.ids))));
}
