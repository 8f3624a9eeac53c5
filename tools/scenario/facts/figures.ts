// The stylized facts of the game design (DESIGN.md 1-9), each a figure measured over seeded bot games with the
// definition the design gives, beside the band it must fall in. The facts tests assert the bands; `scenario facts`
// prints the table so anyone recalibrating a model sees every figure at once.
import { BUILT_IN, type Policy } from '../../../src/engine/bot';
import type { Scenario, Tag } from '../../../src/engine/types';
import type { Cores } from '../cores/pool';
import { at, endingShare, Games, meanAt, quantile, share, type Played } from './runs';

export interface Figure {
  fact: number;
  id: string;
  /** What is measured, in words. */
  label: string;
  value: number;
  /** Inclusive band [low, high]; null means open on that side. */
  band: [number | null, number | null];
}
export const inBand = (f: Figure) => !Number.isNaN(f.value) && (f.band[0] === null || f.value >= f.band[0]) && (f.band[1] === null || f.value <= f.band[1]);

/** The quarter of the national shock the surge and cascade figures force, and the shock's event. */
export const SHOCK_QUARTER = 4;
export const SHOCK = 'national_child_death';
/** The numbers the figures read. */
export const FACT_VARIABLES = ['assessments_on_time', 'practice_quality', 'dashboard_index', 'capacity', 'turnover', 'care_applications', 'referrals', 'vacancy_rate', 'media_heat', 'political_confidence'];
/** Fresh games on which shares of endings are read (the best fixed policy against steady, learning's losses): enough
 *  that a share is good to about +-0.015 and a difference of two to about +-0.02 (1 s.e.). */
export const HOLDOUT_SEEDS = 1000;
export const DASHBOARD_GOOD = 60; // "the dashboard reads good": the summary the board reviews at or above 60 (design)

const FIXED_POLICIES: readonly string[] = ['none', 'random', 'compliance', 'learning', 'balanced'];

/** Every policy of fixed tag weights 0, 1 or 3 (80 of them): the ways to play without ever reading the state. */
export function fixedWeightPolicies(): Policy[] {
  const tags: Tag[] = ['compliance', 'learning', 'capacity', 'relations'];
  const out: Policy[] = [];
  for (let n = 1; n < 81; n++) {
    const w: Partial<Record<Tag, number>> = {};
    let k = n;
    for (const t of tags) { const d = [0, 1, 3][k % 3]; k = Math.floor(k / 3); if (d) w[t] = d; }
    out.push({ name: `fixed:${tags.map((t) => w[t] ?? 0).join('')}`, tags: w, perQuarter: 'slots', answers: 'tags', randomness: 0.5 });
  }
  return out;
}

const good = (s: Scenario) => new Set(s.endings.filter((e) => e.verdict === 'good').map((e) => e.id));
const goodShare = (s: Scenario, games: Games, p: Policy) => endingShare(games.report(p), good(s));

/**
 * `cores` and `sources` (the texts the scenario was loaded from) play the games over worker threads; the figures are
 * the same on any number of them.
 */
