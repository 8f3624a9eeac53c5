import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BUILT_IN } from '../../src/engine/bot';
import { simulate } from '../../src/engine/simulate';
import { readScenarioFile } from '../../tools/scenario/files';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/scenario/cli.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('scenario simulate', () => {
  it('prints one JSON object with endings, hit counts, incidents and a series for every variable', () => {
    const r = cli('simulate', 'scenarios/northmoor.scenario.yaml', '--runs', '40', '--seed', '9', '--policy', 'learning', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(Object.keys(report)).toEqual(['scenario', 'runs', 'seed', 'policy', 'endings', 'events', 'decisions', 'incidents', 'series', 'inspections', 'stories', 'answers']);
    // grades by quarter, stories heard clear and vague, every answer counted
    expect(report.inspections.length).toBeGreaterThan(0);
    for (const ins of report.inspections) expect(Object.values(ins.grades as Record<string, number>).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(40);
    const heard = Object.values(report.stories as Record<string, { clear: number; vague: number }>);
    expect(heard.some((h) => h.clear > 0)).toBe(true); // a learning board hears some stories clearly
    // every quarter's story is counted, not only the last quarter's: most of the 16 quarters of 40 games tell one
    expect(heard.reduce((n, h) => n + h.clear + h.vague, 0)).toBeGreaterThan(40 * 10);
    expect(Object.keys(report.answers).length).toBeGreaterThan(0);
    expect(report).toMatchObject({ scenario: 'northmoor', runs: 40, seed: '9', policy: 'learning' });
    expect(Object.values(report.endings as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(40);
    const s = readScenarioFile('scenarios/northmoor.scenario.yaml').value!;
    for (const v of s.model.variables.filter((x) => x.kind === 'number')) expect(report.series[v.id].mean).toHaveLength(17);
    for (const id of ['dashboard_index', 'capacity', 'practice_quality']) {
      const series = report.series[id];
      expect(series.p10.every((x: number, i: number) => x <= series.mean[i] + 1e-9 && series.mean[i] <= series.p90[i] + 1e-9)).toBe(true);
    }
  });

  it('gives byte-identical output for the same arguments, and the engine\'s own numbers', () => {
    const args = ['simulate', 'scenarios/northmoor.scenario.yaml', '--runs', '25', '--seed', 'x', '--policy', 'compliance', '--force', 'national_child_death@3', '--json'];
    const a = cli(...args);
    const b = cli(...args);
    expect(a.out).toBe(b.out);
    const s = readScenarioFile('scenarios/northmoor.scenario.yaml').value!;
    const direct = simulate(s, BUILT_IN.compliance, { runs: 25, seed: 'x', forced: [{ event: 'national_child_death', quarter: 3 }] });
    expect(JSON.parse(a.out)).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(direct.events.national_child_death).toBeGreaterThanOrEqual(25);
  });

  it('accepts a policy written as a YAML file of tag preferences', () => {
    const r = cli('simulate', 'scenarios/first-meeting.scenario.yaml', '--runs', '10', '--policy', 'scenarios/policies/cautious-learner.policy.yaml', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.policy).toBe('cautious-learner');
    const s = readScenarioFile('scenarios/first-meeting.scenario.yaml').value!;
    const compliance = s.decisions.filter((d) => d.tags.includes('compliance')).map((d) => d.id);
    for (const id of compliance) expect(report.decisions[id]).toBe(0);
  });

  it('prints a readable report that flags what never happened', () => {
    const r = cli('simulate', 'scenarios/first-meeting.scenario.yaml', '--runs', '20', '--policy', 'none');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Endings/);
    expect(r.out).toMatch(/! \w+/); // the none policy never takes a decision
  });

  it('refuses bad arguments with usage and exit 2', () => {
    expect(cli('simulate').code).toBe(2);
    expect(cli('simulate', 'scenarios/northmoor.scenario.yaml', '--policy', 'complience').err).toMatch(/did you mean 'compliance'/);
    expect(cli('simulate', 'scenarios/northmoor.scenario.yaml', '--force', 'nope@3').code).toBe(2);
    expect(cli('simulate', 'scenarios/northmoor.scenario.yaml', '--runs', 'many').code).toBe(2);
    expect(cli('simulate', 'scenarios/northmoor.scenario.yaml', '--bogus').code).toBe(2);
  });
});
