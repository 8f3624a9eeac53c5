import { describe, expect, it } from 'vitest';
import { ALPHABET } from '../../src/workshop/base32';
import { decodeProgress, encodeProgress, isReleaseWord, releaseWord } from '../../src/workshop/progress';
import { session } from './helpers';

const s = session('progress-1');
const other = session('progress-2');

describe('progress codes', () => {
  it('are eight characters that give back the team, the quarter and a glimpse of the state', () => {
    for (const team of s.teams) for (const quarter of [1, 4, 8, 16]) {
      const code = encodeProgress(s, team, quarter, 'a1f09c33d0e1b2c3');
      expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(decodeProgress(code, s)).toEqual({ progress: { team, quarter, hash: 'a1f' } });
      expect(decodeProgress(code.toLowerCase().replace('-', ' '), s).progress?.team).toBe(team);
    }
  });

  it('refuses a code from another session, and nearly every mistyped character, with a reason', () => {
    const code = encodeProgress(other, other.teams[0], 4, '0f0f0f0f');
    expect(decodeProgress(code, s).problem).toMatch(/another session|mistyped/);
    let caught = 0; let tries = 0;
    for (const team of s.teams) {
      const good = encodeProgress(s, team, 5, '77aa00ff').replace('-', '');
      for (let i = 0; i < good.length; i++) for (const c of ALPHABET) {
        if (c === good[i]) continue;
        tries++;
        if (decodeProgress(good.slice(0, i) + c + good.slice(i + 1), s).problem) caught++;
      }
    }
    console.info(`progress codes: ${caught} of ${tries} single-character mistypes refused`);
    expect(caught / tries).toBeGreaterThan(0.98);
    expect(decodeProgress('7F3K', s).problem).toMatch(/eight characters; this one has 4/);
    expect(decodeProgress(42, s).problem).toBeTruthy();
  });
});

describe('release words', () => {
  it('are the same on every device for a pause, differ between pauses, and read in any case', () => {
    expect(releaseWord(s, 4)).toBe(releaseWord(session('progress-1'), 4));
    const words = new Set(Array.from({ length: 16 }, (_, q) => releaseWord(s, q + 1)));
    expect(words.size).toBeGreaterThan(8);
    expect(isReleaseWord(s, 4, ` ${releaseWord(s, 4).toUpperCase()} `)).toBe(true);
    expect(isReleaseWord(s, 4, 'not-a-word')).toBe(false);
  });
});
