/** Loading the loader fixtures (test/fixtures/loader) and reading the expectations written at their top. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../src/engine/types';
import { loadScenario, type Loaded } from '../../src/scenario/load';

/** The project root: diagnostics name files relative to it, as the command line does. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = 'test/fixtures/loader';
const MODELS = `${FIXTURES}/models`;

export function fixtureNames(): string[] {
  return readdirSync(join(ROOT, FIXTURES)).filter((f) => f.endsWith('.scenario.yaml')).sort();
}

export function readFixture(name: string): string {
  return readFileSync(join(ROOT, FIXTURES, name), 'utf8');
}

/** Load scenario text as if it were the fixture `name`, finding models in the fixtures' models/ folder. */
export function loadText(name: string, text: string): Loaded<Scenario> {
  const modelFile = (id: string) => `${MODELS}/${id}.model.yaml`;
  return loadScenario(
    { file: `${FIXTURES}/${name}`, text },
    (id) => (existsSync(join(ROOT, modelFile(id))) ? { file: modelFile(id), text: readFileSync(join(ROOT, modelFile(id)), 'utf8') } : null),
    () => readdirSync(join(ROOT, MODELS)).map((f) => f.replace('.model.yaml', '')),
  );
}

export function loadFixture(name: string): Loaded<Scenario> {
  return loadText(name, readFixture(name));
}

export interface Expectation { code: string; file: string; line: number; col: number; says?: string }

const EXPECT = /^# expect: (SC\d{4}) at (\d+):(\d+)(?: in (\S+))?(?: "(.*)")?$/;

/**
 * The diagnostics a fixture promises, from its leading comment lines:
 * `# expect: SC0102 at 24:29 "did you mean 'media_heat'?"` (message or hint contains the quoted text),
 * `# expect: SC0102 at 9:13 in models/x.model.yaml` (in another file), or `# expect: ok` (loads cleanly).
 */
export function expectations(name: string, text: string): Expectation[] | 'ok' {
  const header: string[] = [];
  for (const line of text.split('\n')) { if (!line.startsWith('#')) break; header.push(line); }
  const lines = header.filter((l) => l.startsWith('# expect:'));
  if (lines.length === 1 && lines[0].trim() === '# expect: ok') return 'ok';
  if (lines.length === 0) throw new Error(`${name} has no '# expect:' line`);
  return lines.map((l) => {
    const m = EXPECT.exec(l.trim());
    if (!m) throw new Error(`${name}: cannot read '${l}'`);
    const [, code, line, col, file, says] = m;
    return { code, file: file ? `${FIXTURES}/${file}` : `${FIXTURES}/${name}`, line: Number(line), col: Number(col), says };
  });
}
