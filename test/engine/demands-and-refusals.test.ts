// One rule for what a demand puts on the agenda and for what a refused request leaves behind (src/engine/agenda.ts):
// a demand puts its decision only where the board could take it up itself (its `requires` apart), and says why not;
// a request a partner turned down was not done, so the board can ask again, at full strength.
import { describe, expect, it } from 'vitest';
import { unmetDemands, whyNotChoose } from '../../src/engine/agenda';
import { envFor } from '../../src/engine/env';
import { newGame, stateOf, step } from '../../src/engine/session';
import { board, go, pushOn, quarter } from './mechanics-board';

const PROCEDURE = 'cost: { budget: 10 }, effects: { prescription: +5 } }';
/** The fixture board with the demanded procedure changed: `keys` are added to it, `cost` replaces its cost. */
const procedure = (keys: string, cost = '{ budget: 10 }') => board((t) => t.replace(PROCEDURE, `cost: ${cost}, effects: { prescription: +5 }${keys} }`));
/** Quarter 1 with `choose` on the agenda, the leader's demand accepted; then the briefing of quarter 2 opens its agenda. */
const afterDemand = (s: ReturnType<typeof board>, choose: string[]) => go(quarter(newGame(s, 'demand').game, choose, { leader_call: 'accept' }).game, { type: 'BEGIN' }).game;

describe('a demand the board accepted', () => {
  it('puts a once-only decision the board has already done nowhere, and the agenda says why', () => {
    const g = afterDemand(procedure(', once: true'), ['procedure']);
    expect(stateOf(g).agenda).toEqual([]);
    expect(unmetDemands(g.scenario, stateOf(g))).toEqual([{ id: 'procedure', reason: expect.stringMatching(/can be done only once/), refusal: { code: 'doneOnce' } }]);
  });

  it('does not put a decision the board did last quarter while its cooldown runs', () => {
    const g = afterDemand(procedure(', cooldown: 1'), ['procedure']);
    expect(stateOf(g).agenda).toEqual([]);
    expect(unmetDemands(g.scenario, stateOf(g))[0].reason).toMatch(/return to it in 1 quarter/);
  });

  it('does not overspend: a decision the budget left cannot pay for stays off the agenda, with the reason', () => {
    // the pay scheme binds 60 of next quarter's budget, so a 45 procedure no longer fits
    const g = afterDemand(procedure('', '{ budget: 45 }'), ['pay_scheme']);
    expect(stateOf(g).agenda).toEqual([]);
    expect(unmetDemands(g.scenario, stateOf(g))).toEqual([{ id: 'procedure', reason: expect.stringMatching(/^Not enough budget: it costs 45 and \d+ is left/), refusal: { code: 'resource', label: 'Budget', cost: 45, left: expect.any(Number) } }]);
    // what is on the agenda then is what the board can afford: nothing has gone below zero
    expect(whyNotChoose(g.scenario, stateOf(g), 'visit')).toBeNull();
  });

  it('still puts a decision whose requires does not hold: the demand is the reason for it', () => {
    const g = afterDemand(procedure(', requires: "quarter > 99"'), []);
    expect(stateOf(g).agenda).toEqual(['procedure']);
    expect(unmetDemands(g.scenario, stateOf(g))).toEqual([]);
    expect(step(g, { type: 'UNCHOOSE', id: 'procedure' }).reason).toMatch(/agreed to this under a demand/);
  });
});

describe('a request a partner turned down', () => {
  const RECRUIT = 'chance: "trust >= 60 ? 1 : 0"';
  /** The recruitment request, refused in quarter 1 and taken up from quarter 2, with `keys` added to the decision. */
  const recruit = (keys: string) => board((t) => t.replace(RECRUIT, 'chance: "quarter >= 2 ? 1 : 0"').replace('    effects: { vacancy_rate: -3 }\n', `    effects: { vacancy_rate: -3 }\n${keys}`));

  it('is not done: a once-only request can be made again, and chose() still says the board asked', () => {
    const s = recruit('    once: true\n');
    const g = quarter(newGame(s, 'again').game, ['recruit'], { leader_call: 'refuse' }).game;
    expect(stateOf(g).log).toContainEqual({ quarter: 1, kind: 'decision', id: 'recruit', detail: 'refused' });
    expect(whyNotChoose(s, stateOf(g), 'recruit')).toBeNull();
    expect(envFor(s, stateOf(g)).chose('recruit')).toBe(true);
    // once it lands, it is done
    const after = quarter(g, ['recruit'], { leader_call: 'refuse' }).game;
    expect(whyNotChoose(s, stateOf(after), 'recruit')).toMatch(/only once/);
  });

  it('starts no cooldown: the board can ask again the next quarter', () => {
    const s = recruit('    cooldown: 2\n');
    const g = quarter(newGame(s, 'cool').game, ['recruit'], { leader_call: 'refuse' }).game;
    expect(whyNotChoose(s, stateOf(g), 'recruit')).toBeNull();
  });

  it('does not fade the next request: the first that lands lands whole', () => {
    const s = recruit('    fade: 0.5\n');
    const first = quarter(newGame(s, 'fade').game, ['recruit'], { leader_call: 'refuse' });
    expect(pushOn(first.effects, 'vacancy_rate', 'recruit')).toBe(0);
    const second = quarter(first.game, ['recruit'], { leader_call: 'refuse' });
    expect(pushOn(second.effects, 'vacancy_rate', 'recruit')).toBeCloseTo(-3, 6);
    const third = quarter(second.game, ['recruit'], { leader_call: 'refuse' });
    expect(pushOn(third.effects, 'vacancy_rate', 'recruit')).toBeCloseTo(-1.5, 6);
  });
});
