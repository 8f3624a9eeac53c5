import { describe, expect, it } from 'vitest';
import { CODES, formatDiagnostic } from '../../src/scenario/diagnostics';
import { readScenarioFile } from '../../tools/scenario/files';
import { expectations, FIXTURES, fixtureNames, loadFixture, loadText, readFixture } from './fixture-files';

const names = fixtureNames();

describe('loader fixtures: one file per error code, each naming what the loader must report', () => {
  it.each(names)('%s is reported exactly as its "# expect:" comment says', (name) => {
    const expected = expectations(name, readFixture(name));
    const r = loadFixture(name);
    if (expected === 'ok') {
      expect(r.diagnostics).toEqual([]);
      expect(r.value).toBeDefined();
      return;
    }
    const where = (d: { code: string; file: string; line: number; col: number }) => `${d.code} ${d.file}:${d.line}:${d.col}`;
    expect(r.diagnostics.map(where)).toEqual(expected.map(where));
    r.diagnostics.forEach((d, i) => {
      const says = expected[i].says;
      if (says !== undefined) expect(`${d.message} - ${d.hint ?? ''}`).toContain(says);
    });
    if (r.diagnostics.some((d) => d.severity === 'error')) expect(r.value).toBeUndefined();
    else expect(r.value).toBeDefined();
  });

  it('covers every code the loader can emit (SC0004, an unreadable file, needs no fixture)', () => {
    const covered = new Set(names.flatMap((n) => { const e = expectations(n, readFixture(n)); return e === 'ok' ? [] : e.map((x) => x.code); }));
    const missing = Object.keys(CODES).filter((c) => c !== 'SC0004' && !covered.has(c));
    expect(missing).toEqual([]);
  });

  it('reports a file that does not exist as SC0004 at 1:1 of that path, without throwing', () => {
    const path = `${FIXTURES}/no-such-file.scenario.yaml`;
    const r = readScenarioFile(path);
    expect(r.diagnostics).toMatchObject([{ code: 'SC0004', severity: 'error', file: path, line: 1, col: 1 }]);
    expect(r.diagnostics[0].message).toContain('no such file');
  });

  it('gives every diagnostic of every fixture a file, a line and a column counted from 1, and something to underline', () => {
    for (const name of names) {
      for (const d of loadFixture(name).diagnostics) {
        expect(d.file, name).toMatch(/\.yaml$/);
        expect(d.line, name).toBeGreaterThanOrEqual(1);
        expect(d.col, name).toBeGreaterThanOrEqual(1);
        expect(d.length, name).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe('the loader stops at the first stage that fails', () => {
  it('reports only the YAML syntax error when the same file also has an unknown key', () => {
    const name = 'SC0001-yaml-syntax.scenario.yaml';
    const text = readFixture(name);
    expect(loadText(name, text).diagnostics.map((d) => d.code)).toEqual(['SC0001']);
    // With the quote closed, the unknown key the syntax error was hiding comes to light.
    const mended = loadText(name, text.replace('title: "Base\n', 'title: "Base"\n'));
    expect(mended.diagnostics.map((d) => d.code)).toEqual(['SC0103']);
  });

  it('checks the format version before the shape, so a file from a newer game is not buried in key errors', () => {
    const name = 'SC0010-format-99.scenario.yaml';
    const r = loadText(name, readFixture(name).replace('title: Base\n', 'titel: Base\n'));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['SC0010']);
  });
});

describe('formatDiagnostic', () => {
  it('prints file:line:col, the severity and code, the hint, and a code frame with a caret under the problem', () => {
    const name = 'SC0102-unknown-variable.scenario.yaml';
    const r = loadFixture(name);
    const [d] = r.diagnostics;
    const text = formatDiagnostic(d, r.sources[d.file]);
    expect(text).toContain(`${FIXTURES}/${name}:${d.line}:${d.col} error SC0102`);
    expect(text).toContain("did you mean 'media_heat'?");
    const lines = text.split('\n');
    const marked = lines.findIndex((l) => l.startsWith(`> ${d.line} |`));
    expect(marked).toBeGreaterThan(0);
    const caret = lines[marked + 1];
    expect(caret).toMatch(/^\s+\| +\^+$/);
    // The caret sits under the misspelt name and underlines all of it.
    expect(lines[marked].slice(caret.indexOf('^'), caret.lastIndexOf('^') + 1)).toBe('media_heet');
  });

  it('prints just the report line when the source is not at hand', () => {
    const [d] = loadFixture('SC0102-unknown-variable.scenario.yaml').diagnostics;
    expect(formatDiagnostic(d).split('\n')).toHaveLength(1);
  });
});

describe('problems in a model file', () => {
  it("are reported with the model file's path and framed from the model's text", () => {
    const r = loadFixture('model-SC0102-broken-link.scenario.yaml');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ code: 'SC0102', file: `${FIXTURES}/models/broken-link.model.yaml`, hint: "did you mean 'media_heat'?" }]);
    const [d] = r.diagnostics;
    expect(formatDiagnostic(d, r.sources[d.file])).toContain('from: media_heet');
  });
});
