// Every transcript test of the project (test/transcripts/*.test.yaml, scenarios/**/*.test.yaml), run by the same code
// as `npm run scenario -- test`, so `npm test` runs them too.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/scenario/diagnostics';
import { transcriptFiles } from '../../tools/scenario/test-command';
import { ROOT, runTranscript } from '../../tools/scenario/transcripts/run';

const files = transcriptFiles().map((f) => f.slice(ROOT.length));

describe('transcript tests', () => {
  it('include at least one for northmoor and one for first-meeting', () => {
    expect(files.some((f) => f.includes('northmoor'))).toBe(true);
    expect(files.some((f) => f.includes('first-meeting'))).toBe(true);
  });

  it.each(files)('%s plays as written and every expectation holds', (file) => {
    const r = runTranscript(`${ROOT}${file}`);
    const problems = r.problems.map((p) => formatDiagnostic(p, r.sources[p.file]));
    const failed = r.results.filter((e) => !e.ok).map((e) => `${r.file}:${e.line}:${e.col} ${e.says}`);
    expect([...problems, ...failed]).toEqual([]);
    expect(r.results.length).toBeGreaterThan(0);
  });
});
