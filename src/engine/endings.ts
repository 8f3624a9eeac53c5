// Endings: early ones end the game at the close of any quarter; at the last quarter the highest priority that holds wins.
import { envFor } from './env';
import type { GameState } from './state';
import type { Scenario } from './types';

export function chooseEnding(scenario: Scenario, state: GameState): string | null {
  const last = state.quarter >= scenario.calendar.quarters;
  const env = envFor(scenario, state);
  const candidates = scenario.endings.filter((e) => (last || e.early) && e.when(env) === true);
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (b.priority > a.priority ? b : a)).id;
}

/** Reflection prompts the player's own game calls for: those linked from what they chose, and those whose `when` holds. */
export function reflectionsFor(scenario: Scenario, state: GameState): string[] {
  const env = envFor(scenario, state);
  const linked = new Set<string>();
  for (const entry of state.log) {
    if (entry.kind === 'decision') { const r = scenario.decisions.find((d) => d.id === entry.id)?.reflection; if (r) linked.add(r); }
    if (entry.kind === 'choice') {
      const r = scenario.events.find((e) => e.id === entry.detail)?.choices.find((c) => c.id === entry.id)?.reflection;
      if (r) linked.add(r);
    }
  }
  return scenario.reflections.filter((r) => linked.has(r.id) || (r.when && r.when(env) === true)).map((r) => r.id);
}
