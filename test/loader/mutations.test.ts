import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/scenario/load';
import { loadText, readFixture, ROOT } from './fixture-files';

/** Characters that mean something in YAML or in expressions, so that edits reach every stage of the loader. */
const CHARS = [':', '-', '{', '}', '[', ']', '"', "'", '&', '*', ' ', '\t', '#', '|', '>', '!', '%', '@', ',', '?', '\n', '\\', '(', 'x', '0', '.'];

type Edit =
  | { op: 'delete' | 'duplicate' | 'truncate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'replace' | 'insert'; at: number; ch: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constantFrom('replace' as const, 'insert' as const), at: fc.nat(), ch: fc.constantFrom(...CHARS) }),
);

/** Apply line edits (delete, duplicate, swap, truncate) and character edits (replace, insert) to a text. */
function mutate(text: string, edits: readonly Edit[]): string {
  let lines = text.split('\n');
  for (const e of edits) {
    const i = e.at % lines.length;
    if ('ch' in e) {
      const all = lines.join('\n');
      const k = e.at % (all.length + 1);
      lines = (all.slice(0, k) + e.ch + all.slice(k + (e.op === 'replace' ? 1 : 0))).split('\n');
    } else if (e.op === 'delete') lines.splice(i, 1);
    else if (e.op === 'duplicate') lines.splice(i, 0, lines[i]);
    else if (e.op === 'truncate') lines = lines.slice(0, i);
    else if (e.op === 'swap') { const j = e.with % lines.length; [lines[i], lines[j]] = [lines[j], lines[i]]; }
    if (lines.length === 0) lines = [''];
  }
  return lines.join('\n');
}

function wellPlaced(ds: readonly { line: number; col: number; length: number }[]): void {
  for (const d of ds) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.col).toBeGreaterThanOrEqual(1);
    expect(d.length).toBeGreaterThanOrEqual(1);
  }
}

describe('the loader never throws on a damaged file', () => {
  const edits = fc.array(edit, { minLength: 1, maxLength: 6 });

  it('reports (and places) every problem of a randomly damaged scenario instead of throwing', () => {
    const base = readFixture('base.scenario.yaml');
    fc.assert(fc.property(edits, (es) => { wellPlaced(loadText('mutant.scenario.yaml', mutate(base, es)).diagnostics); }), { numRuns: 1000 });
  });

  it('reports every problem of a randomly damaged real scenario instead of throwing', () => {
    const real = readFileSync(join(ROOT, 'scenarios/first-meeting.scenario.yaml'), 'utf8');
    fc.assert(fc.property(edits, (es) => { wellPlaced(loadText('mutant.scenario.yaml', mutate(real, es)).diagnostics); }), { numRuns: 200 });
  });

  it('reports every problem of a randomly damaged model instead of throwing', () => {
    const model = readFileSync(join(ROOT, 'scenarios/models/lscb-2010.model.yaml'), 'utf8');
    fc.assert(fc.property(edits, (es) => { wellPlaced(loadModel({ file: 'mutant.model.yaml', text: mutate(model, es) }).diagnostics); }), { numRuns: 200 });
  });

  it('reports a file that is empty, only a comment, a list or a bare word as having no format', () => {
    for (const text of ['', '# nothing here\n', '- a\n- b\n', 'hello\n', 'null\n']) {
      const r = loadText('odd.scenario.yaml', text);
      expect(r.diagnostics.map((d) => d.code), JSON.stringify(text)).toEqual(['SC0011']);
      wellPlaced(r.diagnostics);
    }
  });
});
