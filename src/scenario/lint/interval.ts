// Abstract values for the linter: every expression is evaluated to what it could possibly be, over all games.
// Numbers become closed intervals [lo, hi], booleans the set of values they can take, strings a set of values (or any).
// Every operation over-approximates, so when the result says "never true" that holds in every game.

export type Abs =
  | { readonly kind: 'number'; readonly lo: number; readonly hi: number }
  | { readonly kind: 'boolean'; readonly t: boolean; readonly f: boolean }
  /** values null: any string. */
  | { readonly kind: 'string'; readonly values: ReadonlySet<string> | null };
export type NumAbs = Extract<Abs, { kind: 'number' }>;
export type BoolAbs = Extract<Abs, { kind: 'boolean' }>;
export type StrAbs = Extract<Abs, { kind: 'string' }>;

export const num = (lo: number, hi: number): NumAbs => ({ kind: 'number', lo, hi });
export const bool = (t: boolean, f: boolean): BoolAbs => ({ kind: 'boolean', t, f });
export const str = (values: Iterable<string> | null): StrAbs => ({ kind: 'string', values: values === null ? null : new Set(values) });
export const ANY_NUMBER = num(-Infinity, Infinity);
export const NO_NUMBER = num(Infinity, -Infinity);
export const ANY_BOOLEAN = bool(true, true);

export function isBottom(a: Abs): boolean {
  if (a.kind === 'number') return !(a.lo <= a.hi);
  if (a.kind === 'boolean') return !a.t && !a.f;
  return a.values !== null && a.values.size === 0;
}

/** The value with no possibilities, of the same kind as `a`: what an unreachable branch evaluates to. */
export function bottomOf(a: Abs): Abs {
  if (a.kind === 'number') return NO_NUMBER;
  if (a.kind === 'boolean') return bool(false, false);
  return str([]);
}

export function join(a: Abs, b: Abs): Abs {
  if (isBottom(a)) return b;
  if (isBottom(b)) return a;
  if (a.kind === 'number' && b.kind === 'number') return num(Math.min(a.lo, b.lo), Math.max(a.hi, b.hi));
  if (a.kind === 'boolean' && b.kind === 'boolean') return bool(a.t || b.t, a.f || b.f);
  if (a.kind === 'string' && b.kind === 'string') return str(a.values && b.values ? [...a.values, ...b.values] : null);
  return a;
}

export function meet(a: NumAbs, b: NumAbs): NumAbs {
  return num(Math.max(a.lo, b.lo), Math.min(a.hi, b.hi));
}

// A floating-point result can land a hair inside the true bound: widen fractional bounds outwards a little.
// Whole numbers (quarters, counts, most ranges) stay exact, so `quarter + 1 > quarters + 1` is still decided.
const down = (x: number) => (Number.isFinite(x) && !Number.isInteger(x) ? x - Math.abs(x) * 1e-12 - 1e-12 : x);
const up = (x: number) => (Number.isFinite(x) && !Number.isInteger(x) ? x + Math.abs(x) * 1e-12 + 1e-12 : x);
const span = (xs: number[]): NumAbs => {
  const clean = xs.map((x) => (Number.isNaN(x) ? 0 : x + 0)); // + 0 turns -0 into 0
  return num(down(Math.min(...clean)), up(Math.max(...clean)));
};
const empty = (...xs: NumAbs[]) => xs.some((x) => !(x.lo <= x.hi));

export function arithmetic(op: '+' | '-' | '*' | '/' | '%', a: NumAbs, b: NumAbs): NumAbs {
  if (empty(a, b)) return NO_NUMBER;
  switch (op) {
    case '+': return span([a.lo + b.lo, a.hi + b.hi]);
    case '-': return span([a.lo - b.hi, a.hi - b.lo]);
    case '*': return span([a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]);
    case '/': {
      // the language defines x / 0 as 0; near zero a quotient is unbounded
      if (b.lo === 0 && b.hi === 0) return num(0, 0);
      if (b.lo <= 0 && b.hi >= 0) return a.lo === 0 && a.hi === 0 ? num(0, 0) : ANY_NUMBER;
      return span([a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi]);
    }
    case '%': {
      if (b.lo === 0 && b.hi === 0) return num(0, 0);
      const m = Math.max(Math.abs(b.lo), Math.abs(b.hi));
      // the remainder takes the dividend's sign and is smaller than both |a| and |b|
      return num(a.lo >= 0 ? 0 : Math.max(a.lo, -m), a.hi <= 0 ? 0 : Math.min(a.hi, m));
    }
  }
}

