import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { newGame, replay, stateHash, stateOf, step } from '../../src/engine/session';
import { nextFloat, seedRng } from '../../src/engine/rng';
import { scenario } from './helpers';

describe('determinism', () => {
  it('the same seed and the same decisions give the same state hash at every step', () => {
    const a = playBot(scenario('northmoor'), BUILT_IN.balanced, 'same-seed');
    const b = playBot(scenario('northmoor'), BUILT_IN.balanced, 'same-seed');
    expect(a.decisions).toEqual(b.decisions);
    expect(replay(scenario('northmoor'), { seed: 'same-seed', decisions: a.decisions }).hashes)
      .toEqual(replay(scenario('northmoor'), { seed: 'same-seed', decisions: b.decisions }).hashes);
    expect(stateHash(a)).toBe(stateHash(b));
  });

  it('different seeds give different games', () => {
    const hashes = new Set(['s1', 's2', 's3', 's4'].map((seed) => stateHash(playBot(scenario('northmoor'), BUILT_IN.none, seed))));
    expect(hashes.size).toBe(4);
  });

  it('replaying a saved game from its seed and decisions rebuilds exactly the live game', () => {
    for (const policy of ['random', 'learning', 'compliance']) {
      const live = playBot(scenario('northmoor'), BUILT_IN[policy], `replay-${policy}`);
      const rebuilt = replay(scenario('northmoor'), { seed: live.seed, decisions: JSON.parse(JSON.stringify(live.decisions)) });
      expect(rebuilt.error).toBeUndefined();
      expect(stateHash(rebuilt.game)).toBe(stateHash(live));
      expect(stateOf(rebuilt.game)).toEqual(stateOf(live));
    }
  });

  it('the game state survives a round trip through JSON unchanged', () => {
    const g = playBot(scenario('first-meeting'), BUILT_IN.random, 'json');
    const s = stateOf(g);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('the seeded generator gives the same sequence from the same seed, and its state is plain JSON', () => {
    const a = seedRng('northmoor');
    const b = JSON.parse(JSON.stringify(seedRng('northmoor')));
    const xs = Array.from({ length: 5 }, () => nextFloat(a));
    expect(Array.from({ length: 5 }, () => nextFloat(b))).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('the seeded generator matches its reference vector, so every engine draws the same luck', () => {
    const s = seedRng(1);
    // recorded once from this implementation; a change here changes every saved game
    expect(Array.from({ length: 4 }, () => Math.floor(nextFloat(s) * 1e6))).toMatchInlineSnapshot(`
      [
        59830,
        802673,
        499578,
        819835,
      ]
    `);
  });

  it('an illegal intent is refused with a reason and changes nothing', () => {
    const { game } = newGame(scenario('northmoor'), 'refuse');
    const r = step(game, { type: 'COMMIT' });
    expect(r.accepted).toBe(false);
    expect(r.reason).toMatch(/briefing/);
    expect(r.game).toBe(game);
    const begun = step(game, { type: 'BEGIN' }).game;
    const bad = step(begun, { type: 'CHOOSE', id: 'no_such_decision' });
    expect(bad.accepted).toBe(false);
    expect(bad.effects).toEqual([{ type: 'rejected', reason: bad.reason, refusal: { code: 'unknownDecision', id: 'no_such_decision' } }]);
  });

  it('a replay that no longer fits its scenario stops at the first wrong step and says why', () => {
    const live = playBot(scenario('first-meeting'), BUILT_IN.learning, 'drift');
    const decisions = [...live.decisions];
    decisions.splice(1, 0, { type: 'CHOOSE', id: 'not_in_this_scenario' });
    const r = replay(scenario('first-meeting'), { seed: 'drift', decisions });
    expect(r.error?.index).toBe(1);
    expect(r.error?.reason).toMatch(/no decision/);
  });
});
