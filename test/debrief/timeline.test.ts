import { describe, expect, it } from 'vitest';
import { stateOf } from '../../src/engine/session';
import { TAGS } from '../../src/engine/types';
import { timeline } from '../../src/debrief/timeline';
import { botGame } from './helpers';

describe('timeline', () => {
  it('has one row per quarter played, each with its period and phase', () => {
    const g = botGame('balanced', 'tl-1');
    const t = timeline(g);
    expect(t.quarters.map((q) => q.quarter)).toEqual(Array.from({ length: stateOf(g).history.length - 1 }, (_, i) => i + 1));
    expect(t.quarters[0].period).toBe('2009 Q2');
    expect(t.quarters[0].phase).toBe('After Haringey');
  });

  it('lists every decision in the quarter it was taken, with its title and its tags revealed', () => {
    const g = botGame('compliance', 'tl-2');
    const t = timeline(g);
    const logged = stateOf(g).log.filter((e) => e.kind === 'decision');
    expect(t.quarters.flatMap((q) => q.decisions.map((d) => `${q.quarter}:${d.id}`))).toEqual(logged.map((e) => `${e.quarter}:${e.id}`));
    for (const d of t.quarters.flatMap((q) => q.decisions)) {
      expect(d.title).toBe(g.scenario.decisions.find((x) => x.id === d.id)!.title);
      expect(d.tags).toContain('compliance');
    }
  });

  it('shows each answer with the label of the choice and the headline of the event it answered', () => {
    const g = botGame('learning', 'tl-3');
    const answers = timeline(g).quarters.flatMap((q) => q.answers);
    expect(answers.length).toBeGreaterThan(0);
    for (const a of answers) {
      const e = g.scenario.events.find((x) => x.id === a.event)!;
      expect(a.headline).toBe(e.headline);
      expect(a.label).toBe(e.choices.find((c) => c.id === a.id)!.label);
    }
  });

  it('places events, incidents and inspection grades in the quarter they happened', () => {
    const g = botGame('none', 'tl-4');
    const t = timeline(g);
    const log = stateOf(g).log;
    expect(t.quarters.flatMap((q) => q.events.map((e) => `${q.quarter}:${e.id}`))).toEqual(log.filter((e) => e.kind === 'event').map((e) => `${e.quarter}:${e.id}`));
    expect(t.quarters.flatMap((q) => q.incidents.map((e) => `${q.quarter}:${e.id}`))).toEqual(log.filter((e) => e.kind === 'incident').map((e) => `${e.quarter}:${e.id}`));
    const eighth = t.quarters[7];
    expect(eighth.events.map((e) => e.id)).toContain('inspection');
    expect(eighth.inspections).toEqual([{ event: 'inspection', grade: stateOf(g).history[8].inspection_grade }]);
  });

  it('tallies decisions and answers by tag, a two-tag choice counting for both', () => {
    const g = botGame('random', 'tl-5');
    const t = timeline(g);
    const expected = Object.fromEntries(TAGS.map((tag) => [tag, 0]));
    for (const q of t.quarters) for (const x of [...q.decisions, ...q.answers]) for (const tag of x.tags) expected[tag] += 1;
    expect(t.tagTally).toEqual(expected);
    expect(Object.values(t.tagTally).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
