/**
 * Diagnostics of the expression language. The codes are stable: the loader, the editor tooling and the
 * designers' documentation refer to them, so a code is never renumbered or reused.
 */

export const ExprCode = {
  /** The text is not well formed (unexpected token, unterminated string, empty input...). */
  Syntax: 'SC0300',
  /** A name that is not a variable of the model. */
  UnknownIdentifier: 'SC0301',
  /** An operand or argument of the wrong type, or a result of the wrong type. */
  TypeMismatch: 'SC0302',
  UnknownFunction: 'SC0303',
  WrongArgumentCount: 'SC0304',
  /** JavaScript that is not an expression of this language: assignment, statements, property access... */
  NotAnExpression: 'SC0305',
  UnknownId: 'SC0306',
  /** A string compared with a level variable is not one of the level's values. */
  NotALevelValue: 'SC0307',
} as const;

export type ExprCode = (typeof ExprCode)[keyof typeof ExprCode];

export interface ExprDiagnostic {
  code: string;
  message: string;
  hint?: string;
  /** 0-based offset (UTF-16 code units, as JavaScript indexes strings) in the expression source. */
  offset: number;
  /** At least 1, so that an editor always has something to underline. */
  length: number;
}

export function diagnostic(code: ExprCode, message: string, start: number, end: number, hint?: string): ExprDiagnostic {
  const result: ExprDiagnostic = { code, message, offset: start, length: Math.max(1, end - start) };
  // Set only when present, so the object stays valid under exactOptionalPropertyTypes.
  if (hint !== undefined) result.hint = hint;
  return result;
}
