import { describe, expect, it } from 'vitest';
import { newGame, phaseOf, stateOf, step, type Game, type Intent } from '../../src/engine/session';
import type { ViewEffect } from '../../src/engine/view-effects';
import { scenario } from './helpers';

function go(game: Game, intent: Intent): { game: Game; effects: ViewEffect[] } {
  const r = step(game, intent);
  expect(r.accepted, r.reason).toBe(true);
  return r;
}

describe('a quarter of play', () => {
  it('moves through briefing, agenda, resolution and events, and returns what happened as data', () => {
    const s = scenario('northmoor');
    let { game, effects } = newGame(s, 'quarter');
    expect(phaseOf(game)).toBe('briefing');
    expect(effects).toEqual([{ type: 'phase', phase: 'briefing', quarter: 1 }]);
    ({ game } = go(game, { type: 'BEGIN' }));
    expect(phaseOf(game)).toBe('agenda');
    ({ game, effects } = go(game, { type: 'CHOOSE', id: 'practice_visits' }));
    expect(effects).toEqual([{ type: 'chosen', id: 'practice_visits' }]);
    expect(stateOf(game).agenda).toEqual(['practice_visits']);
    ({ game, effects } = go(game, { type: 'COMMIT' }));
    expect(phaseOf(game)).toBe('resolution');
    const changes = effects.find((e) => e.type === 'changes');
    expect(changes && changes.type === 'changes' && changes.changes.some((c) => c.id === 'insight')).toBe(true);
    expect(effects.some((e) => e.type === 'story')).toBe(true);
    expect(stateOf(game).log.some((e) => e.kind === 'decision' && e.id === 'practice_visits')).toBe(true);
    ({ game } = go(game, { type: 'CONTINUE' }));
    expect(phaseOf(game)).toBe('events');
    for (const item of stateOf(game).inbox) {
      const e = s.events.find((x) => x.id === item.event)!;
      if (e.choices.length) ({ game } = go(game, { type: 'ANSWER', event: e.id, choice: e.defaultChoice! }));
    }
    ({ game, effects } = go(game, { type: 'CONTINUE' }));
    expect(phaseOf(game)).toBe('briefing');
    expect(stateOf(game).quarter).toBe(2);
    expect(stateOf(game).history).toHaveLength(2);
    expect(effects).toContainEqual({ type: 'phase', phase: 'briefing', quarter: 2 });
  });

  it('an unavailable decision says why, in the player\'s words', () => {
    const s = scenario('northmoor');
    const { game } = newGame(s, 'why');
    const agenda = go(game, { type: 'BEGIN' }).game;
    const r = step(agenda, { type: 'CHOOSE', id: 'systems_review' });
    expect(r.accepted).toBe(false);
    expect(r.reason).toBe(s.decisions.find((d) => d.id === 'systems_review')!.unavailable);
  });

  it('the agenda holds only as many decisions as it has slots', () => {
    const s = scenario('northmoor');
    let game = go(newGame(s, 'slots').game, { type: 'BEGIN' }).game;
    const cheap = ['practice_visits', 'brief_lead_member', 'new_procedure', 'audit_numbers'];
    for (const id of cheap.slice(0, s.calendar.slots)) game = go(game, { type: 'CHOOSE', id }).game;
    const r = step(game, { type: 'CHOOSE', id: cheap[s.calendar.slots] });
    expect(r.accepted).toBe(false);
    expect(r.reason).toMatch(/agenda is full/);
    game = go(game, { type: 'UNCHOOSE', id: cheap[0] }).game;
    expect(step(game, { type: 'CHOOSE', id: cheap[s.calendar.slots] }).accepted).toBe(true);
  });

  it('the board cannot close a quarter before answering the events that need an answer', () => {
    const s = scenario('northmoor');
    // force an event with choices into quarter 1
    const withChoices = s.events.find((e) => e.choices.length > 0 && e.kind !== 'incident')!;
    let game = newGame(s, 'answer', [{ event: withChoices.id, quarter: 1 }]).game;
    for (const i of [{ type: 'BEGIN' }, { type: 'COMMIT' }, { type: 'CONTINUE' }] as Intent[]) game = go(game, i).game;
    const r = step(game, { type: 'CONTINUE' });
    expect(r.accepted).toBe(false);
    expect(r.reason).toMatch(/must first answer/);
    game = go(game, { type: 'ANSWER', event: withChoices.id, choice: withChoices.choices[0].id }).game;
    expect(stateOf(game).log).toContainEqual({ quarter: 1, kind: 'choice', id: withChoices.choices[0].id, detail: withChoices.id });
  });
});
