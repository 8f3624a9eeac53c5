import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/engine/session';
import { normalise } from '../../src/workshop/base32';
import { decodeSession, decodeTeamGame, encodeSession, encodeTeamGame } from '../../src/workshop/codes';
import { seal } from '../../src/workshop/envelope';
import { createSession } from '../../src/workshop/session';
import { botGame, scenario, session } from './helpers';

const s = session();
const live = botGame('balanced', s.seed);
const teamCode = (rationale: Record<number, string> = {}, team = 'Red team') =>
  encodeTeamGame({ sessionId: s.id, seed: s.seed, team, decisions: live.decisions, rationale }, scenario());
const code = teamCode({ 1: 'Listen first.' });

describe('session codes', () => {
  it('gives back the same session it was made from', () => {
    expect(decodeSession(encodeSession(s))).toEqual({ session: s });
  });

  it('reads a code typed in lower case, with spaces for dashes and O for 0', () => {
    const typed = encodeSession(s).toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(decodeSession(typed).session).toEqual(s);
  });

  it('derives the same id from the same settings and another id from other settings', () => {
    expect(session().id).toBe(s.id);
    expect(session('workshop-2').id).not.toBe(s.id);
    expect(s.id).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  });

  it('refuses settings with too few, too many, duplicate, empty or over-long team names, late pauses or no seed', () => {
    const make = (teams: string[], extra: object = {}) => createSession(scenario(), { seed: 'x', teams, ...extra }).problem?.message;
    expect(make(['A'])).toMatch(/at least 2 teams/);
    expect(make(['1', '2', '3', '4', '5', '6', '7', '8', '9'])).toMatch(/at most 8 teams/);
    expect(make(['Red', 'red'])).toMatch(/same name/);
    expect(make(['Red', '  '])).toMatch(/empty team name/);
    expect(make(['Red', 'x'.repeat(41)])).toMatch(/longer than 40/);
    expect(make(['A', 'B'], { pauses: [{ quarter: 99, prompt: 'late' }] })).toMatch(/quarter 99.*16 quarters/);
    expect(createSession(scenario(), { seed: '', teams: ['A', 'B'] }).problem?.message).toMatch(/seed/);
    expect(make(['A', 'B'])).toBeUndefined();
  });
});

