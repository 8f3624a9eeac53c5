import { describe, expect, it } from 'vitest';
import { compileExpression, parseExpression } from '../../src/scenario/expr/index';
import { evaluate, fakeEnv } from './helpers';

describe('numeric functions', () => {
  it.each([
    ['min(3, 1, 2)', 1],
    ['min(trust)', 55],
    ['min(4, -2)', -2],
    ['max(3, 1, 2)', 3],
    ['max(trust, media_heat)', 55],
    ['max(1, 2, 3, 4, 5)', 5],
    ['clamp(150, 0, 100)', 100],
    ['clamp(-5, 0, 100)', 0],
    ['clamp(42, 0, 100)', 42],
    ['round(2.5)', 3],
    ['round(2.4)', 2],
    ['round(-2.5)', -2],
    ['floor(2.7)', 2],
    ['floor(-2.2)', -3],
    ['ceil(2.1)', 3],
    ['abs(-7)', 7],
    ['exp(0)', 1],
    ['sqrt(16)', 4],
  ])('evaluates %s to %s', (source, value) => {
    expect(evaluate(source)).toBe(value);
  });

  it('computes exp like Math.exp', () => {
    expect(evaluate('exp(1)')).toBeCloseTo(Math.E, 12);
  });

  it('keeps results finite: sqrt of a negative is 0, exp saturates', () => {
    expect(evaluate('sqrt(-4)')).toBe(0);
    expect(evaluate('exp(1000)')).toBe(Number.MAX_VALUE);
  });
});

describe('division by zero', () => {
  it('gives 0 rather than Infinity or NaN', () => {
    expect(evaluate('1 / 0')).toBe(0);
    expect(evaluate('0 / 0')).toBe(0);
    expect(evaluate('media_heat / (trust - 55)')).toBe(0);
  });

  it('gives 0 for a remainder by zero', () => {
    expect(evaluate('7 % 0')).toBe(0);
  });

  it('divides normally otherwise', () => {
    expect(evaluate('7 / 2')).toBe(3.5);
    expect(evaluate('7 % 3')).toBe(1);
  });
});

describe('history functions', () => {
  const history = { chosen: { audit_numbers: 2 }, happened: { national_child_death: 5 }, counts: { audit_numbers: 3 } };

  it('asks the environment whether a decision was chosen or an event happened', () => {
    const env = fakeEnv({}, history);
    expect(evaluate('chose(audit_numbers)', env)).toBe(true);
    expect(evaluate('chose(serious_case_review)', env)).toBe(false);
    expect(evaluate('happened(national_child_death)', env)).toBe(true);
    expect(evaluate('happened(serious_case_review)', env)).toBe(false);
    expect(env.asked).toEqual(['chose:audit_numbers', 'chose:serious_case_review', 'happened:national_child_death',
      'happened:serious_case_review']);
  });

  it('returns quarters since and counts', () => {
    const env = fakeEnv({}, history);
    expect(evaluate('quartersSince(audit_numbers)', env)).toBe(2);
    expect(evaluate('quartersSince(serious_case_review)', env)).toBe(999);
    expect(evaluate('count(audit_numbers) * 10', env)).toBe(30);
    expect(evaluate('count(serious_case_review)', env)).toBe(0);
  });

  it('combines history with variables', () => {
    const env = fakeEnv({ quarter: 6 }, history);
    expect(evaluate('quarter >= 6 && happened(national_child_death) && quartersSince(audit_numbers) < 4', env)).toBe(true);
  });
});

describe('logic and comparison', () => {
  it('short-circuits && and ||', () => {
    const env = fakeEnv();
    expect(evaluate('false && chose(audit_numbers)', env)).toBe(false);
    expect(evaluate('true || happened(national_child_death)', env)).toBe(true);
    expect(evaluate('true ? 1 : count(audit_numbers)', env)).toBe(1);
    expect(env.asked).toEqual([]);
  });

  it('compares strings and levels with == and !=', () => {
    expect(evaluate('phase == "crisis"')).toBe(true);
    expect(evaluate('inspection_grade != "good"')).toBe(false);
    expect(evaluate('chair_independent == true')).toBe(true);
  });

  it('reads the current values of the environment on every call', () => {
    const { ast } = parseExpression('media_heat * 2');
    if (!ast) throw new Error('parse failed');
    const run = compileExpression(ast);
    expect(run(fakeEnv({ media_heat: 10 }))).toBe(20);
    expect(run(fakeEnv({ media_heat: 21 }))).toBe(42);
  });

  it('fails loudly when the environment lacks a checked variable', () => {
    const { ast } = parseExpression('trust + 1');
    if (!ast) throw new Error('parse failed');
    const env = { ...fakeEnv(), vars: {} };
    expect(() => compileExpression(ast)(env)).toThrow("expression variable 'trust' has no value");
  });

  it('never reads a prototype member, even from an unchecked tree', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const { ast } = parseExpression(name);
      if (!ast) throw new Error('parse failed');
      expect(() => compileExpression(ast)(fakeEnv())).toThrow('has no value');
    }
  });

  it('refuses to compile an unchecked call of an unknown function', () => {
    const { ast } = parseExpression('constructor(1)');
    if (!ast) throw new Error('parse failed');
    expect(() => compileExpression(ast)).toThrow("unknown function 'constructor'");
  });
});
