// `scenario test [FILE...]`: run transcript tests (default: test/transcripts/*.test.yaml and scenarios/**/*.test.yaml).
// Prints pass or FAIL for every expectation, with file:line:col for each failure; exit 1 when anything fails.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '../../src/scenario/diagnostics';
import { display } from './files';
import { ROOT, runTranscript } from './transcripts/run';

export const TEST_USAGE = 'usage: npm run scenario -- test [FILE.test.yaml...]\n';

/** Every transcript test of this checkout, sorted. */
export function transcriptFiles(): string[] {
  const found: string[] = [];
  const dir = join(ROOT, 'test/transcripts');
  if (existsSync(dir)) found.push(...readdirSync(dir).filter((f) => f.endsWith('.test.yaml')).map((f) => join(dir, f)));
  const scenarios = join(ROOT, 'scenarios');
  if (existsSync(scenarios)) {
    found.push(...readdirSync(scenarios, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.yaml')).map((f) => join(scenarios, f)));
  }
  return found.sort();
}

export function testCommand(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const flag = argv.find((a) => a.startsWith('-'));
  if (flag) { err(`unknown option '${flag}'\n${TEST_USAGE}`); return 2; }
  const files = argv.length ? argv : transcriptFiles();
  if (files.length === 0) { out('no transcript tests found\n'); return 0; }
  let failedFiles = 0;
  let checks = 0;
  let failedChecks = 0;
  for (const path of files) {
    const r = runTranscript(path);
    out(`${r.ok ? 'PASS' : 'FAIL'} ${display(path)}\n`);
    for (const p of r.problems) out(`${formatDiagnostic(p, r.sources[p.file]).replace(/^/gm, '  ')}\n`);
    for (const e of r.results) {
      checks += 1;
      if (e.ok) out(`  pass  ${e.says}\n`);
      else { failedChecks += 1; out(`  FAIL  ${r.file}:${e.line}:${e.col} ${e.says}\n`); }
    }
    if (!r.ok) failedFiles += 1;
  }
  const s = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  out(`\n${s(files.length, 'transcript test')}, ${failedFiles} failed; ${s(checks, 'expectation')}, ${failedChecks} failed\n`);
  return failedFiles ? 1 : 0;
}
