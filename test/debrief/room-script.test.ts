import { describe, expect, it } from 'vitest';
import { roomScript } from '../../src/debrief/room-script';
import { botGame } from './helpers';

describe('the room\'s debrief script', () => {
  const teams = [{ name: 'Red', game: botGame('compliance', 'room-1') }, { name: 'Blue', game: botGame('learning', 'room-1') }];
  const steps = roomScript(teams);

  it('keeps the fog down until its lift step, then speaks of the truth', () => {
    const lift = steps.findIndex((s) => s.fog === 'lift');
    expect(steps.map((s) => s.fog)).toEqual([...Array(lift).fill('down'), 'lift', ...Array(steps.length - lift - 1).fill('lifted')]);
    expect(steps.map((s) => s.title)).toEqual(['How it felt', 'What happened', 'Lift the fog', 'Why it happened', 'Another board, the same luck', 'Your own board', 'What you will do next']);
    // before the lift nothing names the hidden number
    for (const s of steps.slice(0, lift)) expect([s.doing, ...s.questions].join(' ')).not.toMatch(/practice quality/i);
    for (const s of steps) expect(s.questions.length).toBeGreaterThan(0);
  });

  it('is written from the teams\' own games: their endings, and where each team\'s lines parted most', () => {
    expect(steps[1].doing).toMatch(/Red: ".+"; Blue: ".+"/);
    expect(steps[3].doing).toMatch(/Red (in \d{4} Q[1-4] \(\d+ points\)|: never far apart); Blue/);
  });

  it('asks the room about every team\'s game, not only the first to arrive, each question once', () => {
    const one = roomScript([teams[0]])[3].questions;
    const both = steps[3].questions;
    expect(both.length).toBeGreaterThanOrEqual(one.length);
    expect(new Set(both).size).toBe(both.length);
    for (const q of roomScript([teams[1]])[3].questions) expect(both).toContain(q);
  });

  it('still gives a script before any team has sent its game', () => {
    const empty = roomScript([]);
    expect(empty).toHaveLength(steps.length);
    expect(empty[1].doing).toMatch(/no team has sent its game yet/);
  });
});
