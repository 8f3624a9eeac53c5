// The five stylized facts of DESIGN.md, each measured over at least 200 seeded bot games of the default scenario.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/types';
import { readScenarioFile } from '../../tools/scenario/files';
import { attentionCascade, complianceDivergence, defensiveSurge, goodUntilTheIncident, worseBeforeBetter } from './measure';

let northmoor: Scenario;
beforeAll(() => {
  northmoor = readScenarioFile('scenarios/northmoor.scenario.yaml').value!;
});

describe('stylized facts of the LSCB model on Northmoor', () => {
  it('1. compliance looks better on timeliness by quarter 3 but leaves practice worse and the dashboard further from the truth by quarter 12', () => {
    const f = complianceDivergence(northmoor);
    expect(f.timelinessLeadQ3).toBeGreaterThanOrEqual(5);
    expect(f.practiceDeficitQ12).toBeGreaterThanOrEqual(8);
    expect(f.gapNoneQ12).toBeGreaterThan(0);
    expect(f.gapComplianceQ12).toBeGreaterThanOrEqual(2 * f.gapNoneQ12);
  });

  it('2. learning gets worse before it gets better, overtakes compliance on practice from quarter 8 and keeps staff', () => {
    const f = worseBeforeBetter(northmoor);
    expect(f.deepestDip).toBeLessThan(0);
    expect(f.practiceLeadFromQ8).toBeGreaterThan(0);
    expect(f.turnoverAdvantageQ12).toBeGreaterThanOrEqual(2);
  });

  it('3. under compliance and a paper-based regime, incidents come while the dashboard reads good, and inspections can still say good', () => {
    const f = goodUntilTheIncident(northmoor);
    expect(f.incidents).toBeGreaterThan(100);
    expect(f.hiddenShare).toBeGreaterThanOrEqual(0.1);
    expect(f.paperGoodWhileWeak).toBeGreaterThan(0);
  });

  it('4. a national child death with no staffing response drives a defensive surge in care applications and referrals', () => {
    const f = defensiveSurge(northmoor);
    expect(f.careRise2q).toBeGreaterThanOrEqual(0.3);
    expect(f.careRise2q).toBeLessThanOrEqual(0.6);
    expect(f.careRise6q).toBeGreaterThanOrEqual(0.2);
    expect(f.referralRise2q).toBeGreaterThanOrEqual(0.1);
    expect(f.referralRise2q).toBeLessThanOrEqual(0.25);
    expect(f.timelinessDrop2q).toBeGreaterThanOrEqual(3);
    expect(f.timelinessDrop2q).toBeLessThanOrEqual(8);
    expect(f.vacancyChange2q).toBeLessThan(1); // staffing lags the surge
  });

  it('5. media attention decays fast without news, and a second story within four quarters peaks higher', () => {
    const f = attentionCascade(northmoor);
    expect(f.quietRuns).toBeGreaterThanOrEqual(30);
    expect(f.afterOneQuarter).toBeLessThan(0.4);
    expect(f.afterFourQuarters).toBeLessThan(0.15);
    expect(f.cascadeRuns).toBeGreaterThanOrEqual(30);
    expect(f.secondPeakRatio).toBeGreaterThanOrEqual(1.3);
  });
});
