// Balance bands: the share of games that should end in an ending under a policy, checked by simulation.
// One simulation per policy: every built-in policy and any policy file a band names (bands with one policy share it).
// Every style of play is simulated, so "never chosen" means no bot found a use for it, and a policy that beats all the
// others can be noticed.
import type { Policy } from '../../src/engine/bot';
import { BUILT_IN } from '../../src/engine/bot';
import type { Forced } from '../../src/engine/resolve';
import { Cores } from './cores/pool';
import type { SimulationRun } from '../../src/engine/simulate';
import type { Scenario } from '../../src/engine/types';
import { bandLabel, bandMatches } from './band';

/** `ending` is what the band counts, in words (an ending's id, or its name with the grade or story it counts). */
export interface BandResult { ending: string; key: string; policy: string; between: [number, number]; hits: number; share: number; pass: boolean }
/** A run to save for a failing band: one that reached the ending (share too high) or did not (too low). */
export interface FailingRun { band: BandResult; policy: Policy; seed: string }
export interface Dominance { policy: string; endings: string[] }
export interface BalanceResult {
  runs: number;
  seed: string;
  bands: BandResult[];
  /** Decisions and events no simulated game met, under any policy simulated. */
  neverChosen: string[];
  neverHappened: string[];
  dominant?: Dominance;
  failing: FailingRun[];
  /** Share of each ending under each policy simulated. */
  shares: Record<string, Record<string, number>>;
}

/**
 * "Beats": policy P beats Q when, for every ending that has a band, P's games end there at least as often as Q's, and
 * more often for at least one. Shares of all endings sum to 1, so no policy can lead on every ending; the banded ones
 * are those the designer said matter. A policy that beats every other is a dominant strategy for them: whatever the
 * designer hoped different styles of play would lead to, one style gets all of it.
 */
export function dominantPolicy(shares: Record<string, Record<string, number>>, endings: readonly string[]): Dominance | undefined {
  if (endings.length < 2) return undefined;
  const names = Object.keys(shares);
  const beats = (p: string, q: string) => endings.every((e) => shares[p][e] >= shares[q][e]) && endings.some((e) => shares[p][e] > shares[q][e]);
  const winner = names.find((p) => names.length > 1 && names.every((q) => q === p || beats(p, q)));
  return winner ? { policy: winner, endings: [...endings] } : undefined;
}

/**
 * Every policy's games at once, over `cores` (one core if none is given). `sources` are the scenario's texts, and
 * `policyFiles` the path and text of each policy read from a file, so worker threads can read them again.
 */
export async function checkBalance(scenario: Scenario, policies: Record<string, Policy>, opts: { runs: number; seed: string; forced: Forced[]; onRun?: () => void; cores?: Cores; sources?: Record<string, string>; policyFiles?: Record<string, { file: string; text: string }> }): Promise<BalanceResult> {
  const bands = Object.entries(scenario.balance);
  // dominance is judged on the banded endings; grade and story bands count something else
  const endings = [...new Set(bands.filter(([, b]) => b.grade === undefined && b.heard === undefined).map(([ending]) => ending))];
  const hits: Record<string, number> = Object.fromEntries(bands.map(([key]) => [key, 0]));
  const bandHit: Record<string, string> = {};
  const bandMiss: Record<string, string> = {};
  const toRun: Record<string, Policy> = { ...BUILT_IN, ...policies };
  const shares: Record<string, Record<string, number>> = {};
  const chosen = new Set<string>();
  const happened = new Set<string>();
  const names = Object.keys(toRun);
  const cores = opts.cores ?? new Cores(1);
  // each policy's games reach onRun in seed order, so the first hit and miss of a band are the same on any cores
  const reports = await cores.simulateAll(scenario, opts.sources, names.map((name) => ({
    policy: toRun[name], policyFile: opts.policyFiles?.[name], runs: opts.runs, seed: opts.seed, forced: opts.forced, light: true,
    onRun: (_i: number, run: SimulationRun) => {
      opts.onRun?.();
      for (const [key, b] of bands) {
        if (b.policy !== name) continue;
        if (bandMatches(key, b, run)) { hits[key] += 1; bandHit[key] ??= run.seed; } else bandMiss[key] ??= run.seed;
      }
    },
  })));
  names.forEach((name, k) => {
    const report = reports[k];
    shares[name] = Object.fromEntries(Object.entries(report.endings).map(([e, n]) => [e, n / opts.runs]));
    for (const [id, n] of Object.entries(report.decisions)) if (n > 0) chosen.add(id);
    for (const [id, n] of Object.entries(report.events)) if (n > 0) happened.add(id);
  });
  const results: BandResult[] = bands.map(([key, b]) => {
    const share = hits[key] / opts.runs;
    return { ending: bandLabel(key, b), key, policy: b.policy, between: b.between, hits: hits[key], share, pass: share >= b.between[0] && share <= b.between[1] };
  });
  const failing = results.filter((r) => !r.pass).flatMap((band) => {
    const seed = band.share > band.between[1] ? bandHit[band.key] : bandMiss[band.key];
    return seed === undefined ? [] : [{ band, policy: toRun[band.policy], seed }];
  });
  return {
    runs: opts.runs, seed: opts.seed, bands: results, failing, shares,
    neverChosen: scenario.decisions.map((d) => d.id).filter((id) => !chosen.has(id)),
    neverHappened: scenario.events.map((e) => e.id).filter((id) => !happened.has(id)),
    dominant: dominantPolicy(shares, endings),
  };
}
