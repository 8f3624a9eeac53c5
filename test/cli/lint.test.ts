import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const F = 'test/fixtures/lint';

describe('scenario lint', () => {
  it('exits 0 for the bundled scenarios', () => {
    const r = runCli('lint', 'scenarios/northmoor.scenario.yaml', 'scenarios/first-meeting.scenario.yaml');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^scenarios\/first-meeting\.scenario\.yaml: ok$/m);
  });

  it('prints errors like the validator, with file:line:col, code, hint and a code frame, and exits 1', () => {
    const r = runCli('lint', `${F}/SL0001-requires-never.scenario.yaml`);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${F}/SL0001-requires-never.scenario.yaml:21:32 error SL0001 decision 'listen' can never be offered`);
    expect(r.stdout).toContain("- 'quarter > quarters' is never true: quarter is within [1, 4]");
    expect(r.stdout).toMatch(/^> 21 \| {5}requires: "quarter >= 2 && quarter > quarters"$/m);
    expect(r.stdout).toMatch(/^ {5}\| {32}\^{18}$/m);
    expect(r.stdout).toContain(`${F}/SL0001-requires-never.scenario.yaml: 1 error`);
  });

  it('exits 0 when a file has only warnings and notes', () => {
    const r = runCli('lint', `${F}/SL0009-SL0010-no-reflection.scenario.yaml`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 warning, 1 note');
  });

  it('prints one JSON array of {code, severity, message, hint, file, line, col} for all files', () => {
    const r = runCli('lint', '--format', 'json', `${F}/SL0003-event-never.scenario.yaml`, `${F}/SL0006-SL0007-unused-variable.scenario.yaml`);
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(findings.map((f) => f.code)).toEqual(['SL0003', 'SL0003', 'SL0006', 'SL0007']);
    for (const f of findings) expect(Object.keys(f)).toEqual(['code', 'severity', 'message', 'hint', 'file', 'line', 'col']);
    expect(findings[2]).toMatchObject({ severity: 'warning', file: `${F}/models/unused.model.yaml`, line: 10, col: 3 });
  });

  it('prints GitHub workflow commands, one a finding, with notes as notices', () => {
    const r = runCli('lint', '--format', 'github', `${F}/SL0009-SL0010-no-reflection.scenario.yaml`);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^::warning file=${F}/SL0009-SL0010-no-reflection\\.scenario\\.yaml,line=17,col=9,title=SL0009::decision 'listen' is tagged learning`));
    expect(lines[1]).toMatch(/^::notice file=.*,line=41,col=15,title=SL0010::answer 'meet'/);
  });

  it('reports a file that does not load with its loader diagnostics, and exits 1', () => {
    const r = runCli('lint', 'test/fixtures/loader/SC0102-unknown-variable.scenario.yaml');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('error SC0102');
    expect(r.stdout).toContain('cannot lint a file that does not load');
  });

  it('refuses an unknown format or no file with usage and exit 2', () => {
    for (const args of [['lint'], ['lint', '--format', 'xml', `${F}/clean.scenario.yaml`], ['lint', '--colour', `${F}/clean.scenario.yaml`]]) {
      const r = runCli(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('usage: npm run scenario -- lint FILE...');
    }
  });
});
