// The stylized facts of DESIGN.md (1-9), each figure measured over 200 seeded bot games per policy on the default
// scenario with the definitions of tools/scenario/facts/figures.ts, and held to its band. `npm run scenario -- facts
// scenarios/northmoor.scenario.yaml` prints the same table.
import { beforeAll, describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../tools/scenario/files';
import { inBand, measureFacts, type Figure } from '../../tools/scenario/facts/figures';
import { Cores } from '../../tools/scenario/cores/pool';

let figures: Figure[];
let crisis: Figure[];
beforeAll(async () => {
  // over worker threads, as `scenario facts` plays them: the figures are the same on one core (test/cli/cores.test.ts)
  const cores = new Cores();
  try {
    const northmoor = readScenarioFile('scenarios/northmoor.scenario.yaml');
    const eastbrook = readScenarioFile('scenarios/after-the-headlines.scenario.yaml');
    [figures, crisis] = await Promise.all([
      measureFacts(northmoor.value!, { seeds: 200, cores, sources: northmoor.sources }),
      measureFacts(eastbrook.value!, { seeds: 200, grid: false, cores, sources: eastbrook.sources }),
    ]);
  } finally {
    await cores.close();
  }
}, 240_000);

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

describe('stylized facts of the LSCB model on Northmoor', () => {
  for (const [fact, sentence] of Object.entries(FACTS)) {
    it(`${fact}. ${sentence}`, () => {
      const mine = figures.filter((f) => f.fact === Number(fact));
      expect(mine.length).toBeGreaterThan(0);
      for (const f of mine) expect(inBand(f), `${f.id} = ${f.value} (${f.label}), band ${JSON.stringify(f.band)}`).toBe(true);
    });
  }
  it('8. measures the state-aware policy against the best fixed one, and the best fixed one itself', () => {
    expect(figures.map((f) => f.id)).toEqual(expect.arrayContaining(['best_fixed_good', 'steady_beats_fixed', 'learning_loses']));
  });
});

// The other LSCB scenario keeps the design's own facts (1-3), the cost and payback of learning that an eight-quarter game
// can show (7: overtaking in quarters 6-10 needs a longer game), and the recorded ranges (9). The temptation and pressure
// figures (4-6, 8) are calibration targets set on Northmoor: Eastbrook starts inside the surge, with its own bands.
describe('stylized facts that apply to After the headlines (eight quarters, a crisis start)', () => {
  for (const fact of [1, 2, 3, 7, 9]) {
    it(`${fact}. ${FACTS[fact]}`, () => {
      const mine = crisis.filter((f) => f.fact === fact);
      expect(mine.length).toBeGreaterThan(0);
      for (const f of mine) expect(inBand(f), `${f.id} = ${f.value} (${f.label}), band ${JSON.stringify(f.band)}`).toBe(true);
    });
  }
  it('does not claim a figure its eight quarters cannot show', () => {
    expect(crisis.some((f) => f.id === 'overtakes_compliance')).toBe(false);
    expect(crisis.find((f) => f.id === 'practice_lead_q12')?.label).toContain('quarter 8');
  });
});
