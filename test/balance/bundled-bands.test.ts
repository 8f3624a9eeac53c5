// Every bundled scenario's balance bands hold: the share of games ending where the designer said they should, under the
// policy they named. 500 runs a band policy; the bands were set at 1,000 runs over several seeds with margins.
import { readdirSync, readFileSync } from 'node:fs';
import { loadPolicy } from '../../src/scenario/policy';
import { describe, expect, it } from 'vitest';
import { BUILT_IN } from '../../src/engine/bot';
import { simulate } from '../../src/engine/simulate';
import { readScenarioFile } from '../../tools/scenario/files';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.scenario.yaml')).map((f) => `scenarios/${f}`);

describe('balance bands of the bundled scenarios', () => {
  for (const file of files) {
    const scenario = readScenarioFile(file).value!;
    const bands = Object.entries(scenario.balance);
    if (bands.length === 0) continue;
    it(`${scenario.id}: every band holds over 500 seeded games of its policy`, () => {
      const byPolicy = new Map<string, ReturnType<typeof simulate>>();
      for (const [ending, band] of bands) {
        const policy = BUILT_IN[band.policy] ?? loadPolicy(band.policy, readFileSync(band.policy, 'utf8')).policy!; // a policy file, from the repository root
        const report = byPolicy.get(band.policy) ?? simulate(scenario, policy, { runs: 500, seed: 'bands' });
        byPolicy.set(band.policy, report);
        const share = report.endings[ending] / report.runs;
        expect(share, `${ending} under ${band.policy}: ${share.toFixed(3)} outside [${band.between.join(', ')}]`).toBeGreaterThanOrEqual(band.between[0]);
        expect(share, `${ending} under ${band.policy}: ${share.toFixed(3)} outside [${band.between.join(', ')}]`).toBeLessThanOrEqual(band.between[1]);
      }
    });
  }
});
