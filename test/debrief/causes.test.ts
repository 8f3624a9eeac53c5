import { describe, expect, it } from 'vitest';
import { stateOf } from '../../src/engine/session';
import { causes, explain, truthMoves, type Cause } from '../../src/debrief/causes';
import { ledger } from '../../src/debrief/ledger';
import { loopOf } from '../../src/debrief/loops';
import { botGame } from './helpers';

const flatten = (cs: Cause[]): Cause[] => cs.flatMap((c) => [c, ...(c.drivers ?? [])]);

describe('causes', () => {
  it('re-resolves every quarter onto exactly the numbers the engine reached', () => {
    for (const policy of ['compliance', 'learning', 'random', 'balanced'] as const) expect(ledger(botGame(policy, 'cz-1')).exact).toBe(true);
  });

  it('accounts for every change: the pushes on each variable add up to how far it moved', () => {
    const g = botGame('random', 'cz-2');
    const history = stateOf(g).history;
    const n = history.length - 1;
    const { entries } = ledger(g);
    for (const v of g.scenario.model.variables.filter((x) => x.kind === 'number')) {
      const total = entries.filter((e) => e.variable === v.id).reduce((a, e) => a + e.amount, 0);
      expect(total, v.id).toBeCloseTo((history[n][v.id] as number) - (history[0][v.id] as number), 4);
    }
  });

  it('explains the truth first, then the numbers that moved most for their range', () => {
    const g = botGame('compliance', 'cz-3');
    const list = causes(g);
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(list.length).toBeLessThanOrEqual(5);
    expect(list[0].variable).toBe('practice_quality');
    expect(new Set(list.map((x) => x.variable)).size).toBe(list.length);
    for (const x of list) {
      expect(x.change).toBeCloseTo(x.to - x.from, 3);
      const sizes = x.causes.map((c) => Math.abs(c.contribution));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    }
  });

  it('traces a compliance game\'s fall in practice quality to R1 links or compliance decisions', () => {
    const g = botGame('compliance', 'cz-3');
    const pq = causes(g)[0];
    expect(pq.change).toBeLessThan(0);
    const all = flatten(pq.causes);
    const r1 = all.some((c) => c.loop?.id === 'R1');
    const compliance = all.some((c) => c.kind === 'decision' && g.scenario.decisions.find((d) => d.id === c.id)?.tags.includes('compliance'));
    expect(r1 || compliance).toBe(true);
    const admin = pq.causes.find((c) => c.id === 'admin_share->practice_quality');
    expect(admin?.loop).toMatchObject({ id: 'R1', name: 'defensive practice', plain: expect.stringMatching(/^the procedures trap/) });
    expect(admin?.contribution).toBeLessThan(0);
    expect(admin?.drivers?.map((d) => d.id)).toContain('new_procedure');
  });

  it('names a decision\'s later effect with the quarter it landed and its delay', () => {
    const g = botGame('learning', 'cz-4');
    const taken = stateOf(g).log.filter((e) => e.kind === 'decision' && e.id === 'reflective_supervision').map((e) => e.quarter);
    expect(taken.length).toBeGreaterThan(0);
    const later = explain(g, 'expertise', undefined, 50).causes.find((c) => c.kind === 'decision' && c.id === 'reflective_supervision' && c.delayQuarters === 2);
    expect(later).toBeDefined();
    expect(later!.quarters).toEqual(taken.map((q) => q + 2).filter((q) => q <= stateOf(g).history.length - 1));
    expect(later!.quarter).toBe(taken[0] + 2);
  });

  it('explains a single quarter with only what landed in it', () => {
    const g = botGame('compliance', 'cz-5');
    const moves = truthMoves(g, 3);
    expect(moves).toHaveLength(3);
    for (const m of moves) {
      expect(m.variable).toBe('practice_quality');
      expect(m.span.to - m.span.from).toBe(1);
      for (const c of m.causes) if (c.quarters) expect(c.quarters).toEqual([m.span.to]);
    }
    const sizes = moves.map((m) => Math.abs(m.change));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('names loops only for the links of the model the table knows', () => {
    expect(loopOf('lscb-2010', 'media_heat', 'blame')?.id).toBe('R2');
    expect(loopOf('lscb-2010', 'learning', 'practice_quality')?.id).toBe('R5');
    expect(loopOf('another-model', 'media_heat', 'blame')).toBeUndefined();
    expect(loopOf('lscb-2010', 'budget', 'practice_quality')).toBeUndefined();
  });

  it('gives the same causes for the same seed and decisions', () => {
    const a = botGame('balanced', 'cz-6');
    const b = botGame('balanced', 'cz-6');
    expect(JSON.stringify(causes(a))).toBe(JSON.stringify(causes(b)));
  });
});
