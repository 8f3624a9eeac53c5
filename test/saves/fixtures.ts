// Shared test fixtures for saves: an in-memory Storage, the bundled scenarios, and games played by bots.
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { newGame, phaseOf, stateOf, step, type Game } from '../../src/engine/session';
import type { Scenario } from '../../src/engine/types';
import type { KeyValueStorage } from '../../src/saves/store';
import { scenario } from '../engine/helpers';

/** Web Storage in memory, with an optional size limit (in characters) that fails writes the way browsers do. */
export class MemoryStorage implements KeyValueStorage {
  private readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length(): number { return this.items.size; }
  key(i: number): string | null { return [...this.items.keys()][i] ?? null; }
  getItem(k: string): string | null { return this.items.get(k) ?? null; }
  removeItem(k: string): void { this.items.delete(k); }
  setItem(k: string, v: string): void {
    const used = [...this.items].reduce((n, [key, value]) => n + (key === k ? 0 : key.length + value.length), 0);
    if (used + k.length + v.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(k, String(v));
  }
}

export { scenario };
export const findScenario = (id: string): Scenario | undefined => (['northmoor', 'first-meeting'].includes(id) ? scenario(id) : undefined);

/** A northmoor game stopped part-way, at the start of a given quarter's agenda. */
export function midGame(quarter = 6, seed = 'saves'): Game {
  const whole = playBot(scenario('northmoor'), BUILT_IN.balanced, seed);
  let { game } = newGame(scenario('northmoor'), seed);
  for (const intent of whole.decisions) {
    if (stateOf(game).quarter === quarter && phaseOf(game) === 'agenda') return game;
    game = step(game, intent).game;
  }
  throw new Error(`the game never reached quarter ${quarter}`);
}

export const NOW = '2025-03-14T10:00:00.000Z';