export async function measureFacts(scenario: Scenario, opts: { seeds?: number; grid?: boolean; cores?: Cores; sources?: Record<string, string> } = {}): Promise<Figure[]> {
  const games = new Games(scenario, opts.seeds ?? 200, 'facts', opts.cores, opts.sources);
  const hasShock = scenario.events.some((e) => e.id === SHOCK);
  const shock = [{ event: SHOCK, quarter: SHOCK_QUARTER }];
  const fixed = good(scenario).size ? [...FIXED_POLICIES.map((n) => BUILT_IN[n]), ...(opts.grid === false ? [] : fixedWeightPolicies())] : [];
  // the fresh games of fact 8 that depend on nothing here are played beside the figures' own, so neither set of
  // games waits at its end for the other's last chunk
  const fresh = new Games(scenario, Math.max(HOLDOUT_SEEDS, games.seeds), `${games.seed}-fresh`, opts.cores, opts.sources);
  await Promise.all([
    games.prefetch([
      ...['none', 'compliance', 'learning', 'balanced', 'steady'].filter((n) => BUILT_IN[n]).map((n) => ({ policy: BUILT_IN[n] })),
      ...(hasShock ? [{ policy: BUILT_IN.none, forced: shock }, { policy: BUILT_IN.balanced, forced: shock }, { policy: BUILT_IN.balanced, forced: [...shock, { event: SHOCK, quarter: SHOCK_QUARTER + 2 }] }] : []),
      // of the fixed policies only the shares of endings are read
      ...fixed.map((policy) => ({ policy, summary: true })),
    ]),
    fresh.prefetch([{ policy: BUILT_IN.learning, summary: true }, ...(fixed.length && BUILT_IN.steady ? [{ policy: BUILT_IN.steady, summary: true }] : [])]),
  ]);
  const none = games.play(BUILT_IN.none);
  const comp = games.play(BUILT_IN.compliance);
  const learn = games.play(BUILT_IN.learning);
  const balanced = games.play(BUILT_IN.balanced);
  const Q = scenario.calendar.quarters;
  const figures: Figure[] = [];
  const add = (fact: number, id: string, label: string, value: number, band: Figure['band']) => figures.push({ fact, id, label, value, band });
  const d = (a: Played, b: Played, id: string, q: number) => meanAt(a, id, q) - meanAt(b, id, q);
  const q12 = Math.min(12, Q);

  // 1. compliance divergence
  add(1, 'timeliness_lead_q3', 'compliance - none, on-time assessments, quarter 3', d(comp, none, 'assessments_on_time', 3), [5, null]);
  // a game shorter than 12 quarters reads its last quarter instead
  add(1, 'practice_deficit_q12', `none - compliance, practice quality, quarter ${q12}`, d(none, comp, 'practice_quality', q12), [8, null]);
  const gap = (p: Played) => meanAt(p, 'dashboard_index', q12) - meanAt(p, 'practice_quality', q12);
  add(1, 'gap_ratio_q12', `dashboard - practice gap, compliance / none, quarter ${q12}`, gap(none) > 0 ? gap(comp) / gap(none) : Number.NaN, [2, null]);

  // 2 and 7. worse before better: the cost of learning comes first, the payback late
  const early = [1, 2, 3];
  add(2, 'capacity_dip_q1_3', 'learning - none, capacity, lowest in quarters 1-3', Math.min(...early.map((q) => d(learn, none, 'capacity', q))), [null, -0.01]);
  add(7, 'practice_vs_none_q1_3', 'learning - none, practice quality, lowest in quarters 1-3', Math.min(...early.map((q) => d(learn, none, 'practice_quality', q))), [null, 0]);
  const lead = Array.from({ length: Q + 1 }, (_, q) => d(learn, comp, 'practice_quality', q));
  let overtakes = Number.NaN;
  for (let q = 1; q <= Q; q++) if (lead.slice(q).every((x) => x > 0)) { overtakes = q; break; }
  // overtaking in quarters 6-10 can only be seen in a game of at least 10 quarters
  if (Q >= 10) add(7, 'overtakes_compliance', 'first quarter from which learning leads compliance on practice quality for good', overtakes, [6, 10]);
  add(7, 'practice_lead_q12', `learning - compliance, practice quality, quarter ${q12}`, lead[q12], [8, null]);
  add(7, 'dashboard_trails_q1_6', 'learning - compliance, dashboard, highest in quarters 1-6', Math.max(...[1, 2, 3, 4, 5, 6].map((q) => d(learn, comp, 'dashboard_index', q))), [null, -0.01]);
  add(2, 'turnover_advantage_q12', `compliance - learning, turnover (% a year), quarter ${q12}`, d(comp, learn, 'turnover', q12), [2, null]);

  // 3. numbers look good right up to the incident (compliance, the scenario's regime)
  let incidents = 0; let hidden = 0; let paperGood = 0;
  for (const r of comp.runs) {
    for (const e of r.log) {
      const before = r.history[e.quarter - 1];
      if (e.kind === 'incident') { incidents++; if ((before.dashboard_index as number) >= DASHBOARD_GOOD && (before.practice_quality as number) < 45) hidden++; }
      if (e.kind === 'inspection' && (e.detail === 'good' || e.detail === 'outstanding') && at(r, 'practice_quality', e.quarter) < 45) paperGood++;
    }
  }
  add(3, 'hidden_incident_share', 'compliance: share of incidents while the dashboard reads good and practice is below 45', incidents ? hidden / incidents : 0, [0.1, null]);
  add(3, 'good_grade_while_weak', 'compliance: inspections graded good or better while practice is below 45 (inspections)', paperGood, [1, null]);

  // 4. defensive surge, against the counterfactual: the same seeds with no forced story
  const q = SHOCK_QUARTER;
  if (hasShock) {
    const shocked = games.play(BUILT_IN.none, [{ event: SHOCK, quarter: q }]);
    const ratio = (id: string, k: number) => meanAt(shocked, id, k) / meanAt(none, id, k) - 1;
    add(4, 'care_rise_2q', 'care applications, shock / counterfactual - 1, highest in the two quarters after', Math.max(ratio('care_applications', q), ratio('care_applications', q + 1), ratio('care_applications', q + 2)), [0.3, 0.6]);
    add(4, 'care_rise_6q', 'care applications, shock / counterfactual - 1, six quarters after', ratio('care_applications', q + 6), [0.2, null]);
    add(4, 'referral_rise_2q', 'referrals, shock / counterfactual - 1, highest in the two quarters after', Math.max(ratio('referrals', q), ratio('referrals', q + 1), ratio('referrals', q + 2)), [0.1, 0.25]);
    add(4, 'timeliness_drop_4q', 'on-time assessments, counterfactual - shock, largest in the four quarters after', Math.max(...[1, 2, 3, 4].map((k) => -d(shocked, none, 'assessments_on_time', q + k))), [3, 8]);
    add(4, 'vacancies_2q', 'vacancy rate, shock - counterfactual, two quarters after (staffing lags)', d(shocked, none, 'vacancy_rate', q + 2), [null, 1]);

    // 5. attention as played (the balanced board), the shock's extra heat against the counterfactual
    const once = games.play(BUILT_IN.balanced, [{ event: SHOCK, quarter: q }]);
    const twice = games.play(BUILT_IN.balanced, [{ event: SHOCK, quarter: q }, { event: SHOCK, quarter: q + 2 }]);
    const extra = (p: Played, k: number) => d(p, balanced, 'media_heat', k);
    add(5, 'heat_after_1q', 'extra media heat one quarter after a lone story / its peak', extra(once, q + 1) / extra(once, q), [null, 0.4]);
    add(5, 'heat_after_4q', 'extra media heat four quarters after a lone story / its peak', extra(once, q + 4) / extra(once, q), [null, 0.15]);
    // the second story against the first, in games where the first was itself fresh news (no shock in the four
    // quarters before it), seed by seed against the same game without either story
    const shocks = new Set(scenario.events.filter((e) => scenario.model.cascades.some((c) => { const x = e.effects[c.variable]; return x && 'delta' in x && x.delta > 0; })).map((e) => e.id));
    const fresh = (i: number) => !twice.runs[i].log.some((e) => e.quarter >= q - 4 && e.quarter < q && shocks.has(e.id));
    const idx = twice.runs.map((_r, i) => i).filter(fresh);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const firstPeak = mean(idx.map((i) => at(once.runs[i], 'media_heat', q) - at(balanced.runs[i], 'media_heat', q)));
    const secondPeak = mean(idx.map((i) => at(twice.runs[i], 'media_heat', q + 2) - at(balanced.runs[i], 'media_heat', q + 2)));
    add(5, 'second_story_peak', `extra heat of a second story two quarters later / the first's (${idx.length} games where the first was fresh news)`, secondPeak / firstPeak, [1.3, null]);
  }
  const incident = scenario.events.find((e) => e.kind === 'incident');
  const national = scenario.events.filter((e) => e.id.startsWith('national')).map((e) => e.id);
  if (incident && national.length) {
    let all = 0; let local = 0;
    for (const r of balanced.runs) for (const e of r.log) {
      if (e.kind !== 'incident') continue;
      all++;
      if (!r.log.some((x) => national.includes(x.id) && x.kind === 'event' && (x.quarter === e.quarter || x.quarter === e.quarter + 1))) local++;
    }
    add(5, 'incidents_local', 'balanced: share of incidents that stay local news (no national story that quarter or the next)', all ? local / all : Number.NaN, [0.5, null]);
  }

  // 6. temptation: the numbers reward compliance, and so do the politicians
  add(6, 'dashboard_lead_q4', 'compliance - none, dashboard, quarter 4', d(comp, none, 'dashboard_index', 4), [8, null]);
  add(6, 'dashboard_lead_q4_8', 'compliance - none, dashboard, lowest in quarters 4-8', Math.min(...[4, 5, 6, 7, 8].map((k) => d(comp, none, 'dashboard_index', k))), [5, null]);
  add(6, 'confidence_reward_q4', 'compliance - none, political confidence, quarter 4', d(comp, none, 'political_confidence', 4), [0.01, null]);

  // 8. pressure bites, and nothing fixed wins easily. Shares of endings are read on fresh games, many more than the
  // figures' own: a share is what a designer tunes a band to, and on 200 games one is only good to about +-3 points
  const lost = new Set(scenario.endings.filter((e) => e.early).map((e) => e.id));
  add(8, 'learning_loses', `learning: share of games that lose the mandate or end in intervention (${fresh.seeds} fresh games)`, endingShare(fresh.report(BUILT_IN.learning), lost), [0.1, 0.35]);
  const perGame = (p: Played) => p.runs.reduce((n, r) => n + r.incidents, 0) / p.runs.length;
  add(8, 'compliance_incidents', 'compliance / learning, serious incidents a game', perGame(comp) / perGame(learn), [1.3, null]);
  if (fixed.length) {
    // the best of 80-odd fixed policies is picked on the figures' own games, where its share is flattered by the luck
    // that picked it (the best of many draws); its share, and steady's beside it, are then measured on fresh games
    let best: Policy = fixed[0]; let bestShare = -1;
    for (const p of fixed) { const g = goodShare(scenario, games, p); if (g > bestShare) { bestShare = g; best = p; } }
    await fresh.prefetch([{ policy: best, summary: true }]);
    const bestFresh = goodShare(scenario, fresh, best);
    add(8, 'best_fixed_good', `best fixed policy's share of good endings (${best.name}, picked on these games, measured on ${fresh.seeds} fresh ones)`, bestFresh, [null, 0.75]);
    if (BUILT_IN.steady) add(8, 'steady_beats_fixed', `steady (reads the state) - that best fixed policy, share of good endings on the same ${fresh.seeds} fresh games`, goodShare(scenario, fresh, BUILT_IN.steady) - bestFresh, [0.1, null]);
  }

  // 9. recorded ranges and felt luck
  const policies = [none, comp, learn, balanced, ...(BUILT_IN.steady ? [games.play(BUILT_IN.steady)] : [])];
  const turnover = policies.flatMap((p) => p.report.series.turnover.mean.slice(1));
  add(9, 'turnover_lowest', 'mean turnover (% a year), lowest of any quarter under any policy', Math.min(...turnover), [6, 40]);
  add(9, 'turnover_highest', 'mean turnover (% a year), highest of any quarter under any policy', Math.max(...turnover), [6, 40]);
  let pinned = 0; let pinnedId = '';
  for (const v of scenario.model.variables) {
    // an index whose resting level is itself a bound (time given to learning rests at 0) sits there by design
    const rest = scenario.rest[v.id];
    if (v.kind !== 'number' || v.visibility !== 'hidden' || rest === v.min || rest === v.max) continue;
    for (const p of policies) {
      const s = share(p, (r) => { const x = at(r, v.id, Q); return x <= v.min + 0.5 || x >= v.max - 0.5; });
      if (s > pinned) { pinned = s; pinnedId = `${v.id}, ${p.report.policy}`; }
    }
  }
  add(9, 'pinned_share', `largest share of games ending with a hidden index at its bound (${pinnedId || 'none'})`, pinned, [null, 0.25]);
  const finals = balanced.runs.map((r) => at(r, 'practice_quality', Q));
  add(9, 'luck_spread', 'balanced: final practice quality, p90 - p10', quantile(finals, 0.9) - quantile(finals, 0.1), [8, 20]);
  return figures;
}
