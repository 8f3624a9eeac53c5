/**
 * The syntax tree. Every node keeps the character offsets of its source text (`end` exclusive) so that the
 * checker can point its diagnostics at the exact place a designer has to fix.
 */

export type UnaryOp = '-' | '+' | '!';

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%';
export type RelationalOp = '<' | '<=' | '>' | '>=';
export type EqualityOp = '==' | '!=';
export type LogicalOp = '&&' | '||';
export type BinaryOp = ArithmeticOp | RelationalOp | EqualityOp | LogicalOp;

interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Literal extends Span {
  readonly kind: 'literal';
  readonly value: number | boolean | string;
}

export interface Variable extends Span {
  readonly kind: 'variable';
  readonly name: string;
}

export interface Unary extends Span {
  readonly kind: 'unary';
  readonly op: UnaryOp;
  readonly operand: Expr;
}

export interface Binary extends Span {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  /** Offset of the operator itself, for messages about the operator rather than an operand. */
  readonly opStart: number;
  readonly left: Expr;
  readonly right: Expr;
}

export interface Conditional extends Span {
  readonly kind: 'conditional';
  readonly test: Expr;
  readonly consequent: Expr;
  readonly alternate: Expr;
}

/** `name(args)`: only named built-in functions can be called; the callee starts at `start`. */
export interface Call extends Span {
  readonly kind: 'call';
  readonly callee: string;
  readonly calleeEnd: number;
  readonly args: readonly Expr[];
}

export type Expr = Literal | Variable | Unary | Binary | Conditional | Call;

export function isArithmetic(op: BinaryOp): op is ArithmeticOp {
  return op === '+' || op === '-' || op === '*' || op === '/' || op === '%';
}

export function isRelational(op: BinaryOp): op is RelationalOp {
  return op === '<' || op === '<=' || op === '>' || op === '>=';
}
