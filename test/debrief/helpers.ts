// Shared fixtures for the debrief tests: the bundled scenarios, loaded once, and bot games, played once per seed.
import { BUILT_IN, playBot } from '../../src/engine/bot';
import type { Game } from '../../src/engine/session';
import { scenario } from '../engine/helpers';

export { scenario };

const games = new Map<string, Game>();
/** A whole bot game on a bundled scenario (northmoor unless named). */
export function botGame(policy: keyof typeof BUILT_IN, seed: string, id: 'northmoor' | 'first-meeting' = 'northmoor'): Game {
  const key = `${id}|${policy}|${seed}`;
  let g = games.get(key);
  if (!g) { g = playBot(scenario(id), BUILT_IN[policy], seed); games.set(key, g); }
  return g;
}
