// Loading a save means replaying it: the seed and the decisions rebuild the game, and the saved state hashes show
// the first step at which the replay no longer matches what the player saw.
import { replay, type Game } from '../engine/session';
import type { Scenario } from '../engine/types';
import type { Save, SaveProblem } from './format';

export interface Restored {
  /** The rebuilt game: all of it, or as far as the replay got. Absent only when there is nothing to replay on. */
  game?: Game;
  problem?: SaveProblem;
}

export function restoreGame(save: Save, scenarios: (id: string) => Scenario | undefined): Restored {
  const scenario = scenarios(save.scenario.id);
  const name = save.label || save.id;
  if (!scenario) {
    return { problem: { code: 'other_scenario', severity: 'error', message: `Save '${name}' is a game of '${save.scenario.title || save.scenario.id}', a scenario this version of the game does not have.` } };
  }
  let result: ReturnType<typeof replay>;
  try {
    result = replay(scenario, { seed: save.seed, decisions: save.decisions });
  } catch (e) {
    // the engine should refuse, not throw; if it ever does, the player still gets words, not a crash
    return { problem: { code: 'replay_stopped', severity: 'error', step: 0, message: `Save '${name}' could not be replayed: ${e instanceof Error ? e.message : String(e)}.` } };
  }
  const { game, hashes, error } = result;
  const drift = firstDifference(hashes, save.hashes);
  const total = save.decisions.length;
  const changed = scenario.hash !== save.scenario.hash;
  const at = (i: number) => `decision ${i + 1} of ${total}`;

  if (error) {
    const before = drift !== undefined && drift < error.index ? ` It already differed from the saved game from ${at(drift)}.` : '';
    const why = changed ? ' The scenario has changed since the save was made.' : '';
    return {
      game,
      problem: {
        code: 'replay_stopped', severity: 'error', step: drift !== undefined && drift < error.index ? drift : error.index,
        message: `Save '${name}' could only be replayed up to ${at(error.index)}, which is no longer allowed: ${sentence(error.reason)}${why}${before} The game continues from there.`,
      },
    };
  }
  if (drift === undefined) return { game };
  // the same decisions led somewhere else: either the scenario was edited since, or the log does not match its hashes
  if (changed) {
    return { game, problem: { code: 'changed_scenario', severity: 'warning', step: drift, message: `The scenario '${scenario.title}' has changed since save '${name}' was made. The game continues, but it differs from the saved one from ${at(drift)} onward.` } };
  }
  return { game, problem: { code: 'drift', severity: 'warning', step: drift, message: `Save '${name}' does not replay the way it was played: it differs from ${at(drift)} onward. The game continues from the replay.` } };
}

/** The first index where replayed and saved hashes disagree, looking only where both exist. */
function firstDifference(replayed: readonly string[], saved: readonly string[]): number | undefined {
  const n = Math.min(replayed.length, saved.length);
  for (let i = 0; i < n; i++) if (replayed[i] !== saved[i]) return i;
  return undefined;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}
