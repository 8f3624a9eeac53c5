/**
 * The safe expression language of scenario files: `when`, `requires`, `chance` and the model's formulas.
 * Source is parsed to a syntax tree, checked against the scenario's symbols, and compiled to closures;
 * nothing in a file can run code (no eval, no Function, no property access).
 */
export type {
  ArithmeticOp, Binary, BinaryOp, Call, Conditional, EqualityOp, Expr, Literal, LogicalOp, RelationalOp, Unary, UnaryOp,
  Variable,
} from './ast';
export { checkExpression, type CheckResult } from './check';
export { compileExpression } from './compile';
export { ExprCode, type ExprDiagnostic } from './diagnostics';
export { FUNCTIONS, type BuiltinFunction } from './functions';
export { identifiersOf } from './identifiers';
export { MAX_SOURCE_LENGTH, parseExpression, type ParseResult } from './parser';
export { editDistance, suggest } from './suggest';
export type { CompiledExpr, ExpectedType, ExprEnv, ExprSymbols, ExprType, ExprValue } from './types';
