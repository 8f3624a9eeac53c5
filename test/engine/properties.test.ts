import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { stateOf } from '../../src/engine/session';
import { scenario } from './helpers';

describe('invariants under random play', () => {
  for (const id of ['northmoor', 'first-meeting'] as const) {
    it(`every variable of ${id} stays within its range in every quarter, whatever a random board does`, () => {
      const s = scenario(id);
      fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 12 }), (seed) => {
        const g = playBot(s, BUILT_IN.random, seed);
        const st = stateOf(g);
        expect(st.ending).not.toBeNull();
        for (const snapshot of st.history) {
          for (const v of s.model.variables) {
            const x = snapshot[v.id];
            if (v.kind === 'number') {
              expect(Number.isFinite(x)).toBe(true);
              expect(x as number).toBeGreaterThanOrEqual(v.min);
              expect(x as number).toBeLessThanOrEqual(v.max);
            } else expect(v.levels).toContain(x);
          }
        }
      }), { numRuns: 150, seed: 42 });
    });
  }

  it('every game ends in one of the scenario\'s endings within its quarters, and the history has one entry per quarter played', () => {
    const s = scenario('northmoor');
    for (let i = 0; i < 50; i++) {
      const st = stateOf(playBot(s, BUILT_IN.random, `end-${i}`));
      expect(s.endings.map((e) => e.id)).toContain(st.ending);
      expect(st.history.length).toBe(st.quarter + 1);
      expect(st.quarter).toBeLessThanOrEqual(s.calendar.quarters);
    }
  });

  it('no quarter spends more budget or agenda slots than it has', () => {
    const s = scenario('northmoor');
    for (let i = 0; i < 30; i++) {
      const st = stateOf(playBot(s, BUILT_IN.random, `spend-${i}`));
      for (let q = 1; q <= st.quarter; q++) {
        const chosen = st.log.filter((e) => e.quarter === q && e.kind === 'decision').map((e) => s.decisions.find((d) => d.id === e.id)!);
        expect(chosen.reduce((n, d) => n + d.cost.slots, 0)).toBeLessThanOrEqual(s.calendar.slots);
        expect(chosen.reduce((n, d) => n + (d.cost.resources.budget ?? 0), 0)).toBeLessThanOrEqual((st.history[q - 1].budget as number) + 1e-9);
      }
    }
  });
});
