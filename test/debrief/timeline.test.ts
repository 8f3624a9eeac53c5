import { describe, expect, it } from 'vitest';
import { stateOf } from '../../src/engine/session';
import { TAGS } from '../../src/engine/types';
import { timeline } from '../../src/debrief/timeline';
import { eventText } from '../../src/engine/texts';
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

  it('shows each answer with the words it was offered in and the headline of the event as it arrived', () => {
    const g = botGame('learning', 'tl-3');
    const rows = timeline(g).quarters;
    const answers = rows.flatMap((q) => q.answers.map((a) => ({ ...a, quarter: q.quarter })));
    expect(answers.length).toBeGreaterThan(0);
    const log = stateOf(g).log;
    for (const a of answers) {
      const e = g.scenario.events.find((x) => x.id === a.event)!;
      const arrived = log.find((x) => x.quarter === a.quarter && x.id === e.id && (x.kind === 'event' || x.kind === 'incident'))!;
      expect(a.headline).toBe(eventText(e, arrived.variant).headline);
      const given = log.find((x) => x.quarter === a.quarter && x.kind === 'choice' && x.detail === e.id)!;
      const c = e.choices.find((x) => x.id === a.id)!;
      expect(a.label).toBe(given.variant === undefined ? c.label : c.variants[given.variant].text.label);
    }
    // the incident is never announced in the same words twice
    const incidents = rows.flatMap((q) => q.incidents.map((i) => i.headline));
    expect(new Set(incidents).size).toBe(incidents.length);
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
