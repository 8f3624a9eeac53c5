// The bundled scenarios the game starts with are compiled from data checked at build time: they must be the very
// scenarios the designers' loader makes from the files, or a save, a workshop code or a replay would part company.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledScenarios } from '../../src/content/bundled';
import { BUILT_IN } from '../../src/engine/bot';
import { simulate } from '../../src/engine/simulate';
import { readScenarioFile } from '../../tools/scenario/files';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.scenario.yaml')).sort();

describe('the bundled scenarios', () => {
  const bundled = bundledScenarios();

  it('are every scenario file, each compiled without an error', () => {
    expect(bundled.map((b) => b.file)).toEqual(files.map((f) => `scenarios/${f}`));
    for (const b of bundled) expect(b.diagnostics.filter((d) => d.severity === 'error'), b.file).toEqual([]);
  });

  it('are the scenarios the loader makes from the files: the same data, the same hash, the same games', () => {
    for (const b of bundled) {
      const loaded = readScenarioFile(b.file).value!;
      expect(b.scenario, b.file).toBeDefined();
      // every value but the compiled formulas, which are compared by what they do
      expect(JSON.stringify(b.scenario)).toBe(JSON.stringify(loaded));
      expect(b.scenario!.hash).toBe(loaded.hash);
      for (const policy of ['learning', 'compliance']) {
        const a = simulate(b.scenario!, BUILT_IN[policy], { runs: 3, seed: 'bundled' });
        const c = simulate(loaded, BUILT_IN[policy], { runs: 3, seed: 'bundled' });
        expect(JSON.stringify(a.runs), `${b.file} ${policy}`).toBe(JSON.stringify(c.runs));
      }
    }
  });
});
