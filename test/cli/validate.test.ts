import { describe, expect, it } from 'vitest';
import { expectations, FIXTURES, readFixture } from '../loader/fixture-files';
import { runCli } from './run-cli';

/** Where the fixture promises its (single) diagnostic: `file:line:col`. */
function promised(name: string): { code: string; place: string } {
  const e = expectations(name, readFixture(name));
  if (e === 'ok') throw new Error(`${name} expects no diagnostic`);
  return { code: e[0].code, place: `${e[0].file}:${e[0].line}:${e[0].col}` };
}

const STACK_FRAME = /^ {4}at /m;

describe('scenario validate', () => {
  it.each(['scenarios/northmoor.scenario.yaml', 'scenarios/first-meeting.scenario.yaml'])('exits 0 and says ok for the sound scenario %s', (file) => {
    const r = runCli('validate', file);
    expect(r.output).toContain(`${file}: ok`);
    expect(r.status).toBe(0);
  });

  it('exits 1 for a typo in a variable id, naming file:line:col, the code and a did-you-mean, with no stack trace', () => {
    const name = 'SC0102-unknown-variable.scenario.yaml';
    const { place } = promised(name);
    const r = runCli('validate', `${FIXTURES}/${name}`);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${place} error SC0102`);
    expect(r.stdout).toContain("did you mean 'media_heat'?");
    expect(r.stdout).toMatch(/^\s+\|\s+\^+$/m);
    expect(r.stdout).toContain(`${FIXTURES}/${name}: 1 error`);
    expect(r.output).not.toMatch(STACK_FRAME);
  });

  it('exits 1 for a YAML syntax error, coded SC0001 at file:line:col, with no stack trace', () => {
    const name = 'SC0001-yaml-syntax.scenario.yaml';
    const { place } = promised(name);
    const r = runCli('validate', `${FIXTURES}/${name}`);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${place} error SC0001`);
    expect(r.stdout).not.toContain('SC0103');
    expect(r.output).not.toMatch(STACK_FRAME);
  });

  it('exits 1 for a file that does not exist, coded SC0004, with no stack trace', () => {
    const r = runCli('validate', `${FIXTURES}/no-such-file.scenario.yaml`);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${FIXTURES}/no-such-file.scenario.yaml:1:1 error SC0004`);
    expect(r.output).not.toMatch(STACK_FRAME);
  });

  it('checks every file it is given and exits 1 when any of them has errors', () => {
    const r = runCli('validate', 'scenarios/first-meeting.scenario.yaml', `${FIXTURES}/SC0102-unknown-variable.scenario.yaml`);
    expect(r.stdout).toContain('scenarios/first-meeting.scenario.yaml: ok');
    expect(r.stdout).toContain('error SC0102');
    expect(r.status).toBe(1);
  });

  it('exits 2 with the usage when no file is given', () => {
    const r = runCli('validate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run scenario --');
  });
});

describe('the scenario command line', () => {
  it('exits 2 with the usage for an unknown command, naming it', () => {
    const r = runCli('valdate', 'scenarios/northmoor.scenario.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'valdate'");
    expect(r.stderr).toContain('usage: npm run scenario --');
  });
});
