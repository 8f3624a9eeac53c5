// Shared fixtures for the workshop tests: Northmoor loaded once, a session on it, and a bot game per policy.
import { BUILT_IN, playBot } from '../../src/engine/bot';
import type { Game } from '../../src/engine/session';
import type { Scenario } from '../../src/engine/types';
import { createSession, type WorkshopSession } from '../../src/workshop/session';
import { readScenarioFile } from '../../tools/scenario/files';

const scenarios = new Map<string, Scenario>();
export function scenario(id: 'northmoor' | 'first-meeting' = 'northmoor'): Scenario {
  let s = scenarios.get(id);
  if (!s) {
    const r = readScenarioFile(`scenarios/${id}.scenario.yaml`);
    if (!r.value) throw new Error(`${id} does not load: ${r.diagnostics.map((d) => d.message).join('; ')}`);
    s = r.value;
    scenarios.set(id, s);
  }
  return s;
}

export function session(seed = 'workshop-1', id: 'northmoor' | 'first-meeting' = 'northmoor'): WorkshopSession {
  const r = createSession(scenario(id), {
    seed, teams: ['Red team', 'Blue team', 'Green, "the quiet ones"'],
    pauses: [{ quarter: 4, prompt: 'What are the numbers not telling you?' }, { quarter: 8, prompt: 'Who have you listened to?' }], timerMinutes: 6,
  });
  if (!r.session) throw new Error(r.problem?.message);
  return r.session;
}

const games = new Map<string, Game>();
export function botGame(policy: keyof typeof BUILT_IN, seed: string, id: 'northmoor' | 'first-meeting' = 'northmoor'): Game {
  const key = `${id}|${policy}|${seed}`;
  let g = games.get(key);
  if (!g) { g = playBot(scenario(id), BUILT_IN[policy], seed); games.set(key, g); }
  return g;
}
