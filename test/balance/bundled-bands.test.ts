// Every bundled scenario's balance bands hold: the share of games ending where the designer said they should, under the
// policy they named. 500 runs a band policy; the bands were set at 1,000 runs over several seeds with margins.
import { readdirSync, readFileSync } from 'node:fs';
import { loadPolicy } from '../../src/scenario/policy';
import { describe, expect, it } from 'vitest';
import { BUILT_IN } from '../../src/engine/bot';
import { simulate, type SimulationRun } from '../../src/engine/simulate';
import { bandMatches } from '../../tools/scenario/band';
import { readScenarioFile } from '../../tools/scenario/files';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.scenario.yaml')).map((f) => `scenarios/${f}`);

describe('balance bands of the bundled scenarios', () => {
  for (const file of files) {
    const scenario = readScenarioFile(file).value!;
    const bands = Object.entries(scenario.balance);
    if (bands.length === 0) continue;
    it(`${scenario.id}: every band holds over 500 seeded games of its policy`, () => {
      const byPolicy = new Map<string, SimulationRun[]>();
      for (const [key, band] of bands) {
        const policy = BUILT_IN[band.policy] ?? loadPolicy(band.policy, readFileSync(band.policy, 'utf8')).policy!; // a policy file, from the repository root
        let runs = byPolicy.get(band.policy);
        if (!runs) {
          const played: SimulationRun[] = [];
          simulate(scenario, policy, { runs: 500, seed: 'bands', onRun: (_i, run) => played.push(run) });
          byPolicy.set(band.policy, runs = played);
        }
        // an ending's share, or a grade's or a story's: what the band counts, game by game
        const share = runs.filter((run) => bandMatches(key, band, run)).length / runs.length;
        expect(share, `${key} under ${band.policy}: ${share.toFixed(3)} outside [${band.between.join(', ')}]`).toBeGreaterThanOrEqual(band.between[0]);
        expect(share, `${key} under ${band.policy}: ${share.toFixed(3)} outside [${band.between.join(', ')}]`).toBeLessThanOrEqual(band.between[1]);
      }
    });
  }
});
