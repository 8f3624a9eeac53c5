// Each quarter ends on a front page built from what happened and how hot the press is.
import { describe, expect, it } from 'vitest';
import { newGame, stateOf, step, type Game } from '../../src/engine/session';
import type { Forced } from '../../src/engine/resolve';
import type { ViewEffect } from '../../src/engine/view-effects';
import { frontPage, NATIONAL_FROM } from '../../src/present/front-page';
import { readScenarioFile } from '../../tools/scenario/files';

const scenario = readScenarioFile('scenarios/northmoor.scenario.yaml').value!;

function resolve(agenda: string[], forced: Forced[] = [], seed = 'front'): { game: Game; effects: readonly ViewEffect[] } {
  let game = newGame(scenario, seed, forced).game;
  const go = (intent: Parameters<typeof step>[1]) => { const r = step(game, intent); expect(r.accepted, r.reason).toBe(true); game = r.game; return r.effects; };
  go({ type: 'BEGIN' });
  for (const id of agenda) go({ type: 'CHOOSE', id });
  return { effects: go({ type: 'COMMIT' }), game };
}

describe('the front page', () => {
  it('a quiet quarter leads on what the board did, in the local paper', () => {
    // seeds where quarter 1 brings no press story of its own
    for (let i = 0; i < 20; i++) {
      const { game, effects } = resolve(['audit_numbers'], [], `quiet-${i}`);
      const page = frontPage(scenario, stateOf(game), effects);
      const pressStory = stateOf(game).inbox.some((it) => ['headline', 'incident', 'good_news'].includes(scenario.events.find((e) => e.id === it.event)!.cue));
      if (pressStory) continue;
      expect(page.paper).toMatch(/^The local paper · 2009 Q2$/);
      expect(page.headline).toBe('Safeguarding board agrees to audit the performance figures');
      expect(page.temperature).not.toBe('national');
      return;
    }
    throw new Error('no quiet first quarter in 20 seeds');
  });
  it('a story that goes national leads in its own words, in the national papers, with the rest on the ticker', () => {
    const { game, effects } = resolve([], [{ event: 'national_child_death', quarter: 1 }]);
    const page = frontPage(scenario, stateOf(game), effects);
    const event = scenario.events.find((e) => e.id === 'national_child_death')!;
    expect(page.paper).toMatch(/^The national papers/);
    expect(page.temperature).toBe('national');
    expect(page.headline).toBe(event.headline);
    expect(page.ticker).not.toContain(event.headline);
    expect(page.ticker.length).toBe(stateOf(game).inbox.length - 1);
  });
  it('the nationals take any story once media heat passes their threshold', () => {
    const { game, effects } = resolve([]);
    const s = stateOf(game);
    const hot = { ...s, vars: { ...s.vars, media_heat: NATIONAL_FROM + 1 } };
    expect(frontPage(scenario, hot, effects).temperature).toBe('national');
    expect(frontPage(scenario, { ...s, vars: { ...s.vars, media_heat: 5 } }, effects).temperature).toBe('quiet');
  });
});
