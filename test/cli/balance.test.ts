import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dominantPolicy } from '../../tools/scenario/balance';
import { balanceText } from '../../tools/scenario/balance-command';
import { readScenarioFile } from '../../tools/scenario/files';
import { runCli } from './run-cli';

const UNBALANCED = 'test/fixtures/balance/unbalanced.scenario.yaml';

describe('scenario simulate --balance', () => {
  it("checks the bundled northmoor scenario's bands and exits 0 when every band holds", () => {
    const r = runCli('simulate', 'scenarios/northmoor.scenario.yaml', '--balance', '--runs', '300', '--seed', 'bands');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {2}held_together +none +80\.0%-95\.0% +\d+\.\d%  PASS$/m);
    expect(r.stdout).toMatch(/^ {2}mandate_lost +learning +20\.0%-40\.0% +\d+\.\d%  PASS$/m);
    // bands that count an inspection grade in a quarter, and a story heard clearly, beside the endings
    expect(r.stdout).toMatch(/^ {2}compliance_inspected_good \(grade good in quarter 8\) +compliance +85\.0%-100\.0% +\d+\.\d%  PASS$/m);
    expect(r.stdout).toMatch(/^ {2}compliance_hears_she_stayed \(she_stayed heard clearly\) +compliance +0\.0%-1\.0% +0\.0%  PASS$/m);
    expect(r.stdout).toContain('all 10 bands PASS');
  });

  it('prints FAIL and exits 1 for a band outside its range, and saves one failing run as a transcript test that replays', () => {
    const dir = mkdtempSync(join(tmpdir(), 'balance-'));
    const r = runCli('simulate', UNBALANCED, '--balance', '--runs', '20', '--save-to', dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^ {2}seen +learning +90\.0%-100\.0% +100\.0%  PASS$/m);
    expect(r.stdout).toMatch(/^ {2}pressured +compliance +0\.0%-20\.0% +100\.0%  FAIL$/m);
    expect(r.stdout).toContain('1 of 2 bands FAILED');
    expect(readdirSync(dir)).toEqual(['unbalanced-compliance-1-0.test.yaml']);
    const saved = join(dir, 'unbalanced-compliance-1-0.test.yaml');
    const text = readFileSync(saved, 'utf8');
    expect(text).toContain('# Band: pressured under policy compliance should be 0.0%-20.0% of games; it was 100.0%.');
    expect(text).toContain("seed: '1:0'");
    expect(text).toContain('  - CHOOSE audit');
    const rerun = runCli('test', saved);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toContain('pass  ending pressured (reached: pressured)');
  });

  it('flags a decision no built-in policy ever chooses', () => {
    const r = runCli('simulate', UNBALANCED, '--balance', '--runs', '5', '--save-to', mkdtempSync(join(tmpdir(), 'balance-')));
    expect(r.stdout).toContain('! Never chosen under any policy simulated (none, random, compliance, learning, balanced, steady): shelve');
  });

  it('prints the bands, the shares under every policy and what never happened as JSON', () => {
    const r = runCli('simulate', UNBALANCED, '--balance', '--runs', '5', '--json', '--save-to', mkdtempSync(join(tmpdir(), 'balance-')));
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.bands.map((b: { ending: string; pass: boolean }) => [b.ending, b.pass])).toEqual([['seen', true], ['pressured', false]]);
    expect(Object.keys(report.shares)).toEqual(['none', 'random', 'compliance', 'learning', 'balanced', 'steady']);
    expect(report.neverChosen).toEqual(['shelve']);
    expect(report.saved).toHaveLength(1);
  });

  it('refuses --balance with --policy, and --save-to without --balance, with usage and exit 2', () => {
    for (const args of [['--balance', '--policy', 'learning'], ['--save-to', '/tmp']]) {
      const r = runCli('simulate', UNBALANCED, ...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('simulate FILE --balance');
    }
  });
});

describe('a dominant policy', () => {
  const endings = ['seen', 'pressured'];
  it('is one whose games reach every banded ending at least as often as every other policy, and one more often', () => {
    const shares = { learning: { seen: 0.6, pressured: 0.3 }, compliance: { seen: 0.2, pressured: 0.3 }, none: { seen: 0, pressured: 0 } };
    expect(dominantPolicy(shares, endings)).toEqual({ policy: 'learning', endings });
  });

  it('is none when the policies trade one banded ending for another, or when they tie', () => {
    expect(dominantPolicy({ learning: { seen: 0.9, pressured: 0 }, compliance: { seen: 0, pressured: 0.8 } }, endings)).toBeUndefined();
    expect(dominantPolicy({ a: { seen: 0.5, pressured: 0.5 }, b: { seen: 0.5, pressured: 0.5 } }, endings)).toBeUndefined();
  });

  it('is not looked for with fewer than two banded endings, where some policy always leads', () => {
    expect(dominantPolicy({ a: { seen: 0.9 }, b: { seen: 0.1 } }, ['seen'])).toBeUndefined();
  });

  it('is named in the balance report with what "beats" means', () => {
    const scenario = readScenarioFile(UNBALANCED).value!;
    const text = balanceText(scenario, {
      runs: 10, seed: '1', bands: [], neverChosen: [], neverHappened: [], failing: [], shares: { learning: {}, none: {} },
      dominant: { policy: 'learning', endings },
    }, []);
    expect(text).toContain("Note: policy 'learning' beats every other policy: its games reach each banded ending (seen, pressured) at least as often as any other's");
  });
});
