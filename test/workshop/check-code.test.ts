import { describe, expect, it } from 'vitest';
import { formItems, type CheckAnswers } from '../../src/learning/check';
import { roomCheckCsv, roomCheckReport } from '../../src/learning/room-report';
import { normalise } from '../../src/workshop/base32';
import { decodeCheck, encodeCheck } from '../../src/workshop/check-code';
import { decodeTeamGame, encodeTeamGame } from '../../src/workshop/codes';
import { parseWorkshopFile, serialiseWorkshopFile } from '../../src/workshop/file';
import { deviceRecord, restoreDevice } from '../../src/state/workshop-device';
import type { Workshop } from '../../src/state/store';
import { botGame, scenario, session } from './helpers';

const s = session('check-1');
const check = scenario().check!;
const firsts = (form: 'before' | 'after'): CheckAnswers => Object.fromEntries(formItems(check, form).map((it) => [it.id, it.choices ? it.choices[0].id : it.scale!.from]));
const bests = (form: 'before' | 'after'): CheckAnswers => Object.fromEntries(formItems(check, form).map((it) => [it.id, it.choices ? it.choices.find((c) => c.best)!.id : it.scale!.to]));
const learning = { before: firsts('before'), after: bests('after'), reaction: { useful: 4, relevant: 5 } };
const typed = (c: string) => normalise(c).length;

describe('a team\'s check code', () => {
  it('carries both forms and the reaction points exactly, in about fifteen characters to type', () => {
    const code = encodeCheck(s, 'Blue team', check, learning)!;
    expect(code).toMatch(/^BTN2C-/);
    console.log(`check code for Northmoor's ${check.items.length} items and two reaction points: ${typed(code)} characters typed (${code})`);
    expect(typed(code)).toBeLessThanOrEqual(25);
    expect(decodeCheck(code, s, check)).toEqual({ team: 'Blue team', learning });
    // a check taken before play only, a few questions left unanswered
    const partial = { before: { [formItems(check, 'before')[0].id]: formItems(check, 'before')[0].choices![1].id } };
    expect(decodeCheck(encodeCheck(s, 'Red team', check, partial)!, s, check).learning).toEqual(partial);
  });

  it('is refused when mistyped (naming the group), from another session, or not a check code', () => {
    const code = encodeCheck(s, 'Blue team', check, learning)!;
    const groups = code.split('-');
    groups[2] = groups[2][0] === 'A' ? `B${groups[2].slice(1)}` : `A${groups[2].slice(1)}`;
    expect(decodeCheck(groups.join('-'), s, check).problem).toMatchObject({ code: 'checksum', group: 2 });
    expect(decodeCheck(code, session('another'), check).problem?.code).toBe('other_session');
    expect(decodeCheck('BTN2R-AAAAA', s, check).problem?.code).toBe('kind');
  });

  it('travels beside the game code: the room reads the team\'s game and its check from one text, its QR code or file', () => {
    const game = botGame('learning', s.seed);
    const codes = encodeTeamGame({ session: s, team: 'Red team', decisions: game.decisions, rationale: { 3: 'Listen.' }, learning }, scenario());
    expect(codes.check).toMatch(/^BTN2C-/);
    const r = decodeTeamGame([codes.code, codes.check, codes.reasons].join('\n'), s, scenario());
    expect(r.problem).toBeUndefined();
    expect(r.learning).toEqual(learning);
    expect(r.rationale).toEqual({ 3: 'Listen.' });
    const blue = encodeCheck(s, 'Blue team', check, learning)!;
    expect(decodeTeamGame(`${codes.code} ${blue}`, s, scenario()).problem?.message).toContain("This check code is Blue team's");
  });

  it('is kept by the room across a reload and in the session file', () => {
    const game = botGame('learning', s.seed);
    const codes = encodeTeamGame({ session: s, team: 'Red team', decisions: game.decisions, rationale: {}, learning }, scenario());
    const room: Workshop = { role: 'facilitator', session: s, rationale: {}, pausesHeld: [], teams: [{ name: 'Red team', code: codes.code, game, rationale: {}, learning, checkCode: codes.check! }], notes: {}, reveal: false };
    const back = restoreDevice(deviceRecord(room, null), (id) => (id === 'northmoor' ? scenario() : undefined));
    expect(back.workshop?.teams[0].learning).toEqual(learning);
    const file = parseWorkshopFile(serialiseWorkshopFile({ workshopFile: 1, session: s, teams: [{ name: 'Red team', code: codes.code, decisions: [...game.decisions], rationale: {}, check: codes.check! }], notes: {} }));
    expect(file.file?.teams[0].check).toBe(codes.check);
  });
});

describe('the room\'s check report', () => {
  it('gives each team\'s change by construct and the room\'s mean over the teams that answered both, numbered not named', () => {
    const report = roomCheckReport(check, [{ index: 0, learning }, { index: 2, learning: { before: bests('before'), after: bests('after'), reaction: { useful: 2 } } }, { index: 1 }], 3);
    expect(report.reported).toBe(2);
    expect(report.teams.map((t) => t.team)).toEqual([1, 3]);
    const delays = check.constructs.findIndex((c) => c.id === 'delays');
    const firstBest = formItems(check, 'before').filter((i) => i.construct === 'delays').filter((i) => i.choices![0].best).length / 3;
    expect(report.teams[0].changes[delays].change).toBeCloseTo(1 - firstBest);
    expect(report.teams[1].changes[delays].change).toBe(0);
    expect(report.room[delays]).toMatchObject({ teams: 2, after: 1 });
    expect(report.room[delays].change).toBeCloseTo((1 - firstBest) / 2);
    expect(report.useful).toBe(3);
    const csv = roomCheckCsv(report, { scenario: 'northmoor', session: s.id });
    expect(csv).not.toContain('Red team');
    expect(csv.split('\r\n')[0]).toBe('scenario,session,team,construct,kind,before_pct,after_pct,change_points,useful_1to5,relevant_1to5');
    expect(csv).toContain('The room (2 of 3 teams)');
  });
});
