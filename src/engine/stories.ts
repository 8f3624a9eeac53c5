// The board hears practice through stories: a noisy reading of the truth, clearer as its insight grows. A story is told
// clearly only to a board that has made room to listen and only when the reading is close to the truth, so a clear
// account never misleads; otherwise it comes as the vague, report-shaped version. The board never hears the same text twice; a story's variant is a changed story.
import { nextNormal, pick } from './rng';
import type { GameState, StoryHeard } from './state';
import { variantFor } from './texts';
import type { ExprEnv, Scenario, StoryDef } from './types';

/** How close a reading must be to the truth for the account to be a clear one (design): a third of a grade band. */
export const CLEAR_WITHIN = 8;
/**
 * The least clarity (on its 0-100 scale) at which practitioners speak to the board in their own words (design): a board
 * that has not made room to listen hears report-shaped accounts, however close one happens to come to the truth.
 */
export const CLEAR_FROM = 50;

export function hearStory(scenario: Scenario, state: GameState, vars: Record<string, number | string>, env: ExprEnv): StoryHeard | null {
  const p = scenario.model.perception;
  if (!p || scenario.stories.length === 0) return null;
  const clarity = Math.max(0, Math.min(100, vars[p.clarity] as number)) / 100;
  const truth = vars[p.truth] as number;
  const reading = truth + p.noise * (1 - clarity) * nextNormal(state.rng);
  const heard = new Set(state.heard);
  // times each story was told, in any variant ("id" or "id#variant": an id has no '#'), counted in one pass
  const times = new Map<string, number>();
  for (const h of state.heard) { const id = h.includes('#') ? h.slice(0, h.indexOf('#')) : h; times.set(id, (times.get(id) ?? 0) + 1); }
  const told = (s: StoryDef) => times.get(s.id) ?? 0;
  const fresh: { story: StoryDef; variant: number | undefined }[] = [];
  for (const s of scenario.stories) {
    if (s.when && s.when(env) !== true) continue;
    const variant = s.variants.length ? variantFor(s.variants, told(s) + 1, env) : undefined;
    if (!heard.has(keyOf(s.id, variant))) fresh.push({ story: s, variant });
  }
  if (fresh.length === 0) return null;
  const fits = fresh.filter((f) => reading >= f.story.reading[0] && reading <= f.story.reading[1]);
  const chosen = pick(state.rng, fits.length ? fits : [nearest(fresh, reading)]);
  state.heard = [...state.heard, keyOf(chosen.story.id, chosen.variant)];
  const clear = clarity * 100 >= CLEAR_FROM && Math.abs(reading - truth) <= CLEAR_WITHIN;
  const out: StoryHeard = { id: chosen.story.id, clear, reading: Math.round(reading) };
  if (chosen.variant !== undefined) out.variant = chosen.variant;
  return out;
}

function keyOf(id: string, variant: number | undefined): string {
  return variant === undefined ? id : `${id}#${variant}`;
}

function nearest<T extends { story: StoryDef }>(options: T[], reading: number): T {
  const dist = (r: [number, number]) => (reading < r[0] ? r[0] - reading : reading - r[1]);
  return options.reduce((a, b) => (dist(b.story.reading) < dist(a.story.reading) ? b : a));
}