describe('team game codes', () => {
  it('rebuilds the team game by replay to exactly the state of the live game', () => {
    const r = decodeTeamGame(code, s, scenario());
    expect(r.problem).toBeUndefined();
    expect(stateHash(r.game!)).toBe(stateHash(live));
    expect(r.game!.decisions).toEqual(live.decisions);
    expect(r.team).toBe('Red team');
    expect(r.rationale).toEqual({ 1: 'Listen first.' });
  });

  it('rebuilds an unfinished game and a game with second thoughts (an item chosen then dropped)', () => {
    const partial = live.decisions.slice(0, 20);
    const begin = live.decisions.findIndex((d) => d.type === 'CHOOSE');
    const first = live.decisions[begin] as { type: 'CHOOSE'; id: string };
    const rethought = [...live.decisions.slice(0, begin + 1), { type: 'UNCHOOSE' as const, id: first.id }];
    for (const decisions of [partial, rethought, []]) {
      const c = encodeTeamGame({ sessionId: s.id, seed: s.seed, team: 'Blue team', decisions, rationale: {} }, scenario());
      expect(decodeTeamGame(c, s, scenario()).game?.decisions).toEqual(decisions);
    }
  });

  it('keeps a whole 16-quarter Northmoor game by the balanced bot under 300 characters (report)', () => {
    const bare = teamCode();
    const withReasons = teamCode(Object.fromEntries(Array.from({ length: 16 }, (_, i) => [i + 1, `Quarter ${i + 1}: we chose to listen to the front line first.`])));
    const sessionCode = encodeSession(s);
    console.info(`code lengths: team game ${bare.length} (${normalise(bare).length} without dashes), with 16 rationales of ~55 characters ${withReasons.length}; session with 3 teams and 2 prompts ${sessionCode.length}`);
    expect(bare.length).toBeLessThan(300);
  });

  it('refuses a mistyped code: its checksum does not match', () => {
    // the last character before the checksum: an edit there leaves the code's shape whole, so only the checksum can tell
    const i = code.length - 6;
    const changed = `${code.slice(0, i)}${code[i] === 'A' ? 'B' : 'A'}${code.slice(i + 1)}`;
    expect(decodeTeamGame(changed, s, scenario()).problem).toMatchObject({ code: 'checksum', message: expect.stringMatching(/changed or mistyped/) });
  });

  it('refuses a code that was cut short', () => {
    expect(decodeTeamGame(code.slice(0, -7), s, scenario()).problem).toMatchObject({ code: 'truncated', message: expect.stringMatching(/incomplete/) });
    expect(decodeTeamGame('BTN1', s, scenario()).problem?.code).toBe('truncated');
  });

  it('refuses a code of a newer or unknown version, naming both versions', () => {
    expect(decodeTeamGame(code.replace('BTN1T', 'BTN2T'), s, scenario()).problem).toMatchObject({ code: 'version', message: expect.stringMatching(/newer version.*version 2.*reads version 1/) });
    expect(decodeTeamGame(code.replace('BTN1T', 'BTN0T'), s, scenario()).problem?.code).toBe('version');
  });

  it('refuses a session code where a team code is expected, and the other way round', () => {
    expect(decodeTeamGame(encodeSession(s), s, scenario()).problem).toMatchObject({ code: 'kind', message: "This is a workshop session code, not a team's game code." });
    expect(decodeSession(code).problem?.code).toBe('kind');
  });

  it('refuses a code from another workshop session, naming both sessions', () => {
    const other = session('another-seed');
    expect(decodeTeamGame(code, other, scenario()).problem).toEqual({ code: 'other_session', message: `This code is from another workshop session (${s.id}), not this one (${other.id}).` });
  });

  it('refuses to replay on another scenario or another version of it', () => {
    expect(decodeTeamGame(code, s, scenario('first-meeting')).problem?.code).toBe('other_scenario');
    expect(decodeTeamGame(code, s, { ...scenario(), hash: 'ffffffffffffffff' }).problem).toMatchObject({ code: 'other_scenario', message: expect.stringMatching(/another version/) });
  });

  it('refuses a game that replays differently on this computer', () => {
    // the same moves on a scenario whose rules changed under the same id and hash: the state check catches it
    const changed = { ...scenario(), calendar: { ...scenario().calendar, slots: 1 } };
    expect(decodeTeamGame(code, s, changed).problem?.code).toBe('replay');
  });

  it('refuses a well-formed code that names a team not in the session', () => {
    expect(decodeTeamGame(teamCode({}, 'Purple team'), s, scenario()).problem).toMatchObject({ code: 'invalid', message: expect.stringMatching(/Purple team/) });
  });

  it('refuses text that is not a workshop code, and a checksummed payload that is not a session', () => {
    expect(decodeSession('hello world').problem?.code).toBe('invalid');
    expect(decodeSession(42).problem?.code).toBe('invalid');
    expect(decodeSession('').problem?.code).toBe('truncated');
    expect(decodeSession(seal('S', Uint8Array.from([200, 1, 2]))).problem?.code).toBe('invalid');
  });
});

describe('decoding never throws', () => {
  const sessionCode = encodeSession(s);
  const decodeBoth = (text: string) => [decodeSession(text), decodeTeamGame(text, s, scenario())];

  it('on any string', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'BTN1ST-0123456789ABCDEFGHJKMNPQRSTVWXYZ') })), (text) => {
      for (const r of decodeBoth(text)) expect('problem' in r || 'session' in r || 'game' in r).toBe(true);
    }), { numRuns: 300 });
  });

  it('on any single-character edit of a valid code, and refuses every edit that changes it', () => {
    for (const valid of [sessionCode, code]) {
      fc.assert(fc.property(fc.nat(valid.length - 1), fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZUa-! '), (at, ch) => {
        const edited = valid.slice(0, at) + ch + valid.slice(at + 1);
        const [a, b] = decodeBoth(edited);
        if (normalise(edited) === normalise(valid)) return;
        expect(a.problem ?? b.problem).toBeDefined();
        expect(valid === sessionCode ? a.problem : b.problem).toBeDefined();
      }), { numRuns: 200 });
    }
  });

  it('on every truncation of a valid code, refusing each', () => {
    for (const valid of [sessionCode, code]) {
      for (let n = 0; n < valid.length; n++) {
        const cut = valid.slice(0, n);
        if (normalise(cut) === normalise(valid)) continue;
        const [a, b] = decodeBoth(cut);
        expect(a.problem, cut).toBeDefined();
        expect(b.problem, cut).toBeDefined();
      }
    }
  });
});
