// Measurements of the five stylized facts (DESIGN.md) over seeded bot runs of the default scenario.
// Shared by the facts tests and by anyone recalibrating the model: `npx tsx test/facts/measure.ts` prints them all.
import { BUILT_IN } from '../../src/engine/bot';
import { simulate, type SimulationReport, type SimulationRun } from '../../src/engine/simulate';
import type { Forced } from '../../src/engine/resolve';
import type { Scenario } from '../../src/engine/types';

export const SEEDS = 200;
export const DASHBOARD_GOOD = 60; // "the dashboard reads good": the summary the board reviews at or above 60 (design)

export function run(scenario: Scenario, policy: string, forced: Forced[] = [], runs = SEEDS, keep?: SimulationRun[]): SimulationReport {
  return simulate(scenario, BUILT_IN[policy], { runs, seed: 'facts', forced, onRun: keep ? (_i, r) => keep.push(r) : undefined });
}
const mean = (r: SimulationReport, id: string, q: number) => r.series[id].mean[q];

export function complianceDivergence(s: Scenario) {
  const none = run(s, 'none');
  const comp = run(s, 'compliance');
  const gap = (r: SimulationReport, q: number) => mean(r, 'dashboard_index', q) - mean(r, 'practice_quality', q);
  return {
    timelinessLeadQ3: mean(comp, 'assessments_on_time', 3) - mean(none, 'assessments_on_time', 3),
    practiceDeficitQ12: mean(none, 'practice_quality', 12) - mean(comp, 'practice_quality', 12),
    gapNoneQ12: gap(none, 12),
    gapComplianceQ12: gap(comp, 12),
  };
}

export function worseBeforeBetter(s: Scenario) {
  const none = run(s, 'none');
  const comp = run(s, 'compliance');
  const learn = run(s, 'learning');
  const dips = [1, 2, 3].map((q) => ({
    q,
    capacity: mean(learn, 'capacity', q) - Math.min(mean(none, 'capacity', q), mean(learn, 'capacity', 0)),
    timeliness: mean(learn, 'assessments_on_time', q) - Math.min(mean(none, 'assessments_on_time', q), mean(learn, 'assessments_on_time', 0)),
  }));
  const lead = Array.from({ length: s.calendar.quarters + 1 }, (_, q) => mean(learn, 'practice_quality', q) - mean(comp, 'practice_quality', q));
  return {
    deepestDip: Math.min(...dips.flatMap((d) => [d.capacity, d.timeliness])),
    practiceLeadFromQ8: Math.min(...lead.slice(8)),
    practiceLeadQ3: lead[3],
    turnoverAdvantageQ12: mean(comp, 'turnover', 12) - mean(learn, 'turnover', 12),
  };
}

export function goodUntilTheIncident(s: Scenario) {
  const runs: SimulationRun[] = [];
  run(s, 'compliance', [], SEEDS, runs);
  let incidents = 0; let hidden = 0; let paperGoodWhileWeak = 0;
  for (const r of runs) {
    for (const e of r.log) {
      const before = r.history[e.quarter - 1];
      if (e.kind === 'incident') {
        incidents++;
        if ((before.dashboard_index as number) >= DASHBOARD_GOOD && (before.practice_quality as number) < 45) hidden++;
      }
      if (e.kind === 'inspection' && (e.detail === 'good' || e.detail === 'outstanding') && (r.history[e.quarter].practice_quality as number) < 45) paperGoodWhileWeak++;
    }
  }
  return { incidents, hiddenShare: incidents ? hidden / incidents : 0, paperGoodWhileWeak };
}

export const SURGE_QUARTER = 4;
export function defensiveSurge(s: Scenario) {
  const r = run(s, 'none', [{ event: 'national_child_death', quarter: SURGE_QUARTER }]);
  const pre = (id: string) => mean(r, id, SURGE_QUARTER - 1);
  const within2 = (id: string, f: (a: number, b: number) => number) => f(mean(r, id, SURGE_QUARTER + 1), mean(r, id, SURGE_QUARTER + 2));
  return {
    careRise2q: within2('care_applications', Math.max) / pre('care_applications') - 1,
    careRise6q: mean(r, 'care_applications', SURGE_QUARTER + 6) / pre('care_applications') - 1,
    referralRise2q: within2('referrals', Math.max) / pre('referrals') - 1,
    timelinessDrop2q: pre('assessments_on_time') - within2('assessments_on_time', Math.min),
    vacancyChange2q: within2('vacancy_rate', Math.max) - pre('vacancy_rate'),
  };
}

/** Media heat after a lone shock, in runs where nothing else happened in the four quarters after it; and a second shock. */
export function attentionCascade(s: Scenario) {
  const q = SURGE_QUARTER;
  const lone: SimulationRun[] = [];
  run(s, 'none', [{ event: 'national_child_death', quarter: q }], SEEDS * 5, lone);
  // "no new events": nothing that brings news (raises a cascade variable) in the four quarters after the shock
  const news = new Set(s.events.filter((e) => s.model.cascades.some((c) => { const x = e.effects[c.variable]; return x && 'delta' in x && x.delta > 0; })).map((e) => e.id));
  const quiet = lone.filter((r) => r.history.length > q + 4 && !r.log.some((e) => e.quarter > q && e.quarter <= q + 4 && news.has(e.id)));
  const heat = (r: SimulationRun, k: number) => r.history[Math.min(k, r.history.length - 1)].media_heat as number;
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  // the second shock lands two quarters after the first; compare in runs where no other news came from a quarter
  // before the first to the second, so the first peak is itself a fresh story
  const double: SimulationRun[] = [];
  run(s, 'none', [{ event: 'national_child_death', quarter: q }, { event: 'national_child_death', quarter: q + 2 }], SEEDS * 5, double);
  const clean = double.filter((r) => r.history.length > q + 2 && !r.log.some((e) => e.quarter >= q - 4 && e.quarter <= q + 2 && news.has(e.id) && !(e.id === 'national_child_death' && (e.quarter === q || e.quarter === q + 2))));
  return {
    quietRuns: quiet.length,
    afterOneQuarter: avg(quiet.map((r) => heat(r, q + 1) / heat(r, q))),
    afterFourQuarters: avg(quiet.map((r) => heat(r, q + 4) / heat(r, q))),
    cascadeRuns: clean.length,
    secondPeakRatio: avg(clean.map((r) => heat(r, q + 2) / heat(r, q))),
  };
}

const isMain = process.argv[1]?.endsWith('measure.ts');
if (isMain) {
  const { readScenarioFile } = await import('../../tools/scenario/files');
  const s = readScenarioFile(process.argv[2] ?? 'scenarios/northmoor.scenario.yaml').value!;
  const show = (name: string, o: object) => console.log(name.padEnd(22), Object.entries(o).map(([k, v]) => `${k}=${typeof v === 'number' ? v.toFixed(3) : v}`).join('  '));
  show('1 compliance', complianceDivergence(s));
  show('2 worse/better', worseBeforeBetter(s));
  show('3 good until', goodUntilTheIncident(s));
  show('4 surge', defensiveSurge(s));
  show('5 cascade', attentionCascade(s));
}
