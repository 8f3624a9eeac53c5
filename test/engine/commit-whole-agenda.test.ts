// A whole agenda as one intent: COMMIT with `add` is the same quarter as choosing each decision and then committing,
// and a list with a decision the board could not choose is refused whole, with the game unchanged.
import { describe, expect, it } from 'vitest';
import { whyNotChoose } from '../../src/engine/agenda';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { newGame, replay, stateHash, stateOf, step, type Game, type Intent } from '../../src/engine/session';
import { scenario } from './helpers';

function play(game: Game, intents: Intent[]): Game {
  for (const i of intents) {
    const r = step(game, i);
    expect(r.accepted, r.reason).toBe(true);
    game = r.game;
  }
  return game;
}

describe('COMMIT with a whole agenda', () => {
  const northmoor = scenario('northmoor');
  // the first two decisions the board could put on this agenda together, and no request (a partner's answer is luck)
  const open = (g: Game) => {
    const ids: string[] = [];
    let s = stateOf(g);
    for (const d of northmoor.decisions) {
      if (ids.length === 2 || d.ask || whyNotChoose(northmoor, s, d.id) !== null) continue;
      ids.push(d.id);
      s = { ...s, agenda: [...s.agenda, d.id] };
    }
    return ids;
  };

  it('resolves the quarter exactly as choosing one by one and committing does', () => {
    const start = play(newGame(northmoor, 'whole').game, [{ type: 'BEGIN' }]);
    const ids = open(start);
    expect(ids).toHaveLength(2);
    const oneByOne = play(start, [...ids.map((id): Intent => ({ type: 'CHOOSE', id })), { type: 'COMMIT' }]);
    const whole = play(start, [{ type: 'COMMIT', add: ids }]);
    expect(stateHash(whole)).toBe(stateHash(oneByOne));
    expect(stateOf(whole).log.filter((e) => e.kind === 'decision').map((e) => e.id)).toEqual(ids);
  });

  it('refuses the whole list when one decision cannot be chosen, and says why', () => {
    const start = play(newGame(northmoor, 'whole').game, [{ type: 'BEGIN' }]);
    const [id] = open(start);
    const r = step(start, { type: 'COMMIT', add: [id, id] });
    expect(r.accepted).toBe(false);
    expect(stateHash(r.game)).toBe(stateHash(start));
  });

  it('a bot plays whole agendas but records a player\'s steps, which replay to the same game', () => {
    const live = playBot(northmoor, BUILT_IN.balanced, 'whole-bot');
    expect(live.decisions.some((d) => d.type === 'COMMIT' && 'add' in d)).toBe(false);
    expect(live.decisions.filter((d) => d.type === 'CHOOSE').length).toBeGreaterThan(10);
    const rebuilt = replay(northmoor, { seed: live.seed, decisions: live.decisions });
    expect(rebuilt.error).toBeUndefined();
    expect(stateHash(rebuilt.game)).toBe(stateHash(live));
  });
});
