// `scenario play` as a player meets it: a child process reading scripted answers from a pipe.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const CWD = new URL('../..', import.meta.url).pathname;
const FILE = 'scenarios/first-meeting.scenario.yaml';

function run(args: string[], input: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/scenario/cli.ts', ...args], { cwd: CWD, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// choose decision 1, done, then Enter for every default answer; generous, so it outlasts any game of this scenario
const SCRIPT = Array.from({ length: 12 }, () => '1\nd\n\n\n\n').join('');
const HIDDEN = ['Practice quality', 'Board insight', 'Indicator gaming', 'Blame culture', 'Organisational learning', 'Trust between agencies'];

describe('scenario play', () => {
  it('plays a whole game from a pipe, to an ending and a debrief that reveals the hidden truth', () => {
    const r = run(['play', FILE, '--seed', '7'], SCRIPT);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toContain('Quarter 1 of 4 · 2009 Q2');
    expect(out).toContain('Quarter 4 of 4 · 2010 Q1');
    expect(out).toContain('Added: Visit front-line teams and listen.');
    const endingAt = out.indexOf('== Debrief');
    expect(endingAt).toBeGreaterThan(0);
    const debrief = out.slice(endingAt);
    expect(debrief).toMatch(/Quarter\s+Dashboard\s+Practice quality/);
    expect(debrief).toContain('Visit front-line teams and listen [learning]');
    expect(debrief).toContain('To reflect on');
    expect(out).toMatch(/Seed: 7\nFinal state hash: [0-9a-f]{16}\n/);
    // nothing hidden, and no decision tag, is shown before the ending's banner
    const banners = [...out.matchAll(/={80}\n(.+)\n={80}\n/g)];
    const ending = banners[banners.length - 1];
    expect(ending[1]).not.toMatch(/^Quarter/);
    const play = out.slice(0, ending.index);
    expect(play).toContain('Quarter 4 of 4');
    for (const label of HIDDEN) expect(play).not.toContain(label);
    expect(play).not.toContain('[learning]');
  });

  it('gives byte-identical output for the same seed and the same answers', () => {
    const a = run(['play', FILE, '--seed', '7'], SCRIPT);
    const b = run(['play', FILE, '--seed', '7'], SCRIPT);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length).toBeGreaterThan(1000);
  });

  it('stops cleanly with exit 0 when input ends early, and on q', () => {
    const eof = run(['play', FILE], '1\n');
    expect(eof.code).toBe(0);
    expect(eof.stdout).toContain('End of input: the game stops in quarter 1.');
    expect(eof.stdout).toContain('Seed: 1\n');
    expect(eof.stdout).not.toContain('== Debrief');
    const quit = run(['play', FILE], '2\nq\n');
    expect(quit.code).toBe(0);
    expect(quit.stdout).toContain('You leave the board in quarter 1.');
  });

  it('refuses bad arguments with usage (exit 2) and a broken file with its diagnostics (exit 1)', () => {
    for (const args of [['play'], ['play', FILE, '--seed'], ['play', FILE, '--colour'], ['play', FILE, FILE]]) {
      const r = run(args, '');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('usage: npm run scenario -- play FILE [--seed S]');
    }
    const missing = run(['play', 'scenarios/no-such.scenario.yaml'], '');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('SC0004');
  });

  it('with --reveal shows the hidden numbers every quarter; without it, none until the debrief', () => {
    const shown = run(['play', FILE, '--seed', '7', '--reveal'], SCRIPT);
    expect(shown.code).toBe(0);
    const beforeDebrief = shown.stdout.slice(0, shown.stdout.search(/debrief/i));
    expect(beforeDebrief).toContain('Hidden numbers (--reveal)');
    expect(beforeDebrief).toContain('Practice quality');
  });

  it('lists the whole agenda once, then only what opened or closed; a refused add is marked and repeated before committing', () => {
    const r = run(['play', 'scenarios/northmoor.scenario.yaml', '--seed', '3'], Array.from({ length: 40 }, () => '1\n2\n3\n4\n5\nd\n\n\n\n').join(''));
    expect(r.code).toBe(0);
    expect(r.stdout.match(/ 1\. \[[ x]\] /g)?.length).toBe(1); // the numbered catalogue, printed in full once
    expect(r.stdout).toContain('decisions open (l lists them all)');
    expect(r.stdout).toContain('!! NOT ADDED:');
    expect(r.stdout).toContain('Something you tried to add was NOT added');
    console.log(`a whole Northmoor game in play: ${r.stdout.split('\n').length} lines`);
  });
});
