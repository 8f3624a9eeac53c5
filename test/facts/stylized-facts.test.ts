// The stylized facts of DESIGN.md (1-9), each figure measured over 200 seeded bot games per policy on the default
// scenario with the definitions of tools/scenario/facts/figures.ts, and held to its band. `npm run scenario -- facts
// scenarios/northmoor.scenario.yaml` prints the same table.
import { beforeAll, describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../tools/scenario/files';
import { inBand, measureFacts, type Figure } from '../../tools/scenario/facts/figures';

let figures: Figure[];
beforeAll(() => {
  figures = measureFacts(readScenarioFile('scenarios/northmoor.scenario.yaml').value!, { seeds: 200 });
}, 120_000);

const FACTS: Record<number, string> = {
  1: 'compliance looks better on timeliness by quarter 3 but leaves practice worse and the dashboard further from the truth',
  2: 'learning costs capacity first and keeps staff',
  3: 'under compliance and a paper-based regime, incidents come while the dashboard reads good, and inspections can still say good',
  4: 'a national child death drives a defensive surge against the same games without it, and staffing lags',
  5: 'media attention decays fast as played, most incidents stay local, and a second story within four quarters peaks higher',
  6: 'the numbers tempt: compliance leads on the dashboard and the politicians reward it',
  7: 'learning costs before it pays: practice dips, overtakes compliance late and leads it by quarter 12',
  8: 'pressure bites: pure learning can lose its mandate, compliance fails through incidents, no fixed policy wins easily',
  9: 'turnover stays in recorded ranges, no hidden index is pinned, and luck is felt',
};
/** Known gaps, asserted to be failing so they are seen the day they start to hold (see the closing note). */
const KNOWN_GAPS = new Set(['steady_beats_fixed']);

describe('stylized facts of the LSCB model on Northmoor', () => {
  for (const [fact, sentence] of Object.entries(FACTS)) {
    it(`${fact}. ${sentence}`, () => {
      const mine = figures.filter((f) => f.fact === Number(fact) && !KNOWN_GAPS.has(f.id));
      expect(mine.length).toBeGreaterThan(0);
      for (const f of mine) expect(inBand(f), `${f.id} = ${f.value} (${f.label}), band ${JSON.stringify(f.band)}`).toBe(true);
    });
  }
  it.fails('8. a policy that reads the state beats every fixed policy by 10 points of good endings (not yet)', () => {
    const f = figures.find((x) => x.id === 'steady_beats_fixed')!;
    expect(inBand(f), `${f.value}`).toBe(true);
  });
});
