// `scenario strings extract|check`: a translator's file of a scenario's words, written beside it and brought up to date
// without losing a translation, and the check `validate` also runs over every translation beside a sound file.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'btn-strings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(ROOT, 'scenarios/tutorial/quiet-quarter.scenario.yaml'), join(dir, 'quiet-quarter.scenario.yaml'));
cpSync(join(ROOT, 'scenarios/tutorial/models'), join(dir, 'models'), { recursive: true, filter: (f) => !f.includes('translations') });
const scenario = join(dir, 'quiet-quarter.scenario.yaml');
const translation = join(dir, 'translations/quiet-quarter.cy.yaml');

describe('scenario strings', () => {
  it('extract writes every text with its id, source and a note; check and validate then say what is left to translate', () => {
    const r = runCli('strings', 'extract', scenario, '--locale', 'cy');
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain('46 texts (46 new, 0 whose source changed, 0 no longer in the file)');
    const text = readFileSync(translation, 'utf8');
    expect(text).toContain('  - id: decisions.practice_visits.title\n    note: title of a decision on the agenda\n    source: Visit front-line teams and listen\n    text: ""');
    // translate one text, then change its source in the scenario: it is kept, flagged stale, and the game shows the source
    writeFileSync(translation, text.replace('source: Visit front-line teams and listen\n    text: ""', 'source: Visit front-line teams and listen\n    text: Ymweld â thimau rheng flaen a gwrando'));
    expect(runCli('strings', 'check', scenario, '--locale', 'cy').stdout).toContain('1 of 46 texts translated and up to date, not yet reviewed by a fluent speaker');
    writeFileSync(scenario, readFileSync(scenario, 'utf8').replace('title: Visit front-line teams and listen', 'title: Visit the front-line teams and listen'));
    const again = runCli('strings', 'extract', scenario, '--locale', 'cy');
    expect(again.stdout).toContain('(0 new, 1 whose source changed, 0 no longer in the file)');
    expect(readFileSync(translation, 'utf8')).toContain('source: Visit the front-line teams and listen\n    was: Visit front-line teams and listen\n    text: Ymweld â thimau rheng flaen a gwrando');
    const v = runCli('validate', scenario);
    expect(v.status, v.output).toBe(0);
    expect(v.stdout).toMatch(/quiet-quarter\.cy\.yaml:\d+:\d+ warning TR0002 'decisions\.practice_visits\.title' is stale/);
    expect(v.stdout).toMatch(/quiet-quarter\.cy\.yaml: ok, 2 warnings/);
  });

  it('an unknown id in a translation is an error with the nearest id, and validate exits 1', () => {
    writeFileSync(translation, readFileSync(translation, 'utf8').replace('- id: decisions.practice_visits.title', '- id: decisions.practice_visit.title'));
    const r = runCli('validate', scenario);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("error TR0003 'quiet-quarter' has no text 'decisions.practice_visit.title' - did you mean 'decisions.practice_visits.title'?");
  });

  it('refuses a file that does not validate and a missing locale with a usage line, never a stack', () => {
    writeFileSync(join(dir, 'broken.scenario.yaml'), 'format: 1\nid: broken\n');
    const broken = runCli('strings', 'extract', join(dir, 'broken.scenario.yaml'), '--locale', 'cy');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('does not validate: run npm run scenario -- validate');
    const usage = runCli('strings', 'extract', scenario);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run scenario -- strings extract FILE --locale L');
    expect(`${broken.output}${usage.output}`).not.toMatch(/^ {4}at /m);
  });
});
