import { describe, expect, it } from 'vitest';
import { LINT_CODES } from '../../src/scenario/lint';
import { lintExpectations, lintFixture, lintFixtureNames } from './lint-fixtures';

const names = lintFixtureNames();
const where = (f: { code: string; file: string; line: number; col: number }) => `${f.code} ${f.file}:${f.line}:${f.col}`;

describe('lint fixtures: one file per kind of finding, each naming what the linter must report', () => {
  it.each(names)('%s is reported exactly as its "# expect:" comments say', (name) => {
    const expected = lintExpectations(name);
    const { findings, loadErrors } = lintFixture(name);
    expect(loadErrors).toEqual([]);
    if (expected === 'clean') { expect(findings).toEqual([]); return; }
    expect(findings.map(where)).toEqual(expected.map(where));
    findings.forEach((f, i) => {
      const says = expected[i].says;
      if (says !== undefined) expect(`${f.message} - ${f.hint ?? ''}`).toContain(says);
    });
  });

  it('covers every code the linter can emit', () => {
    const covered = new Set(names.flatMap((n) => { const e = lintExpectations(n); return e === 'clean' ? [] : e.map((x) => x.code); }));
    expect(Object.keys(LINT_CODES).filter((c) => !covered.has(c))).toEqual([]);
  });

  it('gives every finding the severity its code is documented with, and something to underline', () => {
    for (const name of names) {
      for (const f of lintFixture(name).findings) {
        expect(f.severity, name).toBe(LINT_CODES[f.code].severity);
        expect(f.length, name).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
