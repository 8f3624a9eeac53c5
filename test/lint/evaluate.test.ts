// The linter's abstract evaluation: what an expression can be over every game, from the ranges of what it reads.
import { describe, expect, it } from 'vitest';
import { parseExpression } from '../../src/scenario/expr';
import { evaluate, truth, type AbsEnv } from '../../src/scenario/lint/evaluate';
import { num, str, type Abs } from '../../src/scenario/lint/interval';

function env(dead: string[] = []): AbsEnv {
  const vars = new Map<string, Abs>([
    ['quarter', num(1, 16)], ['quarters', num(16, 16)], ['pressure', num(0, 100)], ['budget', num(0, 200)],
    ['grade', str(['none', 'good', 'poor'])], ['phase', str(['early', 'late'])],
  ]);
  return { vars, dead: new Set(dead), integers: new Set(['quarter', 'quarters']), maxCount: () => 16, work: { left: 1000 } };
}
const ast = (text: string) => { const r = parseExpression(text); if (!r.ast) throw new Error(text); return r.ast; };
const can = (text: string, e = env()) => { const b = truth(ast(text), e); return { true: b.t, false: b.f }; };
const range = (text: string, e = env()) => { const v = evaluate(ast(text), e); if (v.kind !== 'number') throw new Error('not a number'); return [v.lo, v.hi]; };

describe('abstract evaluation of expressions over variable ranges', () => {
  it('finds a comparison with a value outside a range never true, and one inside it undecided', () => {
    expect(can('quarter > quarters')).toEqual({ true: false, false: true });
    expect(can('pressure > 100')).toEqual({ true: false, false: true });
    expect(can('pressure >= 100')).toEqual({ true: true, false: true });
    expect(can('pressure <= 100')).toEqual({ true: true, false: false });
  });

  it('sees through &&: the right side is evaluated only where the left holds', () => {
    expect(can('quarter > 10 && quarter < 5').true).toBe(false);
    expect(can('pressure > 50 && pressure < 40').true).toBe(false);
    expect(can('pressure > 50 && pressure < 60').true).toBe(true);
  });

  it('sees through ||: the right side is evaluated only where the left fails', () => {
    expect(can('pressure <= 50 || pressure > 40').false).toBe(false);
    expect(can('pressure <= 50 || pressure > 60').false).toBe(true);
  });

  it('rounds the bounds of whole-number names, so no quarter lies strictly between 2 and 3', () => {
    expect(can('quarter > 2 && quarter < 3').true).toBe(false);
    expect(can('pressure > 2 && pressure < 3').true).toBe(true);
  });

  it('narrows levels by == and !=', () => {
    expect(can('grade != "none" && grade == "none"').true).toBe(false);
    expect(can('grade == "good" || grade == "poor" || grade == "none"').false).toBe(false);
    expect(can('phase == "early"')).toEqual({ true: true, false: true });
  });

  it('treats chose and happened of an id that can never happen as false, quartersSince as 999 and count as 0', () => {
    const e = env(['press']);
    expect(can('happened(press)', e)).toEqual({ true: false, false: true });
    expect(can('happened(letter)', e)).toEqual({ true: true, false: true });
    expect(range('quartersSince(press)', e)).toEqual([999, 999]);
    expect(range('count(press)', e)).toEqual([0, 0]);
    expect(range('count(letter)', e)).toEqual([0, 16]);
  });

  it('keeps a quotient unbounded when the divisor can be zero, and exact when it is zero (x / 0 is 0)', () => {
    expect(range('pressure / (quarter - 1)')).toEqual([-Infinity, Infinity]);
    expect(range('pressure / 0')).toEqual([0, 0]);
    const [lo, hi] = range('pressure / quarter');
    expect(lo).toBeLessThanOrEqual(0);
    expect(hi).toBeGreaterThanOrEqual(100);
  });

  it('evaluates arithmetic and the numeric functions over ranges, never narrower than the truth', () => {
    expect(range('pressure - budget')).toEqual([-200, 100]);
    expect(range('pressure * (0 - 2)')).toEqual([-200, 0]);
    expect(range('min(pressure, 30)')).toEqual([0, 30]);
    expect(range('max(pressure, 30)')).toEqual([30, 100]);
    expect(range('clamp(budget, 10, 50)')).toEqual([10, 50]);
    expect(range('abs(pressure - 50)')).toEqual([0, 50]);
    expect(range('round(pressure / 3)')[1]).toBe(33);
    expect(range('pressure % 7')).toEqual([0, 7]);
    const [lo, hi] = range('0.1 * pressure + 0.2');
    expect(lo).toBeLessThanOrEqual(0.2);
    expect(hi).toBeGreaterThanOrEqual(10.2);
  });

  it('evaluates each branch of a conditional only where its test allows', () => {
    expect(range('pressure > 50 ? pressure : 0')).toEqual([0, 100]);
    expect(range('pressure > 150 ? 1 : 2')).toEqual([2, 2]);
    expect(can('quarter < 3 ? quarter > 5 : false').true).toBe(false);
  });
});
