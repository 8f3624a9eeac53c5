// Running one transcript test file: read and check it, load its scenario, play it, check every expectation.
// Never throws for a bad file: every problem comes back located (file:line:col) with a stable code.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newGame } from '../../../src/engine/session';
import type { Diagnostic } from '../../../src/scenario/diagnostics';
import { hasErrors } from '../../../src/scenario/diagnostics';
import { checkShape } from '../../../src/scenario/schema-check';
import { SourceFile } from '../../../src/scenario/source-map';
import { display, readScenarioFile } from '../files';
import { check } from './check';
import { playQuarters, playSteps } from './drive';
import { TranscriptFile } from './schema';

/** This checkout's root: a transcript may name its scenario relative to it. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Codes of transcript problems (the file's own shape is checked with the loader's SC codes). */
export const TRANSCRIPT_CODES = {
  ST0001: 'the scenario named by the transcript cannot be found or does not load',
  ST0002: 'a step or quarter of the script cannot be played',
  ST0003: 'an expectation does not hold',
  ST0004: 'the script has both or neither of steps and quarters',
} as const;

export interface ExpectationResult { ok: boolean; says: string; line: number; col: number }
export interface TranscriptResult {
  file: string;
  ok: boolean;
  /** Problems that stopped the test before or while playing (each is a failure). */
  problems: Diagnostic[];
  results: ExpectationResult[];
  sources: Record<string, string>;
}

export function runTranscript(path: string): TranscriptResult {
  const file = display(path);
  const fail = (problems: Diagnostic[], sources: Record<string, string> = {}): TranscriptResult => ({ file, ok: false, problems, results: [], sources });
  let text: string;
  try { text = readFileSync(path, 'utf8'); } catch (e) {
    return fail([{ code: 'SC0004', severity: 'error', message: `cannot read the file: ${(e as Error).message}`, file, line: 1, col: 1, length: 1 }]);
  }
  const sources = { [file]: text };
  const src = new SourceFile(file, text);
  const parse = src.parseDiagnostics();
  if (hasErrors(parse)) return fail(parse, sources);
  const { data, diagnostics } = src.data();
  if (diagnostics.length) return fail(diagnostics, sources);
  const shape = checkShape(TranscriptFile, src, data);
  if (!shape.value) return fail(shape.diagnostics, sources);
  const t = shape.value;
  if ((t.steps === undefined) === (t.quarters === undefined)) {
    return fail([src.pathDiag([], 'ST0004', 'error', 'a transcript has either steps: or quarters:', 'write the moves one way or the other')], sources);
  }
  const scenarioPath = [resolve(dirname(path), t.scenario), resolve(ROOT, t.scenario)].find((p) => existsSync(p));
  if (!scenarioPath) return fail([src.pathDiag(['scenario'], 'ST0001', 'error', `no scenario file '${t.scenario}'`, 'name it relative to this file or to the project root')], sources);
  const loaded = readScenarioFile(scenarioPath);
  if (!loaded.value) {
    return fail([src.pathDiag(['scenario'], 'ST0001', 'error', `scenario '${t.scenario}' does not load`, 'run: npm run scenario -- validate on it'), ...loaded.diagnostics], { ...sources, ...loaded.sources });
  }
  const scenario = loaded.value;
  const forced = (t.force ?? []).map((f) => { const [event, q] = f.split('@'); return { event, quarter: Number(q) }; });
  const start = newGame(scenario, String(t.seed), forced).game;
  const played = t.steps ? playSteps(start, t.steps) : playQuarters(start, t.quarters ?? []);
  if (played.stop) return fail([src.pathDiag(played.stop.path, 'ST0002', 'error', played.stop.message, undefined, played.stop.key)], sources);
  const results = t.expect.map((e, i) => {
    const c = check(played.game, e);
    const d = src.pathDiag(['expect', i], 'ST0003', 'error', c.says);
    return { ok: c.ok, says: c.says, line: d.line, col: d.col };
  });
  return { file, ok: results.every((r) => r.ok), problems: [], results, sources };
}
