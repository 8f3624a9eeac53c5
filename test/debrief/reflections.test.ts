import { describe, expect, it } from 'vitest';
import { reflectionsFor } from '../../src/engine/endings';
import { stateOf } from '../../src/engine/session';
import { reflections } from '../../src/debrief/reflections';
import { botGame } from './helpers';

describe('reflections', () => {
  it('chooses three to six prompts, those the game called for first', () => {
    for (const policy of ['compliance', 'learning', 'none', 'random'] as const) {
      const g = botGame(policy, 'rf-1');
      const chosen = reflections(g).map((r) => r.id);
      const called = reflectionsFor(g.scenario, stateOf(g));
      expect(chosen.length).toBeGreaterThanOrEqual(3);
      expect(chosen.length).toBeLessThanOrEqual(6);
      expect(chosen.slice(0, Math.min(called.length, 6))).toEqual(called.slice(0, 6));
      expect(new Set(chosen).size).toBe(chosen.length);
    }
  });

  it('fills up with the scenario\'s general prompts when the game called for fewer than three', () => {
    const g = botGame('none', 'rf-2', 'first-meeting');
    const called = reflectionsFor(g.scenario, stateOf(g));
    const chosen = reflections(g);
    const general = g.scenario.reflections.filter((r) => !r.when).map((r) => r.id);
    expect(called.length).toBeLessThan(3);
    expect(chosen.map((r) => r.id)).toEqual([...called, ...general.filter((id) => !called.includes(id))].slice(0, Math.max(3, called.length)));
    for (const r of chosen) expect(r.prompt).toBe(g.scenario.reflections.find((x) => x.id === r.id)!.prompt.trim());
  });

  it('never asks about what did not happen: a conditional prompt appears only when its condition held or a choice called for it', () => {
    for (const policy of ['compliance', 'learning', 'none', 'random'] as const) for (const seed of ['rf-3', 'rf-4', 'rf-5']) {
      const g = botGame(policy, seed);
      const called = new Set(reflectionsFor(g.scenario, stateOf(g)));
      for (const r of reflections(g)) {
        const def = g.scenario.reflections.find((x) => x.id === r.id)!;
        if (def.when) expect(called.has(r.id), `${policy}/${seed}: ${r.id}`).toBe(true);
      }
    }
  });
});
