// The small fixture board of the mechanics tests (test/fixtures/mechanics), and moves to play it quarter by quarter.
import { readFileSync } from 'node:fs';
import { offeredChoices } from '../../src/engine/texts';
import { stateOf, step, type Game, type Intent } from '../../src/engine/session';
import type { Scenario } from '../../src/engine/types';
import type { ViewEffect } from '../../src/engine/view-effects';
import { loadScenario } from '../../src/scenario/load';

/** The fixture board, its text changed by `patch` first (a test says what it changes). */
export function board(patch: (text: string) => string = (t) => t): Scenario {
  const text = patch(readFileSync('test/fixtures/mechanics/mechanics.scenario.yaml', 'utf8'));
  const r = loadScenario({ file: 'mechanics.scenario.yaml', text }, (id) => ({ file: `${id}.model.yaml`, text: readFileSync(`scenarios/models/${id}.model.yaml`, 'utf8') }));
  if (!r.value) throw new Error(r.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  return r.value;
}

export function go(game: Game, intent: Intent): { game: Game; effects: ViewEffect[] } {
  const r = step(game, intent);
  if (!r.accepted) throw new Error(`${intent.type} refused: ${r.reason}`);
  return r;
}

/** Plays one quarter: the agenda, then answers (by id, else the first on offer), ending in the next briefing. */
export function quarter(game: Game, choose: string[], answers: Record<string, string> = {}): { game: Game; effects: ViewEffect[] } {
  let g = go(game, { type: 'BEGIN' }).game;
  for (const id of choose) g = go(g, { type: 'CHOOSE', id }).game;
  const resolved = go(g, { type: 'COMMIT' });
  g = go(resolved.game, { type: 'CONTINUE' }).game;
  for (const item of stateOf(g).inbox) {
    const offered = offeredChoices(g.scenario, item);
    if (offered.length) g = go(g, { type: 'ANSWER', event: item.event, choice: answers[item.event] ?? offered[0].id }).game;
  }
  g = go(g, { type: 'CONTINUE' }).game;
  return { game: g, effects: resolved.effects };
}

export const pushOn = (effects: ViewEffect[], variable: string, id: string) =>
  effects.flatMap((e) => (e.type === 'resolved' ? e.steps.flatMap((s) => s.pushes) : [])).filter((p) => p.variable === variable && p.id === id).reduce((n, p) => n + p.amount, 0);
