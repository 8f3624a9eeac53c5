// Reflection prompts for the player's own game: the ones their choices and outcomes call for come first, then the
// scenario's general prompts (those with no condition) so there are always at least three to talk about.
import { reflectionsFor } from '../engine/endings';
import { stateOf, type Game } from '../engine/session';

export interface ReflectionPrompt { id: string; prompt: string }

export const MIN_PROMPTS = 3;
export const MAX_PROMPTS = 6;

export function reflections(game: Game): ReflectionPrompt[] {
  const all = game.scenario.reflections;
  const chosen = reflectionsFor(game.scenario, stateOf(game)).slice(0, MAX_PROMPTS);
  // general prompts fill first; any others, in file order, only if the scenario has too few general ones
  const fill = [...all.filter((r) => !r.when), ...all.filter((r) => r.when)].map((r) => r.id);
  for (const id of fill) {
    if (chosen.length >= MIN_PROMPTS) break;
    if (!chosen.includes(id)) chosen.push(id);
  }
  return chosen.map((id) => ({ id, prompt: (all.find((r) => r.id === id)?.prompt ?? '').trim() }));
}
