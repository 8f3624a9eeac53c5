/**
 * The built-in functions. Signature and implementation live together so that the checker and the compiler
 * cannot disagree. A Map, not an object literal: a name such as 'constructor' must never find anything.
 */
import type { ExprEnv } from './types';

export type BuiltinFunction =
  /** One number in, one number out. */
  | { readonly kind: 'unary'; readonly params: string; readonly apply: (x: number) => number }
  /** clamp(x, lo, hi). */
  | { readonly kind: 'ternary'; readonly params: string; readonly apply: (x: number, a: number, b: number) => number }
  /** min and max: one or more numbers, folded pairwise. */
  | { readonly kind: 'variadic'; readonly params: string; readonly apply: (a: number, b: number) => number }
  /** chose, happened, quartersSince, count: the argument is a bare decision or event id, not a value. */
  | {
      readonly kind: 'id';
      readonly params: string;
      readonly result: 'boolean' | 'number';
      readonly lookup: (env: ExprEnv, id: string) => boolean | number;
    };

/**
 * Numeric results stay finite: a NaN or Infinity in a designer's formula would silently poison the game
 * state for the rest of a run, so sqrt of a negative number is 0 and exp saturates at the largest number.
 */
export const FUNCTIONS: ReadonlyMap<string, BuiltinFunction> = new Map<string, BuiltinFunction>([
  ['min', { kind: 'variadic', params: 'a, b, ...', apply: (a, b) => (a < b ? a : b) }],
  ['max', { kind: 'variadic', params: 'a, b, ...', apply: (a, b) => (a > b ? a : b) }],
  // When lo > hi the result is hi, as min(max(x, lo), hi) gives.
  ['clamp', { kind: 'ternary', params: 'x, lo, hi', apply: (x, lo, hi) => Math.min(Math.max(x, lo), hi) }],
  // Halves round up (towards +infinity), as JavaScript's Math.round does: round(-2.5) is -2.
  ['round', { kind: 'unary', params: 'x', apply: Math.round }],
  ['floor', { kind: 'unary', params: 'x', apply: Math.floor }],
  ['ceil', { kind: 'unary', params: 'x', apply: Math.ceil }],
  ['abs', { kind: 'unary', params: 'x', apply: Math.abs }],
  ['exp', { kind: 'unary', params: 'x', apply: (x) => Math.min(Math.exp(x), Number.MAX_VALUE) }],
  ['sqrt', { kind: 'unary', params: 'x', apply: (x) => (x > 0 ? Math.sqrt(x) : 0) }],
  ['chose', { kind: 'id', params: 'decision_id', result: 'boolean', lookup: (env, id) => env.chose(id) }],
  ['happened', { kind: 'id', params: 'event_id', result: 'boolean', lookup: (env, id) => env.happened(id) }],
  ['quartersSince', { kind: 'id', params: 'id', result: 'number', lookup: (env, id) => env.quartersSince(id) }],
  ['count', { kind: 'id', params: 'id', result: 'number', lookup: (env, id) => env.count(id) }],
]);

/** The accepted argument counts, for the checker's messages and the compiler's guard. */
export function arity(fn: BuiltinFunction): { min: number; max: number } {
  switch (fn.kind) {
    case 'unary':
    case 'id':
      return { min: 1, max: 1 };
    case 'ternary':
      return { min: 3, max: 3 };
    case 'variadic':
      return { min: 1, max: Infinity };
  }
}
