/** The linter's fixtures (test/fixtures/lint): scenarios with one kind of slip each, and what the linter must say. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintScenario, type Finding } from '../../src/scenario/lint';
import { loadScenario } from '../../src/scenario/load';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const LINT_FIXTURES = 'test/fixtures/lint';

export function lintFixtureNames(): string[] {
  return readdirSync(join(ROOT, LINT_FIXTURES)).filter((f) => f.endsWith('.scenario.yaml')).sort();
}

/** Loads a fixture as the command line does (files named relative to the project root) and lints it. */
export function lintFixture(name: string): { findings: Finding[]; loadErrors: string[] } {
  const file = `${LINT_FIXTURES}/${name}`;
  const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
  const loaded = loadScenario({ file, text: read(file) }, (id) => {
    const model = `${LINT_FIXTURES}/models/${id}.model.yaml`;
    return existsSync(join(ROOT, model)) ? { file: model, text: read(model) } : null;
  });
  if (!loaded.value) return { findings: [], loadErrors: loaded.diagnostics.map((d) => `${d.code} ${d.message}`) };
  return { findings: lintScenario(loaded.value, file, loaded.sources), loadErrors: [] };
}

export interface LintExpectation { code: string; file: string; line: number; col: number; says?: string }

const EXPECT = /^# expect: (SL\d{4}) at (\d+):(\d+)(?: in (\S+))?(?: "(.*)")?$/;

/**
 * What a fixture promises, from its leading comments, in the loader fixtures' convention:
 * `# expect: SL0003 at 46:12 "pressure is within [0, 100]"` (message or hint contains the quoted text),
 * `# expect: SL0006 at 10:3 in models/unused.model.yaml` (in another file), or `# expect: clean` (no findings at all).
 */
export function lintExpectations(name: string): LintExpectation[] | 'clean' {
  const text = readFileSync(join(ROOT, LINT_FIXTURES, name), 'utf8');
  const header: string[] = [];
  for (const line of text.split('\n')) { if (!line.startsWith('#')) break; header.push(line.trim()); }
  const lines = header.filter((l) => l.startsWith('# expect:'));
  if (lines.length === 1 && lines[0] === '# expect: clean') return 'clean';
  if (lines.length === 0) throw new Error(`${name} has no '# expect:' line`);
  return lines.map((l) => {
    const m = EXPECT.exec(l);
    if (!m) throw new Error(`${name}: cannot read '${l}'`);
    const [, code, line, col, file, says] = m;
    return { code, file: `${LINT_FIXTURES}/${file ?? name}`, line: Number(line), col: Number(col), says };
  });
}
