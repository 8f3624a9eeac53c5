import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_CODES } from '../../src/scenario/bind-policy';
import { loadPolicy } from '../../src/scenario/policy';
import { readScenarioFile } from '../../tools/scenario/files';
import { runCli } from './run-cli';

const northmoor = () => readScenarioFile('scenarios/northmoor.scenario.yaml').value!;
const load = (text: string) => loadPolicy('peek.policy.yaml', text, northmoor());

const PEEKING = `policy: 1
name: peek
tags: { learning: 1 }
rules:
  - when: "political_confidence < 35 || practice_quality < 40"
    tags: { compliance: 1 }
`;

describe('policy files with rules, bound to a scenario', () => {
  it('refuse a rule that reads a hidden variable, with SP0001 at its place and a hint that the board cannot see it', () => {
    const r = load(PEEKING);
    expect(r.policy).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ code: 'SP0001', severity: 'error', file: 'peek.policy.yaml', line: 5, col: 41, length: 16 }]);
    expect(r.diagnostics[0].message).toBe("'practice_quality' is hidden: the board cannot see it");
    expect(r.diagnostics[0].hint).toContain('a policy plays as a board would');
    expect(r.diagnostics[0].hint).toContain('dashboard_index');
    expect(Object.keys(POLICY_CODES)).toEqual(['SP0001']);
  });

  it('report an unknown variable in a rule with a did-you-mean among what the board sees', () => {
    const r = load(PEEKING.replace('practice_quality < 40', 'media_heet > 60'));
    expect(r.diagnostics).toMatchObject([{ code: 'SC0301', line: 5, col: 41, message: "unknown variable 'media_heet'", hint: "did you mean 'media_heat'?" }]);
  });

  it('check conditions as the scenario language does: true or false, and decisions and events by their ids', () => {
    expect(load(PEEKING.replace('political_confidence < 35 || practice_quality < 40', 'media_heat')).diagnostics.map((d) => d.code)).toEqual(['SC0302']);
    expect(load(PEEKING.replace('political_confidence < 35 || practice_quality < 40', 'happened(national_child_death) && quartersSince(audit_numbers) > 2')).policy?.rules).toHaveLength(1);
    expect(load(PEEKING.replace('political_confidence < 35 || practice_quality < 40', 'chose(audit_numbrs)')).diagnostics.map((d) => d.code)).toEqual(['SC0306']);
  });

  it('reject an unknown key in a rule, with a did-you-mean', () => {
    const r = load(PEEKING.replace('    tags: { compliance: 1 }', '    tag: { compliance: 1 }'));
    expect(r.diagnostics).toMatchObject([{ code: 'SC0103', line: 6, col: 5, hint: "did you mean 'tags'?" }]);
  });

  it('keep the shipped example loading against every bundled scenario', () => {
    for (const id of ['northmoor', 'first-meeting', 'after-the-headlines', 'riverside-adults']) {
      const s = readScenarioFile(`scenarios/${id}.scenario.yaml`).value!;
      const r = loadPolicy('steady-chair.policy.yaml', readFileSync('scenarios/policies/steady-chair.policy.yaml', 'utf8'), s);
      expect(r.diagnostics, id).toEqual([]);
      expect(r.policy?.rules).toHaveLength(2);
    }
  });

  it('cannot be loaded without the scenario they play, since their rules read its model', () => {
    expect(() => loadPolicy('peek.policy.yaml', PEEKING)).toThrow(/load it with the scenario it plays/);
  });
});

describe('scenario simulate with policies that read the state', () => {
  it('prints the coded error with its code frame and exits 1 for a rule that reads a hidden variable', () => {
    const file = 'test/fixtures/policies/SP0001-hidden-variable.policy.yaml';
    const r = runCli('simulate', 'scenarios/northmoor.scenario.yaml', '--runs', '5', '--policy', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:7:41 error SP0001 'practice_quality' is hidden: the board cannot see it - a policy plays as a board would`);
    expect(r.stderr).toContain('> 7 |   - when: "political_confidence < 35 || practice_quality < 40"');
    expect(r.stderr).toMatch(/^ {4}\| {41}\^{16}$/m);
    expect(r.stdout).toBe('');
  });

  it('plays the built-in steady policy and the steady-chair example file', () => {
    const steady = runCli('simulate', 'scenarios/northmoor.scenario.yaml', '--runs', '5', '--policy', 'steady', '--json');
    expect(steady.status).toBe(0);
    expect(JSON.parse(steady.stdout).policy).toBe('steady');
    const chair = runCli('simulate', 'scenarios/northmoor.scenario.yaml', '--runs', '5', '--policy', 'scenarios/policies/steady-chair.policy.yaml', '--json');
    expect(chair.status).toBe(0);
    expect(JSON.parse(chair.stdout).policy).toBe('steady-chair');
  });

  it('names steady among the built-in policies when a policy is mistyped', () => {
    const r = runCli('simulate', 'scenarios/northmoor.scenario.yaml', '--policy', 'stedy');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown policy 'stedy' - did you mean 'steady'?: use none, random, compliance, learning, balanced, steady or a policy file (PATH.yaml)");
  });
});

describe('scenario simulate --balance with a band that names a policy file with rules', () => {
  it("binds the file to the scenario, so a rule reading the model's hidden quality is reported and the check exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), 'balance-rules-'));
    cpSync('test/fixtures/balance', dir, { recursive: true });
    const scenarioFile = join(dir, 'unbalanced.scenario.yaml');
    writeFileSync(scenarioFile, readFileSync(scenarioFile, 'utf8').replace('seen: { policy: learning,', 'seen: { policy: peek.policy.yaml,'));
    writeFileSync(join(dir, 'peek.policy.yaml'), 'policy: 1\nname: peek\ntags: { learning: 1 }\nrules:\n  - when: "quality < 40"\n    tags: { compliance: 1 }\n');
    const r = runCli('simulate', scenarioFile, '--balance', '--runs', '5', '--save-to', dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/peek\.policy\.yaml:5:12 error SP0001 'quality' is hidden: the board cannot see it - .*\(such as summary, pressure, budget\)/);

    writeFileSync(join(dir, 'peek.policy.yaml'), 'policy: 1\nname: peek\ntags: { learning: 1 }\nrules:\n  - when: "pressure > 60"\n    tags: { compliance: 1 }\n');
    const ok = runCli('simulate', scenarioFile, '--balance', '--runs', '5', '--save-to', dir, '--json');
    expect(JSON.parse(ok.stdout).bands[0]).toMatchObject({ ending: 'seen', policy: 'peek.policy.yaml' });
  });
});
