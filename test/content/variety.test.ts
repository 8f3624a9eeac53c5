// What a player reads in Northmoor never repeats itself: no headline twice in a game, no story text twice, whatever
// the board does. 200 seeded games under each built-in policy.
import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { stateOf } from '../../src/engine/session';
import { loggedEventText } from '../../src/engine/texts';
import { scenario } from '../engine/helpers';

describe('variety in Northmoor', () => {
  it('no headline arrives twice in one game, under any built-in policy', () => {
    const s = scenario('northmoor');
    let games = 0; let incidents = 0;
    for (const policy of ['none', 'compliance', 'learning', 'balanced', 'random', 'steady']) {
      for (let i = 0; i < 200; i++) {
        const st = stateOf(playBot(s, BUILT_IN[policy], `variety-${policy}-${i}`));
        const headlines = st.log.filter((e) => e.kind === 'event' || e.kind === 'incident').map((e) => loggedEventText(s, st.log, e.quarter, e.id).headline);
        const repeated = headlines.filter((h, j) => headlines.indexOf(h) !== j);
        expect(repeated, `${policy} seed ${i}`).toEqual([]);
        games++; incidents += st.incidents;
      }
    }
    expect(incidents / games).toBeGreaterThan(3); // the test would see repeats: incidents come several times a game
  });

  it('no story text is told twice in one game', () => {
    const s = scenario('northmoor');
    for (let i = 0; i < 100; i++) {
      const game = playBot(s, BUILT_IN.balanced, `stories-${i}`);
      const heard = stateOf(game).heard;
      expect(new Set(heard).size).toBe(heard.length);
      expect(heard.length).toBeGreaterThan(8);
    }
  });
});
