import { describe, expect, it } from 'vitest';
import { phaseOf, stateHash, stateOf } from '../../src/engine/session';
import { branchAt, branchWithNotes, compareRuns, plansOf } from '../../src/debrief/what-if';
import { botGame } from './helpers';

describe('what-if', () => {
  it('reproduces the original game exactly when the branch keeps the same agenda', () => {
    const g = botGame('balanced', 'wi-1');
    const plans = plansOf(g.decisions);
    for (const q of [1, 5, 12, stateOf(g).history.length - 1]) {
      const b = branchAt(g, q, plans.get(q)!.agenda);
      expect(stateHash(b), `quarter ${q}`).toBe(stateHash(g));
      expect(phaseOf(b)).toBe(phaseOf(g));
    }
  });

  it('gives a different game with a different agenda, diverging from that quarter', () => {
    const g = botGame('compliance', 'wi-2');
    const b = branchAt(g, 4, ['practice_visits', 'shared_learning_event']);
    expect(stateHash(b)).not.toBe(stateHash(g));
    const cmp = compareRuns(g, b);
    expect(cmp.divergesAt).toBe(4);
    expect(cmp.a.points.slice(0, 4)).toEqual(cmp.b.points.slice(0, 4));
    expect(cmp.delta.slice(0, 4).every((d) => d.dashboard === 0 && d.truth === 0)).toBe(true);
    expect(stateOf(b).log.filter((e) => e.quarter === 4 && e.kind === 'decision').map((e) => e.id)).toEqual(['practice_visits', 'shared_learning_event']);
  });

  it('is deterministic: the same branch twice gives the same game', () => {
    const g = botGame('learning', 'wi-3');
    expect(stateHash(branchAt(g, 6, ['new_procedure']))).toBe(stateHash(branchAt(g, 6, ['new_procedure'])));
  });

  it('skips a decision the rules refuse and says why', () => {
    const g = botGame('none', 'wi-4');
    const b = branchWithNotes(g, 1, ['blame_review', 'practice_visits']);
    expect(b.notes).toContainEqual(expect.objectContaining({ quarter: 1, kind: 'refused', id: 'blame_review' }));
    expect(stateOf(b.game).log.filter((e) => e.quarter === 1 && e.kind === 'decision').map((e) => e.id)).toEqual(['practice_visits']);
  });

  it('keeps the player\'s later choices and plays the game to the same end', () => {
    const g = botGame('compliance', 'wi-5');
    const b = branchAt(g, 2, []);
    const later = (x: typeof g) => stateOf(x).log.filter((e) => e.kind === 'decision' && e.quarter > 2).map((e) => `${e.quarter}:${e.id}`);
    const kept = later(b).filter((x) => later(g).includes(x));
    expect(kept.length).toBeGreaterThan(later(g).length / 2);
    expect(['ending', 'debrief']).toContain(phaseOf(b));
  });

  it('can change an answer instead of the agenda', () => {
    const g = botGame('none', 'wi-6');
    const b = branchAt(g, 3, { answers: { frontline_letter: 'meet_them' } });
    expect(stateOf(b).log).toContainEqual({ quarter: 3, kind: 'choice', id: 'meet_them', detail: 'frontline_letter' });
    expect(compareRuns(g, b).divergesAt).toBe(3);
  });

  it('refuses to branch at a quarter the game never reached', () => {
    const g = botGame('none', 'wi-7', 'first-meeting');
    expect(() => branchAt(g, 9, [])).toThrow(RangeError);
  });
});
