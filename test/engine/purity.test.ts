import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The engine must give the same game in Node and every browser: no view libraries, no DOM, no clock, no unseeded luck.
const FORBIDDEN: [RegExp, string][] = [
  [/from ['"](phaser|howler|zustand)['"]/, 'imports a view or state library'],
  [/\b(window|document|localStorage|navigator)\./, 'touches the DOM'],
  [/Math\.random/, 'uses unseeded randomness'],
  [/Date\.now|new Date\(/, 'reads the clock'],
  [/performance\.now/, 'reads the clock'],
  [/\beval\(|new Function\(/, 'evaluates code'],
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('the engine is pure', () => {
  for (const file of sources('src/engine')) {
    it(`${file} uses no view library, DOM, clock or unseeded randomness`, () => {
      const text = readFileSync(file, 'utf8');
      for (const [pattern, why] of FORBIDDEN) expect(pattern.test(text), `${file} ${why}`).toBe(false);
    });
  }
  it('nothing in the scenario layer evaluates code', () => {
    for (const file of sources('src/scenario')) expect(/\beval\(|new Function\(/.test(readFileSync(file, 'utf8')), file).toBe(false);
  });
});
