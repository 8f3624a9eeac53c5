// An inspection grades the partnership on a blend of its numbers and its practice, by the scenario's regime.
import { applyEffects, type Change } from './apply-effects';
import { computeEnv, makeEnv } from './env';
import { nextNormal } from './rng';
import type { GameState } from './state';
import type { Scenario } from './types';

export function inspect(scenario: Scenario, state: GameState, vars: Record<string, number | string>): { grade: string; score: number; changes: Change[] } | null {
  const ins = scenario.model.inspection;
  if (!ins) return null;
  const regime = scenario.calendar.regime ?? Object.keys(ins.regimes)[0];
  const w = Object.hasOwn(ins.regimes, regime) ? ins.regimes[regime] : 0.5;
  const base = computeEnv(scenario, { ...state, vars });
  const env = makeEnv({ ...base.vars, w }, state);
  const score = (ins.score(env) as number) + ins.noise * nextNormal(state.rng);
  const grade = ins.bands.find((b) => score >= b.min)?.level ?? ins.bands[ins.bands.length - 1].level;
  const changes = applyEffects(scenario.model, state, vars, { [ins.grade]: { set: grade }, ...ins.outcomes[grade] });
  return { grade, score: Math.round(score * 10) / 10, changes };
}
