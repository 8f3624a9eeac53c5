// Reflection prompts for the player's own game: the ones their choices and outcomes call for come first, then the
// scenario's general prompts (those with no condition), up to three to talk about; never one about what did not happen.
import { reflectionsFor } from '../engine/endings';
import { stateOf, type Game } from '../engine/session';

export interface ReflectionPrompt { id: string; prompt: string }

export const MIN_PROMPTS = 3;
export const MAX_PROMPTS = 6;

export function reflections(game: Game): ReflectionPrompt[] {
  const all = game.scenario.reflections;
  const chosen = reflectionsFor(game.scenario, stateOf(game)).slice(0, MAX_PROMPTS);
  // only general prompts fill: a prompt with a condition the game did not meet would speak of things that never
  // happened in it (an incident, an audit, a dip), so a game may have fewer than three rather than a false one
  const fill = all.filter((r) => !r.when).map((r) => r.id);
  for (const id of fill) {
    if (chosen.length >= MIN_PROMPTS) break;
    if (!chosen.includes(id)) chosen.push(id);
  }
  return chosen.map((id) => ({ id, prompt: (all.find((r) => r.id === id)?.prompt ?? '').trim() }));
}
