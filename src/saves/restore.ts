// Loading a save means replaying it: the seed and the decisions rebuild the game, and the saved state hashes show
// the first step at which the replay no longer matches what the player saw.
import { replay, type Game } from '../engine/session';
import type { Scenario } from '../engine/types';
import { t } from '../i18n/messages';
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
    return { problem: { code: 'other_scenario', severity: 'error', message: t('codes.restore.noScenario', { name, scenario: save.scenario.title || save.scenario.id }) } };
  }
  let result: ReturnType<typeof replay>;
  try {
    result = replay(scenario, { seed: save.seed, decisions: save.decisions });
  } catch (e) {
    // the engine should refuse, not throw; if it ever does, the player still gets words, not a crash
    return { problem: { code: 'replay_stopped', severity: 'error', step: 0, message: t('codes.restore.threw', { name, error: e instanceof Error ? e.message : String(e) }) } };
  }
  const { game, hashes, error } = result;
  const drift = firstDifference(hashes, save.hashes);
  const total = save.decisions.length;
  const changed = scenario.hash !== save.scenario.hash;

  if (error) {
    // whole sentences, each said only when it is so
    const earlier = drift !== undefined && drift < error.index ? drift : undefined;
    const message = [
      t('codes.restore.stopped', { name, n: error.index + 1, total, reason: sentence(error.reason) }),
      ...(changed ? [t('codes.restore.stoppedChanged')] : []),
      ...(earlier !== undefined ? [t('codes.restore.stoppedDiffered', { n: earlier + 1, total })] : []),
      t('codes.restore.continuesThere'),
    ].join(' ');
    return { game, problem: { code: 'replay_stopped', severity: 'error', step: earlier ?? error.index, message } };
  }
  if (drift === undefined) return { game };
  // the same decisions led somewhere else: either the scenario was edited since, or the log does not match its hashes
  if (changed) {
    return { game, problem: { code: 'changed_scenario', severity: 'warning', step: drift, message: t('codes.restore.changed', { title: scenario.title, name, n: drift + 1, total }) } };
  }
  return { game, problem: { code: 'drift', severity: 'warning', step: drift, message: t('codes.restore.drift', { name, n: drift + 1, total }) } };
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
