/** The types of the expression language and the interfaces it shares with its callers. */

export type ExprType =
  | { kind: 'number' }
  | { kind: 'boolean' }
  /** `values`, when present, lists the only strings a "level" variable (e.g. inspection_grade) can hold. */
  | { kind: 'string'; values?: readonly string[] };

export type ExprTypeKind = ExprType['kind'];

/** The type a caller requires of a whole expression. */
export type ExpectedType = 'number' | 'boolean' | 'any';

export interface ExprSymbols {
  /** Every variable an expression may read, including quarter, quarters and phase as the caller passes them. */
  variables: ReadonlyMap<string, ExprType>;
  /** Decision and event ids usable in chose/happened/quartersSince/count. */
  ids: ReadonlySet<string>;
}

export type ExprValue = number | boolean | string;

/** What a compiled expression reads at run time; the game state and the simulator provide it. */
export interface ExprEnv {
  vars: Readonly<Record<string, ExprValue>>;
  chose(id: string): boolean;
  happened(id: string): boolean;
  /** 999 when never. */
  quartersSince(id: string): number;
  count(id: string): number;
}

export type CompiledExpr = (env: ExprEnv) => ExprValue;

export const NUMBER: ExprType = { kind: 'number' };
export const BOOLEAN: ExprType = { kind: 'boolean' };
export const STRING: ExprType = { kind: 'string' };

/** "a number", "a boolean", "a string": for messages. */
export function describeKind(kind: ExprTypeKind): string {
  return `a ${kind}`;
}
