// Why the rules refuse a move, in the player's language: the engine gives a code and values; English words for the
// command line and saves stay as they were, and the interface says the same refusal in Welsh.
import { afterEach, describe, expect, it } from 'vitest';
import { unmetDemands } from '../../src/engine/agenda';
import { refusalText, type Refusal } from '../../src/engine/refusal';
import { newGame, stateOf, step } from '../../src/engine/session';
import { setLocale } from '../../src/i18n/messages';
import { refusalMessage } from '../../src/i18n/refusal';
import { board, go, quarter } from '../engine/mechanics-board';

afterEach(() => setLocale('en'));

const ALL: Refusal[] = [
  { code: 'wrongPhase', intent: 'COMMIT', phase: 'briefing' }, { code: 'notPossible', intent: 'COMMIT' }, { code: 'unknownDecision', id: 'x' },
  { code: 'notOnAgenda', id: 'x' }, { code: 'onAgenda' }, { code: 'demanded' }, { code: 'underWay' }, { code: 'doneOnce' },
  { code: 'recently', wait: 2 }, { code: 'conditions' }, { code: 'conditions', text: 'Only after an inspection.' }, { code: 'agendaFull' },
  { code: 'resource', label: 'Budget', cost: 45, left: 40 }, { code: 'notInInbox', id: 'x' }, { code: 'answered' }, { code: 'notOffered', id: 'x' },
  { code: 'mustAnswer', headline: 'A letter from the minister' }, { code: 'formula', message: 'x / 0 is not a number' },
];

describe('a refusal', () => {
  it('reads in English in the interface as the engine says it, for the refusals a player can meet', () => {
    for (const r of ALL.filter((x) => !['wrongPhase', 'notPossible', 'unknownDecision', 'notOnAgenda', 'notInInbox', 'notOffered'].includes(x.code))) {
      expect(refusalMessage(r), r.code).toBe(refusalText(r));
    }
  });

  it('reads in Welsh for every code, with the scenario’s own words and values carried in', () => {
    setLocale('cy');
    const said = ALL.map(refusalMessage);
    for (const [i, text] of said.entries()) if (!('text' in ALL[i])) expect(text, ALL[i].code).not.toBe(refusalText(ALL[i]));
    expect(refusalMessage({ code: 'agendaFull' })).toBe('Mae\'r agenda\'n llawn y chwarter hwn.');
    expect(refusalMessage({ code: 'resource', label: 'Cyllideb', cost: 45, left: 40 })).toBe('Dim digon ar ôl (cyllideb): mae\'n costio 45 a dim ond 40 sydd ar ôl y chwarter hwn.');
    expect(refusalMessage({ code: 'recently', wait: 3 })).toMatch(/ymhen 3 chwarter\.$/);
    expect(refusalMessage({ code: 'wrongPhase', intent: 'COMMIT', phase: 'briefing' })).toBe('Ni ellir gwneud hynny yn ystod y briffio.');
    // a scenario's own reason is its words (already translated by the scenario's translation), not the default
    expect(refusalMessage({ code: 'conditions', text: 'Dim ond ar ôl arolygiad.' })).toBe('Dim ond ar ôl arolygiad.');
  });

  it('comes from a real game as data beside the English: a refused step and an unmet demand', () => {
    const s = board((text) => text.replace('cost: { budget: 10 }, effects: { prescription: +5 } }', 'cost: { budget: 10 }, effects: { prescription: +5 }, once: true }'));
    const begun = step(newGame(s, 'refusal').game, { type: 'BEGIN' }).game;
    const bad = step(begun, { type: 'CHOOSE', id: 'no_such_decision' });
    expect(bad.refusal).toEqual({ code: 'unknownDecision', id: 'no_such_decision' });
    expect(bad.reason).toBe(refusalText(bad.refusal!));
    const g = go(quarter(newGame(s, 'demand').game, ['procedure'], { leader_call: 'accept' }).game, { type: 'BEGIN' }).game;
    const [unmet] = unmetDemands(g.scenario, stateOf(g));
    setLocale('cy');
    expect(refusalMessage(unmet.refusal)).toBe('Mae\'r bwrdd eisoes wedi gwneud hyn; dim ond unwaith y gellir ei wneud.');
  });
});
