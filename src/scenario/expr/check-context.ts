/** What the checker's parts share: the symbols, the diagnostics found so far, and small helpers. */
import type { Expr } from './ast';
import { diagnostic, ExprCode, type ExprDiagnostic } from './diagnostics';
import { describeKind, type ExprSymbols, type ExprType, type ExprTypeKind } from './types';

export interface Checker {
  readonly symbols: ExprSymbols;
  readonly diagnostics: ExprDiagnostic[];
  /** Recurses into the main checker; passed in to keep the files free of import cycles. */
  readonly typeOf: (node: Expr) => ExprType | null;
}

/** How a message names an operand: its variable name or literal text, else `fallback`. */
export function describe(node: Expr, fallback: string): string {
  if (node.kind === 'variable') return node.name;
  if (node.kind === 'literal') return typeof node.value === 'string' ? `"${node.value}"` : String(node.value);
  return fallback;
}

const HINTS: Partial<Record<`${ExprTypeKind}>${ExprTypeKind}`, string>> = {
  'number>boolean': 'compare it to get true or false, e.g. x > 0',
  'string>number': 'strings cannot be added or used in arithmetic',
  'string>boolean': "compare it with '==', e.g. phase == \"crisis\"",
};

/** Checks `node` and reports a mismatch when it is not of `kind`; `user` names who needs it ("'+'"). */
export function expectKind(checker: Checker, node: Expr, kind: ExprTypeKind, user: string): void {
  const type = checker.typeOf(node);
  if (!type || type.kind === kind) return;
  const subject = node.kind === 'variable' || node.kind === 'literal' ? `${describe(node, '')} is` : 'this is';
  checker.diagnostics.push(diagnostic(ExprCode.TypeMismatch,
    `${user} needs ${describeKind(kind)}, but ${subject} ${describeKind(type.kind)}`,
    node.start, node.end, HINTS[`${type.kind}>${kind}`]));
}

/** The type of `c ? a : b` with two string branches: a level only if both are, with the union of values. */
export function mergeStrings(a: ExprType & { kind: 'string' }, b: ExprType & { kind: 'string' }): ExprType {
  if (!a.values || !b.values) return { kind: 'string' };
  return { kind: 'string', values: [...new Set([...a.values, ...b.values])] };
}
