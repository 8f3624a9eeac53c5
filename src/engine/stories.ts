// The board hears practice through stories: a noisy reading of the truth, clearer as its insight grows.
import { nextFloat, nextNormal, pick } from './rng';
import type { GameState, StoryHeard } from './state';
import type { Scenario } from './types';

export function hearStory(scenario: Scenario, state: GameState, vars: Record<string, number | string>): StoryHeard | null {
  const p = scenario.model.perception;
  if (!p || scenario.stories.length === 0) return null;
  const clarity = Math.max(0, Math.min(100, vars[p.clarity] as number)) / 100;
  const reading = (vars[p.truth] as number) + p.noise * (1 - clarity) * nextNormal(state.rng);
  const fits = scenario.stories.filter((s) => reading >= s.reading[0] && reading <= s.reading[1]);
  const pool = fits.length ? fits : [nearest(scenario, reading)];
  const story = pick(state.rng, pool);
  return { id: story.id, clear: nextFloat(state.rng) < clarity, reading: Math.round(reading) };
}

function nearest(scenario: Scenario, reading: number) {
  const dist = (r: [number, number]) => (reading < r[0] ? r[0] - reading : reading - r[1]);
  return scenario.stories.reduce((a, b) => (dist(b.reading) < dist(a.reading) ? b : a));
}
