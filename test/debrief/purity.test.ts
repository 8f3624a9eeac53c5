import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The debrief's analysis runs in the browser, in the CLI and on the trainer's laptop: no view library, no DOM, no clock.
const FORBIDDEN: [RegExp, string][] = [
  [/from ['"](phaser|howler|zustand)['"]/, 'imports a view or state library'],
  [/\b(window|document|localStorage|navigator)\./, 'touches the DOM'],
  [/Math\.random|Date\.now|new Date\(|performance\.now/, 'reads the clock or unseeded luck'],
  [/from ['"]\.\.\/(ui|scenes|state)\//, 'imports the view layer'],
];

// the learning record (check, reaction) is scored alike in the browser, the room, the CLI and an LMS package
for (const dir of ['src/debrief', 'src/learning']) {
  describe(`${dir} is pure`, () => {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      it(`${dir}/${name} uses no view library, DOM, clock or unseeded randomness`, () => {
        const text = readFileSync(join(dir, name), 'utf8');
        for (const [pattern, why] of FORBIDDEN) expect(pattern.test(text), `${name} ${why}`).toBe(false);
      });
    }
  });
}
