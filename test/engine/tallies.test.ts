// The state's tallies (`last`, `counts`) hold every decision and event id from the start, unset, so the resolution
// copies a fast object each quarter. What a player, a formula, a save and the state hash see must be as if only what
// happened were there.
import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { envFor, snapshot } from '../../src/engine/env';
import { canonicalJson } from '../../src/engine/hash';
import { newGame, stateOf } from '../../src/engine/session';
import { scenario } from './helpers';

describe('tallies of what happened', () => {
  const northmoor = scenario('northmoor');

  it('a new game has done nothing: count 0, never happened, and no id in the state as JSON or in its hash', () => {
    const s = stateOf(newGame(northmoor, 'tally').game);
    const env = envFor(northmoor, s);
    for (const d of northmoor.decisions) {
      expect(env.count(d.id)).toBe(0);
      expect(env.chose(d.id)).toBe(false);
      expect(env.quartersSince(d.id)).toBe(999);
    }
    expect(JSON.parse(JSON.stringify(s.counts))).toEqual({});
    expect(canonicalJson(s.last)).toBe('{}');
    // the numbers of the history never carry an unset key either
    expect(Object.values(snapshot(northmoor, s)).every((v) => v !== undefined)).toBe(true);
  });

  it('after a game the tallies as JSON are exactly what the log says happened', () => {
    const s = stateOf(playBot(northmoor, BUILT_IN.balanced, 'tally'));
    const counted: Record<string, number> = {};
    const last: Record<string, number> = {};
    for (const e of s.log) if (e.kind !== 'choice' && e.kind !== 'inspection') { counted[e.id] = (counted[e.id] ?? 0) + 1; last[e.id] = e.quarter; }
    expect(JSON.parse(JSON.stringify(s.counts))).toEqual(counted);
    expect(JSON.parse(JSON.stringify(s.last))).toEqual(last);
    const env = envFor(northmoor, s);
    const never = northmoor.events.find((e) => !(e.id in counted));
    if (never) expect([env.count(never.id), env.quartersSince(never.id)]).toEqual([0, 999]);
    const some = Object.keys(counted)[0];
    expect(env.count(some)).toBe(counted[some]);
    expect(env.quartersSince(some)).toBe(s.quarter - last[some]);
  });
});
