import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { stateHash, stateOf } from '../../src/engine/session';
import type { Save } from '../../src/saves/format';
import { restoreGame } from '../../src/saves/restore';
import { autosave } from '../../src/saves/store';
import { findScenario, midGame, NOW, scenario } from './fixtures';

function clone(save: Save): Save {
  return JSON.parse(JSON.stringify(save));
}

describe('restoring a game from a save', () => {
  it('a save part-way through restores to the same state hash', () => {
    const live = midGame(6);
    const { game, problem } = restoreGame(clone(autosave(live, NOW)), findScenario);
    expect(problem).toBeUndefined();
    expect(stateHash(game!)).toBe(stateHash(live));
    expect(stateOf(game!).quarter).toBe(6);
  });

  it('a finished game restores to the same ending', () => {
    const live = playBot(scenario('first-meeting'), BUILT_IN.random, 'finished');
    const save = autosave(live, NOW);
    expect(save.ending).toBe(stateOf(live).ending);
    const { game, problem } = restoreGame(clone(save), findScenario);
    expect(problem).toBeUndefined();
    expect(stateHash(game!)).toBe(stateHash(live));
  });

  it('a save of a scenario this version lacks gives a message and no game', () => {
    const save = { ...clone(autosave(midGame(), NOW)), scenario: { id: 'atlantis', title: 'Atlantis, 2030', hash: 'x' } };
    const { game, problem } = restoreGame(save, findScenario);
    expect(game).toBeUndefined();
    expect(problem?.code).toBe('other_scenario');
    expect(problem?.message).toContain('Atlantis, 2030');
  });

  it('a tampered decision is reported as drift at exactly that step', () => {
    const save = clone(autosave(playBot(scenario('northmoor'), BUILT_IN.balanced, 'tamper'), NOW));
    const s = scenario('northmoor');
    // swap the last answer to an event for another of its choices: still allowed, but a different game from there
    // (an earlier swap could change the game so much that a later intent no longer applies, which is another problem)
    const many = (d: Save['decisions'][number]) => d.type === 'ANSWER' && s.events.find((e) => e.id === d.event)!.choices.length > 1;
    const at = save.decisions.length - 1 - [...save.decisions].reverse().findIndex(many);
    expect(at).toBeGreaterThan(0);
    const answer = save.decisions[at] as { type: 'ANSWER'; event: string; choice: string };
    const other = s.events.find((e) => e.id === answer.event)!.choices.find((c) => c.id !== answer.choice)!.id;
    save.decisions[at] = { ...answer, choice: other };
    const { game, problem } = restoreGame(save, findScenario);
    expect(game).toBeDefined();
    expect(problem?.step).toBe(at);
    expect(problem).toMatchObject({ code: 'drift', severity: 'warning' });
    expect(problem?.message).toContain(`decision ${at + 1} of ${save.decisions.length}`);
  });

  it('a changed scenario still replays, with a warning from the first step that differs', () => {
    const save = clone(autosave(midGame(), NOW));
    save.scenario.hash = 'an-older-version';
    save.hashes[4] = 'not-what-the-engine-computes';
    const { game, problem } = restoreGame(save, findScenario);
    expect(game).toBeDefined();
    expect(problem).toMatchObject({ code: 'changed_scenario', severity: 'warning', step: 4 });
    expect(problem?.message).toContain('has changed since');
  });

  it('a changed scenario that still replays the same way restores quietly', () => {
    const save = clone(autosave(midGame(), NOW));
    save.scenario.hash = 'an-older-version';
    expect(restoreGame(save, findScenario).problem).toBeUndefined();
  });

  it('a decision that is no longer allowed stops the replay there, and the game is kept up to that point', () => {
    const save = clone(autosave(midGame(), NOW));
    const at = save.decisions.findIndex((d) => d.type === 'CHOOSE');
    save.decisions[at] = { type: 'CHOOSE', id: 'no_such_decision' };
    const { game, problem } = restoreGame(save, findScenario);
    expect(problem).toMatchObject({ code: 'replay_stopped', severity: 'error', step: at });
    expect(problem?.message).toContain(`decision ${at + 1} of`);
    expect(game?.decisions).toHaveLength(at);
  });
});
