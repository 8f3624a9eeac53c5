import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { ROOT, runCli } from './run-cli';

const DRAFT = 'test/fixtures/migrate/draft.scenario.yaml';
const draft = readFileSync(join(ROOT, DRAFT), 'utf8');

/** Loads scenario text against the bundled models, as the game would. */
function load(text: string) {
  return loadScenario({ file: 'migrated.scenario.yaml', text }, (id) => {
    const file = `scenarios/models/${id}.model.yaml`;
    return { file, text: readFileSync(join(ROOT, file), 'utf8') };
  });
}

describe('scenario migrate', () => {
  it('is needed: the loader refuses format 0, naming the versions it reads and the command that migrates the file', () => {
    const r = runCli('validate', DRAFT);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${DRAFT}:4:9 error SC0010 scenario format 0 is not supported: this game reads format 1`);
    expect(r.stdout).toContain(`run: npm run scenario -- migrate ${DRAFT} --to 1`);
  });

  it('turns the format-0 draft into a format-1 file that loads without a single diagnostic', () => {
    const r = runCli('migrate', DRAFT, '--to', '1');
    expect(r.status).toBe(0);
    const loaded = load(r.stdout);
    expect(loaded.diagnostics).toEqual([]);
    const s = loaded.value!;
    expect(s.calendar.regime).toBe('2009');
    expect(s.decisions.find((d) => d.id === 'visit')!.cost.resources).toEqual({ budget: 5 });
    expect(s.events.find((e) => e.id === 'press')!.chance).toBeDefined();
    expect(s.endings.map((e) => e.id)).toEqual(['seen', 'held']);
  });

  it('keeps every comment of the draft', () => {
    const out = runCli('migrate', DRAFT).stdout;
    const comments = draft.split('\n').map((l) => /#\s.*$/.exec(l)?.[0]).filter((c): c is string => c !== undefined);
    expect(comments.length).toBeGreaterThanOrEqual(10);
    for (const c of comments) expect(out).toContain(c);
  });

  it('changes only what the formats differ in: every other line stays as written, +7 and all', () => {
    const out = runCli('migrate', DRAFT).stdout.split('\n');
    const changed = draft.split('\n').filter((l) => !out.includes(l));
    expect(changed).toEqual([
      'format: 0                       # the draft format',
      'inspection_regime: "2009"       # half figures, half practice',
      'calendar: { quarters: 4, slots: 2 }',
      '    cost: 5                     # budget units, in the draft',
      '    probability: "0.1 + media_heat / 400"',
      '  - { id: seen, title: Seen, text: The board sees practice., condition: "insight >= 40", priority: 1 }',
      '    condition: "true"           # the catch-all',
    ]);
    expect(out).toContain('    cost: { budget: 5 }         # budget units, in the draft');
    expect(out).toContain('    when: "true"                # the catch-all');
    expect(out).toContain('calendar: { quarters: 4, slots: 2, inspection_regime: "2009" }');
  });

  it('lists what changed, with file:line:col, on stderr so stdout stays the new file', () => {
    const r = runCli('migrate', DRAFT);
    expect(r.stderr).toContain(`${DRAFT}: format 0 -> 1`);
    expect(r.stderr).toContain(`  ${DRAFT}:13:1 moved 'inspection_regime' into 'calendar'`);
    expect(r.stderr).toContain(`  ${DRAFT}:24:5 decisions[0]: cost 5 is now { budget: 5 }`);
    expect(r.stdout.startsWith('# yaml-language-server:')).toBe(true);
  });

  it('rewrites the file in place with --write, and then has nothing left to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrate-'));
    const file = join(dir, 'draft.scenario.yaml');
    copyFileSync(join(ROOT, DRAFT), file);
    const first = runCli('migrate', file, '--to', '1', '--write');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('format 0 -> 1');
    const migrated = readFileSync(file, 'utf8');
    expect(load(migrated).diagnostics).toEqual([]);
    const again = runCli('migrate', file, '--write');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('is already in format 1: nothing to do');
    expect(readFileSync(file, 'utf8')).toBe(migrated);
  });

  it('refuses a target it cannot reach (exit 1), and bad arguments with usage (exit 2)', () => {
    const r = runCli('migrate', DRAFT, '--to', '2');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error SC0010 cannot migrate format 0 to 2');
    for (const args of [['migrate'], ['migrate', DRAFT, '--to', 'one'], ['migrate', DRAFT, '--in-place']]) {
      const bad = runCli(...args);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('usage: npm run scenario -- migrate FILE [--to VERSION] [--write]');
    }
  });
});
