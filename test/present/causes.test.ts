// Each change on the quarter's results comes with what the board can know of its cause; hidden causes stay hidden.
import { describe, expect, it } from 'vitest';
import { newGame, stateOf, step, type Game } from '../../src/engine/session';
import type { ViewEffect } from '../../src/engine/view-effects';
import { causeLine, seenCauses } from '../../src/present/causes';
import { labelOf } from '../../src/present/values';
import { readScenarioFile } from '../../tools/scenario/files';

const scenario = readScenarioFile('scenarios/northmoor.scenario.yaml').value!;

/** Plays quarter 1 with the given agenda and returns the game after it resolves, with the resolution's view effects. */
function firstQuarter(agenda: string[]): { game: Game; effects: readonly ViewEffect[]; before: Record<string, number | string> } {
  let game = newGame(scenario, 'causes').game;
  const go = (intent: Parameters<typeof step>[1]) => { const r = step(game, intent); expect(r.accepted, r.reason).toBe(true); game = r.game; return r.effects; };
  go({ type: 'BEGIN' });
  for (const id of agenda) go({ type: 'CHOOSE', id });
  const before = { ...stateOf(game).vars };
  return { effects: go({ type: 'COMMIT' }), game, before };
}

describe('why a figure moved, as far as the board can tell', () => {
  const { game, effects, before } = firstQuarter(['audit_numbers']);
  const resolved = effects.find((e) => e.type === 'resolved');
  if (!resolved || resolved.type !== 'resolved') throw new Error('no resolution record');
  const why = (id: string) => seenCauses(scenario, stateOf(game).log, resolved.steps, resolved.quarter, id);
  const moved = (id: string) => (stateOf(game).vars[id] as number) - (before[id] as number);

  it("names the board's own decision beside the figure it moved", () => {
    const seen = why('assessments_on_time');
    const audit = seen.causes.find((c) => c.label === 'Audit the performance figures');
    expect(audit?.amount).toBeGreaterThan(0);
    expect(causeLine(scenario, 'assessments_on_time', seen)).toMatch(/^Audit the performance figures \+\d/);
  });
  it('never names a hidden variable: indicator gaming lifting the figures is part of what the board cannot see', () => {
    const hidden = scenario.model.variables.filter((v) => v.visibility === 'hidden').map((v) => labelOf(scenario, v.id));
    for (const v of scenario.model.variables) for (const c of why(v.id).causes) expect(hidden).not.toContain(c.label);
    expect(causeLine(scenario, 'assessments_on_time', why('assessments_on_time'))).toContain('from what the board cannot see');
  });
  it('the named causes and the rest add up to the change shown', () => {
    for (const id of ['assessments_on_time', 'political_confidence', 'media_heat', 'caseload']) {
      const seen = why(id);
      expect(seen.causes.reduce((n, c) => n + c.amount, 0) + seen.rest).toBeCloseTo(moved(id), 9);
    }
  });
  it('a figure the board watches settling back is named, not hidden', () => {
    // quarter 1 starts with the press already interested; its cooling is something the board sees happen
    expect(causeLine(scenario, 'media_heat', why('media_heat'))).toMatch(/settling back −\d/);
  });
});