export function negate(a: NumAbs): NumAbs {
  return empty(a) ? NO_NUMBER : num(-a.hi, -a.lo);
}

/** A nondecreasing function applied to both ends. */
export function monotone(f: (x: number) => number, a: NumAbs): NumAbs {
  return empty(a) ? NO_NUMBER : num(f(a.lo), f(a.hi));
}

export function absolute(a: NumAbs): NumAbs {
  if (empty(a)) return NO_NUMBER;
  if (a.lo >= 0) return a;
  if (a.hi <= 0) return negate(a);
  return num(0, Math.max(-a.lo, a.hi));
}

export function minOf(xs: NumAbs[]): NumAbs {
  return empty(...xs) ? NO_NUMBER : num(Math.min(...xs.map((x) => x.lo)), Math.min(...xs.map((x) => x.hi)));
}

export function maxOf(xs: NumAbs[]): NumAbs {
  return empty(...xs) ? NO_NUMBER : num(Math.max(...xs.map((x) => x.lo)), Math.max(...xs.map((x) => x.hi)));
}

export type Relation = '<' | '<=' | '>' | '>=';

export function relate(op: Relation, a: NumAbs, b: NumAbs): BoolAbs {
  if (empty(a, b)) return bool(false, false);
  switch (op) {
    case '<': return bool(a.lo < b.hi, a.hi >= b.lo);
    case '<=': return bool(a.lo <= b.hi, a.hi > b.lo);
    case '>': return bool(a.hi > b.lo, a.lo <= b.hi);
    case '>=': return bool(a.hi >= b.lo, a.lo < b.hi);
  }
}

/** `a == b` over values of one kind (the checker guarantees it). */
export function equal(a: Abs, b: Abs): BoolAbs {
  if (isBottom(a) || isBottom(b)) return bool(false, false);
  if (a.kind === 'number' && b.kind === 'number') {
    const single = a.lo === a.hi && b.lo === b.hi && a.lo === b.lo;
    return bool(a.lo <= b.hi && b.lo <= a.hi, !single);
  }
  if (a.kind === 'boolean' && b.kind === 'boolean') return bool((a.t && b.t) || (a.f && b.f), (a.t && b.f) || (a.f && b.t));
  if (a.kind === 'string' && b.kind === 'string') {
    if (!a.values || !b.values) return ANY_BOOLEAN;
    const shared = [...a.values].some((v) => b.values!.has(v));
    const single = a.values.size === 1 && b.values.size === 1 && shared;
    return bool(shared, !single);
  }
  return ANY_BOOLEAN;
}

/** For messages: "[0, 100]", "16", "at least 3", "one of none, good". */
export function describeAbs(a: Abs): string {
  if (a.kind === 'number') {
    const n = (x: number) => String(Math.round(x * 1e4) / 1e4);
    if (n(a.lo) === n(a.hi)) return `always ${n(a.lo)}`;
    if (a.hi === Infinity) return a.lo === -Infinity ? 'any number' : `at least ${n(a.lo)}`;
    if (a.lo === -Infinity) return `at most ${n(a.hi)}`;
    return `within [${n(a.lo)}, ${n(a.hi)}]`;
  }
  if (a.kind === 'boolean') return a.t && a.f ? 'true or false' : a.t ? 'always true' : a.f ? 'always false' : 'never evaluated';
  return a.values ? `one of ${[...a.values].map((v) => JSON.stringify(v)).join(', ')}` : 'any string';
}
