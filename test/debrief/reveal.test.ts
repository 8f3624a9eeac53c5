import { describe, expect, it } from 'vitest';
import { stateOf } from '../../src/engine/session';
import { reveal, revealSummary } from '../../src/debrief/reveal';
import { botGame } from './helpers';

const SEEDS = ['rv-1', 'rv-2', 'rv-3'];

describe('reveal', () => {
  it('draws the dashboard and the truth from the game history, quarter 0 to the last', () => {
    const g = botGame('balanced', 'rv-1');
    const r = reveal(g);
    const history = stateOf(g).history;
    expect(r.summary.id).toBe(g.scenario.model.display.summary);
    expect(r.truth.id).toBe(g.scenario.model.display.truth);
    expect(r.points.map((p) => p.quarter)).toEqual(history.map((_, k) => k));
    expect(r.points.map((p) => p.dashboard)).toEqual(history.map((h) => h[r.summary.id]));
    expect(r.points.map((p) => p.truth)).toEqual(history.map((h) => h[r.truth.id]));
    for (const p of r.points) expect(p.gap).toBeCloseTo(p.dashboard - p.truth, 5);
  });

  it('gives the pressures over time from the history', () => {
    const g = botGame('compliance', 'rv-1');
    const r = reveal(g);
    expect(r.pressures.map((p) => p.id)).toEqual(g.scenario.model.display.pressures);
    for (const p of r.pressures) expect(p.values).toEqual(stateOf(g).history.map((h) => h[p.id]));
  });

  it('marks the quarter of widest divergence as the one with the largest gap', () => {
    const r = reveal(botGame('compliance', 'rv-2'));
    const largest = Math.max(...r.points.map((p) => Math.abs(p.gap)));
    expect(Math.abs(r.widest.gap)).toBe(largest);
    expect(r.points[r.widest.quarter].gap).toBe(r.widest.gap);
  });

  it('shows a wider gap for a compliance game than for a learning game', () => {
    const widest = (policy: 'compliance' | 'learning') => SEEDS.map((s) => Math.abs(reveal(botGame(policy, s)).widest.gap));
    const final = (policy: 'compliance' | 'learning') => SEEDS.map((s) => reveal(botGame(policy, s)).points.at(-1)!.gap);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(widest('compliance'))).toBeGreaterThan(sum(widest('learning')));
    expect(sum(final('compliance'))).toBeGreaterThan(sum(final('learning')));
  });

  it('says what the board believed in each phase, with the numbers of that phase', () => {
    const g = botGame('compliance', 'rv-3');
    const r = reveal(g);
    expect(r.beliefs.map((b) => b.phase)).toEqual(g.scenario.calendar.phases.map((p) => p.id));
    const b = r.beliefs[1];
    const qs = [5, 6, 7, 8];
    const avg = (id: string) => Math.round(qs.reduce((n, q) => n + (stateOf(g).history[q][id] as number), 0) / qs.length);
    expect(b.dashboard).toBe(avg('dashboard_index'));
    expect(b.truth).toBe(avg('practice_quality'));
    expect(b.text).toContain('Quarters 5-8');
    expect(b.text).toContain(`read ${b.dashboard}`);
    expect(b.text).toContain(`${b.truth}`);
  });

  it('describes the chart for screen readers in two to four plain sentences', () => {
    for (const policy of ['compliance', 'learning', 'none'] as const) {
      const g = botGame(policy, 'rv-1');
      const text = revealSummary(g);
      const sentences = text.split(/(?<=\.)\s+(?=[A-Z])/);
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(4);
      expect(text).toContain(`${stateOf(g).history.length - 1} quarters`);
      expect(text).not.toMatch(/NaN|undefined/);
    }
  });

  it('covers only the quarters played in a short scenario', () => {
    const g = botGame('balanced', 'rv-short', 'first-meeting');
    const r = reveal(g);
    expect(r.points).toHaveLength(stateOf(g).history.length);
    expect(r.beliefs.every((b) => b.to <= stateOf(g).history.length - 1)).toBe(true);
  });
});
