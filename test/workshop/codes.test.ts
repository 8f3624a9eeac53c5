import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { whyNotChoose } from '../../src/engine/agenda';
import { newGame, stateHash, stateOf, step, type Game, type Intent } from '../../src/engine/session';
import { normalise } from '../../src/workshop/base32';
import { decodeSession, decodeTeamGame, encodeSession, encodeTeamGame, splitCodes } from '../../src/workshop/codes';
import { encodeSessionV1, encodeTeamGameV1 } from '../../src/workshop/codes-v1';
import { createSession, sessionIdOf, type WorkshopSession } from '../../src/workshop/session';
import { botGame, scenario, session } from './helpers';

const s = session();
const both = [scenario(), scenario('first-meeting')];
const live = botGame('balanced', s.seed);
const codesOf = (g: Game, team = 'Red team', rationale: Record<number, string> = {}, on: WorkshopSession = s) =>
  encodeTeamGame({ session: on, team, decisions: g.decisions, rationale }, scenario());
const code = codesOf(live).code;
/** Characters typed, without dashes. */
const typed = (c: string) => normalise(c).length;

describe('session codes (version 2)', () => {
  it('carry only what a team device cannot know: the same session id, the teams by number, the pauses without prompts', () => {
    const r = decodeSession(encodeSession(s, scenario()), both);
    expect(r.problem).toBeUndefined();
    expect(r.scenario?.id).toBe('northmoor');
    expect(r.session).toMatchObject({ id: s.id, seed: s.seed, teams: ['Team 1', 'Team 2', 'Team 3'], timerMinutes: 6, pauses: [{ quarter: 4, prompt: '' }, { quarter: 8, prompt: '' }] });
  });

  it('read typed in lower case, with spaces for dashes and O for 0', () => {
    const sloppy = encodeSession(s, scenario()).toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(decodeSession(sloppy, both).session?.id).toBe(s.id);
  });

  it('stay within 40 characters to type for every set-up a trainer makes with the default seed (report)', () => {
    const sizes: string[] = [];
    for (const teams of [2, 3, 8]) for (const pauses of [0, 1, 3, 15]) for (const timerMinutes of [undefined, 10, 180]) {
      const r = createSession(scenario(), { seed: 'c0ffee', teams: Array.from({ length: teams }, (_, i) => `Team ${i + 1}`), pauses: Array.from({ length: pauses }, (_, i) => ({ quarter: i + 2, prompt: 'A long prompt that stays on the projector, never in the code.' })), timerMinutes });
      const c = encodeSession(r.session!, scenario());
      expect(decodeSession(c, both).session?.id).toBe(r.session!.id);
      expect(typed(c), c).toBeLessThanOrEqual(40);
      sizes.push(`${teams}t/${pauses}p/${timerMinutes ?? 0}m: ${typed(c)}`);
    }
    const worded = encodeSession(createSession(scenario(), { seed: 'workshop-1', teams: ['A', 'B'] }).session!, scenario());
    console.info(`session code lengths (characters to type): ${sizes.join(', ')}; with the seed 'workshop-1': ${typed(worded)}`);
    expect(typed(worded)).toBeLessThanOrEqual(40);
  });

  it('give the same id for the same settings whatever the teams are called, and another for another seed', () => {
    const renamed = createSession(scenario(), { seed: s.seed, teams: ['Kestrels', 'Otters', 'Herons'], pauses: s.pauses, timerMinutes: 6 }).session!;
    expect(renamed.id).toBe(s.id);
    expect(session('workshop-2').id).not.toBe(s.id);
    expect(s.id).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  });

  it('say so when this device does not have the scenario, and refuse a seed too long to keep the code short', () => {
    expect(decodeSession(encodeSession(s, scenario()), [scenario('first-meeting')]).problem).toMatchObject({ code: 'other_scenario', message: expect.stringMatching(/does not have/) });
    expect(createSession(scenario(), { seed: 'x'.repeat(41), teams: ['A', 'B'] }).problem?.message).toMatch(/longer than 40/);
  });

  it('refuse settings with too few, too many, duplicate, empty or over-long team names, late pauses or no seed', () => {
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

describe('team game codes (version 2)', () => {
  it('rebuild the team game by replay to exactly the state of the live game, for the team it names', () => {
    const r = decodeTeamGame(code, s, scenario());
    expect(r.problem).toBeUndefined();
    expect(stateHash(r.game!)).toBe(stateHash(live));
    expect(r.team).toBe('Red team');
  });

  it('carry the moves only; the reasons travel in their own code beside it, in the QR code and the file', () => {
    const { code: bare, reasons } = codesOf(live, 'Blue team', { 1: 'Listen first.', 9: 'Zoë said: "ask the front line".' });
    expect(bare).toBe(codesOf(live, 'Blue team').code);
    expect(reasons).toMatch(/^BTN2R-/);
    expect(decodeTeamGame(`${bare}\n${reasons}\n`, s, scenario())).toMatchObject({ team: 'Blue team', rationale: { 1: 'Listen first.', 9: 'Zoë said: "ask the front line".' } });
    expect(decodeTeamGame(bare, s, scenario()).rationale).toEqual({});
    expect(splitCodes(`${bare} ${reasons}`)).toHaveLength(2);
    expect(decodeTeamGame(reasons!, s, scenario()).problem?.code).toBe('kind');
    expect(decodeTeamGame(`${bare} ${codesOf(live, 'Green, "the quiet ones"', { 2: 'x' }).reasons}`, s, scenario()).problem?.message).toMatch(/reasons are Green.*game code is Red|reasons are Green.*Blue/);
  });

  it('rebuild every kind of game exactly: every built-in policy, unfinished games, second thoughts and dropped demands', () => {
    const games: Game[] = ['none', 'random', 'compliance', 'learning', 'balanced', 'steady'].map((p) => playBot(scenario(), BUILT_IN[p], s.seed));
    const full = games[4].decisions;
    const begin = full.findIndex((d) => d.type === 'CHOOSE');
    const first = full[begin] as { type: 'CHOOSE'; id: string };
    for (const part of [full.slice(0, 20), full.slice(0, begin + 1), [], [...full.slice(0, begin + 1), { type: 'UNCHOOSE' as const, id: first.id }]]) games.push(played(part));
    // second thoughts every quarter (an item added and taken off again first), and every demand on an agenda dropped
    let dropped = 0;
    for (const base of [games[4], games[5], games[2]]) {
      games.push(played(base.decisions, (g) => {
        const sc = g.scenario;
        const x = sc.decisions.find((d) => whyNotChoose(sc, stateOf(g), d.id) === null);
        return x ? [{ type: 'CHOOSE', id: x.id }, { type: 'UNCHOOSE', id: x.id }] : [];
      }));
      games.push(played(base.decisions, (g) => { dropped += stateOf(g).agenda.length; return stateOf(g).agenda.map((id) => ({ type: 'UNCHOOSE' as const, id })); }));
    }
    expect(dropped).toBeGreaterThan(0);
    for (const g of games) {
      const c = encodeTeamGame({ session: s, team: 'Blue team', decisions: g.decisions, rationale: {} }, scenario()).code;
      const r = decodeTeamGame(c, s, scenario());
      expect(r.problem, c).toBeUndefined();
      expect(stateHash(r.game!)).toBe(stateHash(g));
    }
  });

  it('keep a whole 16-quarter Northmoor game within 80 characters to type (report)', () => {
    const report: string[] = [];
    for (const policy of ['steady', 'learning', 'compliance', 'random', 'none', 'balanced']) {
      const lengths = Array.from({ length: 12 }, (_, i) => typed(codesOf(playBot(scenario(), BUILT_IN[policy], `len-${i}`), 'Red team', {}, { ...s, seed: `len-${i}` }).code));
      report.push(`${policy} ${Math.min(...lengths)}-${Math.max(...lengths)}`);
      // the balanced bot picks at random among every decision it likes: the most a board's moves can hold
      if (policy !== 'balanced') expect(Math.max(...lengths), policy).toBeLessThanOrEqual(80);
      else expect(lengths.filter((n) => n <= 80).length).toBeGreaterThanOrEqual(11);
    }
    console.info(`team code lengths (characters to type, whole Northmoor games, 12 seeds each): ${report.join(', ')}; this game ${typed(code)}`);
  });
});

/** A game of these decisions (those still allowed), with `extra` moves played at the start of every agenda. */
function played(decisions: readonly Intent[], extra: (g: Game) => Intent[] = () => []): Game {
  let g = newGame(scenario(), s.seed).game;
  for (const d of decisions) {
    const r = step(g, d);
    if (!r.accepted) continue;
    g = r.game;
    if (d.type === 'BEGIN') for (const x of extra(g)) { const e = step(g, x); if (e.accepted) g = e.game; }
  }
  return g;
}

describe('a mistyped code points at the group of five that is wrong', () => {
  const groups = code.split('-').slice(1);
  const edit = (k: number, at: number) => {
    const g = groups[k];
    const ch = g[at] === 'A' ? 'B' : 'A';
    return ['BTN2T', ...groups.map((x, i) => (i === k ? x.slice(0, at) + ch + x.slice(at + 1) : x))].join('-');
  };

  it('for a changed character in any group, at any place in it', () => {
    for (let k = 0; k < groups.length; k++) for (let at = 0; at < 5; at++) {
      expect(decodeTeamGame(edit(k, at), s, scenario()).problem).toMatchObject({ code: 'checksum', group: k + 1, message: expect.stringMatching(new RegExp(`Group ${k + 1} \\(`)) });
    }
  });

  it('for a group with a character missing or extra, a letter codes never use, and groups swapped or cut off', () => {
    const short = ['BTN2T', ...groups.map((x, i) => (i === 2 ? x.slice(1) : x))].join('-');
    expect(decodeTeamGame(short, s, scenario()).problem).toMatchObject({ group: 3, message: expect.stringMatching(/Group 3 .* has 4 characters.*missing/) });
    expect(decodeTeamGame(code.replace(/-(\w)/, '-U'), s, scenario()).problem).toMatchObject({ group: 1, message: expect.stringMatching(/'U'.*group 1/) });
    const swapped = ['BTN2T', groups[1], groups[0], ...groups.slice(2)].join('-');
    expect(decodeTeamGame(swapped, s, scenario()).problem?.group).toBe(1);
    const cut = ['BTN2T', ...groups.slice(0, -2)].join('-');
    expect(decodeTeamGame(cut, s, scenario()).problem).toMatchObject({ code: 'truncated', message: expect.stringMatching(/stops after group \d+.*missing/) });
    expect(decodeTeamGame(code.slice(0, -2), s, scenario()).problem).toMatchObject({ code: 'truncated', message: expect.stringMatching(/last group .* has 3 of its five/) });
  });

  it('and finds that group in the text as it was typed, with or without dashes, in any case', async () => {
    const { groupSpan } = await import('../../src/workshop/groups');
    const spaced = `  ${code.toLowerCase().replace(/-/g, ' ')}`;
    for (const text of [code, spaced, normalise(code)]) {
      const [a, b] = groupSpan(text, 3)!;
      expect(normalise(text.slice(a, b))).toBe(groups[2]);
    }
  });
});

describe('codes from elsewhere', () => {
  it('refuse a code from another session, another scenario, or rules that changed under the same version', () => {
    const other = session('another-seed');
    expect(decodeTeamGame(code, other, scenario()).problem).toMatchObject({ code: 'other_session', message: expect.stringMatching(new RegExp(`not this one \\(${other.id}\\)`)) });
    expect(decodeTeamGame(code, s, scenario('first-meeting')).problem?.code).toBe('other_scenario');
    expect(decodeTeamGame(code, s, { ...scenario(), hash: 'ffffffffffffffff' }).problem).toMatchObject({ code: 'other_scenario', message: expect.stringMatching(/another version/) });
    const changed = { ...scenario(), calendar: { ...scenario().calendar, slots: 1 } };
    expect(decodeTeamGame(code, s, changed).problem?.code).toBe('replay');
  });

  it('refuse a code of a newer version, and the wrong kind of code in each box', () => {
    expect(decodeTeamGame(code.replace('BTN2T', 'BTN3T'), s, scenario()).problem).toMatchObject({ code: 'version', message: expect.stringMatching(/newer version.*version 3/) });
    expect(decodeTeamGame(encodeSession(s, scenario()), s, scenario()).problem).toMatchObject({ code: 'kind', message: "This is a workshop session code, not a team's game code." });
    expect(decodeSession(code, both).problem?.code).toBe('kind');
    expect(decodeSession('hello world', both).problem?.code).toBe('invalid');
    expect(decodeSession(42, both).problem?.code).toBe('invalid');
    expect(decodeSession('', both).problem?.code).toBe('truncated');
  });

  it('still read version 1 codes: a session set up before version 2 and a team code from it, with its reasons', () => {
    const content = { scenario: s.scenario, seed: s.seed, teams: ['Red team', 'Blue team'], pauses: [{ quarter: 4, prompt: 'What are the numbers not telling you?' }] };
    const old: WorkshopSession = { format: 1, id: sessionIdOf(content), ...content };
    const sessionCode = encodeSession(old, scenario());
    expect(sessionCode).toMatch(/^BTN1S-/);
    expect(decodeSession(sessionCode, both).session).toEqual(old);
    const teamCode = encodeTeamGameV1({ sessionId: old.id, seed: old.seed, team: 'Blue team', decisions: live.decisions, rationale: { 3: 'Because.' } }, scenario());
    expect(encodeSessionV1(old)).toBe(sessionCode);
    expect(encodeTeamGame({ session: old, team: 'Blue team', decisions: live.decisions, rationale: { 3: 'Because.' } }, scenario()).code).toBe(teamCode);
    const r = decodeTeamGame(teamCode, old, scenario());
    expect([r.team, r.rationale, stateHash(r.game!)]).toEqual(['Blue team', { 3: 'Because.' }, stateHash(live)]);
  });
});

describe('decoding never throws', () => {
  const sessionCode = encodeSession(s, scenario());
  const reasons = codesOf(live, 'Red team', { 1: 'Listen first.' }).reasons!;
  const decodeAll = (text: string) => [decodeSession(text, both), decodeTeamGame(text, s, scenario()), decodeTeamGame(`${code} ${text}`, s, scenario())];

  it('on any string', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'BTN12STR-0123456789ABCDEFGHJKMNPQRSTVWXYZ') })), (text) => {
      for (const r of decodeAll(text)) expect('problem' in r || 'session' in r || 'game' in r).toBe(true);
    }), { numRuns: 300 });
  });

  it('on any single-character edit of a valid code, and refuses every edit that changes it', () => {
    for (const [valid, which] of [[sessionCode, 0], [code, 1], [reasons, 2]] as const) {
      fc.assert(fc.property(fc.nat(valid.length - 1), fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZUa-! '), (at, ch) => {
        const edited = valid.slice(0, at) + ch + valid.slice(at + 1);
        if (normalise(edited) === normalise(valid)) return;
        const r = which === 2 ? decodeTeamGame(`${code} ${edited}`, s, scenario()) : decodeAll(edited)[which];
        expect(r.problem, edited).toBeDefined();
      }), { numRuns: 150 });
    }
  });

  it('on every truncation of a valid code, refusing each', () => {
    for (const valid of [sessionCode, code]) {
      for (let n = 0; n < valid.length; n++) {
        const cut = valid.slice(0, n);
        if (normalise(cut) === normalise(valid)) continue;
        const [a, b] = decodeAll(cut);
        expect(a.problem, cut).toBeDefined();
        expect(b.problem, cut).toBeDefined();
      }
    }
  });
});
