// Shared fixtures for the workshop tests: Northmoor loaded once, a session on it, and a bot game per policy.
import type { Scenario } from '../../src/engine/types';
import { createSession, type WorkshopSession } from '../../src/workshop/session';
import { botGame } from '../debrief/helpers';
import { scenario as loadOnce } from '../engine/helpers';

/** A bundled scenario, loaded once (Northmoor unless named). */
export function scenario(id: 'northmoor' | 'first-meeting' = 'northmoor'): Scenario {
  return loadOnce(id);
}

export function session(seed = 'workshop-1', id: 'northmoor' | 'first-meeting' = 'northmoor'): WorkshopSession {
  const r = createSession(scenario(id), {
    seed, teams: ['Red team', 'Blue team', 'Green, "the quiet ones"'],
    pauses: [{ quarter: 4, prompt: 'What are the numbers not telling you?' }, { quarter: 8, prompt: 'Who have you listened to?' }], timerMinutes: 6,
  });
  if (!r.session) throw new Error(r.problem?.message);
  return r.session;
}

export { botGame };
