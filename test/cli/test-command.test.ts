import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const F = 'test/fixtures/transcripts';

describe('scenario test', () => {
  it("runs the project's transcript tests by default, printing pass for each expectation, and exits 0", () => {
    const r = runCli('test');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('PASS test/transcripts/northmoor-learning-board.test.yaml');
    expect(r.stdout).toContain('  pass  ending learning_partnership (reached: learning_partnership)');
    expect(r.stdout).toMatch(/\d+ transcript tests, 0 failed; \d+ expectations, 0 failed\n$/);
  });

  it('prints FAIL with file:line:col for an expectation that does not hold, and exits 1', () => {
    const r = runCli('test', `${F}/wrong-ending.test.yaml`);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`FAIL ${F}/wrong-ending.test.yaml`);
    expect(r.stdout).toContain('  pass  after quarter 1, insight is 30');
    expect(r.stdout).toContain(`  FAIL  ${F}/wrong-ending.test.yaml:8:5 ending listening_board (reached: first_year)`);
    expect(r.stdout).toContain('1 transcript test, 1 failed; 2 expectations, 1 failed');
  });

  it("points at a step the game refuses, with the game's reason", () => {
    const r = runCli('test', `${F}/refused-step.test.yaml`);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${F}/refused-step.test.yaml:6:5 error ST0002 step 1 'CHOOSE practice_visits' was refused: 'CHOOSE' cannot be done during the briefing.`);
  });

  it('names the ending that ended the game when the script goes on past it', () => {
    const r = runCli('test', `${F}/too-many-quarters.test.yaml`);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${F}/too-many-quarters.test.yaml:10:5 error ST0002 the game ended after quarter 4 with the ending 'listening_board' ("A board that has started to listen"), but the script lists 6 quarters`);
  });

  it('points at an answer to an event that did not happen in that quarter', () => {
    const r = runCli('test', `${F}/unknown-answer.test.yaml`);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${F}/unknown-answer.test.yaml:7:16 error ST0002 'local_news' did not happen in quarter 1`);
  });

  it("reports a malformed transcript with the loader's codes and a code frame", () => {
    const r = runCli('test', `${F}/bad-shape.test.yaml`);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("error SC0100 missing required key 'seed'");
    expect(r.stdout).toMatch(/^ {2}> {1,2}\d+ \|/m);
  });

  it('refuses an unknown option with usage and exit 2', () => {
    const r = runCli('test', '--watch');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run scenario -- test');
  });
});
