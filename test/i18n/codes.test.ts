// Codes, saves and files speak by message id: a mistyped or tampered code, a damaged save or workshop file, the room's
// announcements, in English exactly as before and in Welsh. The codes themselves, and the words that release a pause,
// are the same in every language.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale, t } from '../../src/i18n/messages';
import { parseSave } from '../../src/saves/format';
import { createSaveStore, type KeyValueStorage } from '../../src/saves/store';
import { restoreDevice } from '../../src/state/workshop-device';
import { decodeSession, decodeTeamGame, encodeSession, encodeTeamGame } from '../../src/workshop/codes';
import { kindProblem, readPrefix, versionProblem } from '../../src/workshop/envelope';
import { parseWorkshopFile } from '../../src/workshop/file';
import { decodeProgress, releaseWord } from '../../src/workshop/progress';
import { createSession } from '../../src/workshop/session';
import { botGame, scenario, session } from '../workshop/helpers';

afterEach(() => setLocale('en'));

const s = session();
const game = botGame('balanced', s.seed);
const codesOf = () => encodeTeamGame({ session: s, team: 'Red team', decisions: game.decisions, rationale: { 2: 'We listened.' } }, scenario());
/** A session code with one character of its second group changed, so that group's check fails. */
const mistyped = () => { const c = encodeSession(s, scenario()); const at = c.indexOf('-', 6) + 2; return c.slice(0, at) + (c[at] === 'A' ? 'B' : 'A') + c.slice(at + 1); };
const full: KeyValueStorage = { getItem: () => null, setItem: () => { throw Object.assign(new Error('full'), { name: 'QuotaExceededError' }); }, removeItem: () => {}, key: () => null, length: 0 };

describe('codes, saves and files in English', () => {
  it('say what is wrong with a code as before', () => {
    expect((readPrefix('BTN') as { problem: { message: string } }).problem.message).toBe("This code is incomplete: it stops after 'BTN'. Ask for it to be read or scanned again.");
    expect(kindProblem('R', 'T')?.problem.message).toBe("This is a team's reasons code, not a team's game code.");
    expect(kindProblem('Q', 'S')?.problem.message).toBe("This is a code of an unknown kind ('Q'), not a workshop session code.");
    expect(versionProblem(7).problem.message).toBe('This code was made by a newer version of the game (version 7); this version reads versions 1 to 2. Update the game on this computer.');
    expect(decodeSession(mistyped(), [scenario()]).problem).toMatchObject({ code: 'checksum', group: 2 });
    expect(decodeSession(mistyped(), [scenario()]).problem?.message).toMatch(/^Group 2 \([0-9A-Z]{5}\) was mistyped: its last character does not match the four before it\. Check that group\. Ask for it to be read again\.$/);
    expect(decodeTeamGame(codesOf().reasons!, s, scenario()).problem?.message).toBe("These are a team's reasons only: its game code is needed too (the code on its screen that starts BTN2T).");
    expect(decodeProgress('ABC', s).problem).toBe('A progress code has eight characters; this one has 3. Ask the team to read it again.');
  });

  it('say what is wrong with a session, a save or a file as before', () => {
    expect(createSession(scenario(), { seed: 'x', teams: ['Red'] }).problem?.message).toBe('This session needs at least 2 teams.');
    expect(createSession(scenario(), { seed: 'x', teams: ['Red', 'red'] }).problem?.message).toBe('This session has two teams with the same name.');
    expect(parseSave('{"a": x}', 'mine.json').problem?.message).toBe("Save 'mine.json' could not be read: the file is damaged: it is not valid JSON near line 1, column 7 (corrupt). Your other saves are safe.");
    expect(parseSave('{"saveFormat": 9}', 'mine.json').problem?.message).toBe("Save 'mine.json' was made by a newer version of the game (format 9); this version reads format 1. Update the game to open it.");
    expect(parseWorkshopFile('{"workshopFile": 1, "session": {}}').problem?.message).toMatch(/^The workshop file could not be read: session\.scenario .+\. It may have been edited or damaged\.$/);
    expect(createSaveStore(full).write({ id: 'x' } as never).problem?.message).toMatch(/^Save 'x' was not written: it is not a valid save \(/);
    expect(restoreDevice('{"workshopDevice": 9}', () => undefined).problem).toBe('The workshop kept on this device is from another version of the game, so it was set aside.');
    expect(t('codes.action.fileOpened', { session: 'ABC-123', count: 1 })).toBe("Workshop ABC-123 opened from its file: 1 team' games.");
    expect(t('codes.action.fileOpened', { session: 'ABC-123', count: 3 })).toBe("Workshop ABC-123 opened from its file: 3 teams' games.");
    expect(t('codes.store.full', { action: 'read', name: 'x' })).toBe("Save 'x' could not be read from this browser's storage: this browser's storage for the game is full. Delete an old save or export one to a file, then try again. Your other saves are safe.");
  });
});

describe('codes, saves and files in Welsh', () => {
  it('say what is wrong with a code, naming the group to check', () => {
    setLocale('cy');
    expect((readPrefix('BTN') as { problem: { message: string } }).problem.message).toBe("Mae'r cod hwn yn anghyflawn: mae'n dod i ben ar ôl 'BTN'. Gofynnwch i'r cod gael ei ddarllen neu ei sganio eto.");
    expect(kindProblem('R', 'T')?.problem.message).toBe('Cod rhesymau tîm yw hwn, nid cod gêm tîm.');
    expect(kindProblem('Q', 'S')?.problem.message).toBe("Cod o fath anhysbys ('Q') yw hwn, nid cod sesiwn gweithdy.");
    expect(decodeSession(mistyped(), [scenario()]).problem).toMatchObject({ code: 'checksum', group: 2 });
    expect(decodeSession(mistyped(), [scenario()]).problem?.message).toMatch(/^Cafodd grŵp 2 \([0-9A-Z]{5}\) ei gamdeipio: /);
    expect(decodeProgress('ABC', s).problem).toBe("Mae gan god cynnydd wyth nod; mae gan yr un hwn 3. Gofynnwch i'r tîm ei ddarllen eto.");
  });

  it('say what is wrong with a session, a save or a file, and count teams and errors in Welsh', () => {
    setLocale('cy');
    expect(createSession(scenario(), { seed: 'x', teams: ['Red'] }).problem?.message).toBe('Yn y sesiwn hon, mae angen o leiaf 2 tîm.');
    expect(parseSave('', 'mine.json').problem?.message).toBe("Ni ellid darllen y gêm wedi'i chadw 'mine.json': mae'r ffeil yn wag (wedi'i thorri). Mae eich gemau eraill sydd wedi'u cadw yn ddiogel.");
    expect(parseSave('{"saveFormat": 9}', 'mine.json').problem?.message).toContain('mae\'r fersiwn hon yn darllen fformat 1.');
    expect(parseWorkshopFile('').problem?.message).toBe('Mae ffeil y gweithdy yn wag.');
    expect(restoreDevice('not json', () => undefined).problem).toBe("Ni ellid darllen y gweithdy a gadwyd ar y ddyfais hon, felly cafodd ei roi o'r neilltu. Mae eich gemau sydd wedi'u cadw yn ddiogel.");
    expect(t('codes.action.fileOpened', { session: 'ABC-123', count: 1 })).toBe("Agorwyd gweithdy ABC-123 o'i ffeil: gêm 1 tîm.");
    expect(t('codes.action.fileOpened', { session: 'ABC-123', count: 2 })).toBe("Agorwyd gweithdy ABC-123 o'i ffeil: gemau 2 dîm.");
    expect(t('codes.action.fileOpened', { session: 'ABC-123', count: 3 })).toBe("Agorwyd gweithdy ABC-123 o'i ffeil: gemau 3 thîm.");
    expect(t('codes.open.errors', { file: 'a.scenario.yaml', count: 2 })).toBe('Mae 2 wall yn a.scenario.yaml.');
  });

  it('leave every code, and the word that releases a pause, exactly as in English', () => {
    const en = { session: encodeSession(s, scenario()), team: codesOf(), word: releaseWord(s, 4) };
    setLocale('cy');
    expect({ session: encodeSession(s, scenario()), team: codesOf(), word: releaseWord(s, 4) }).toEqual(en);
    expect(decodeTeamGame(`${en.team.code} ${en.team.reasons}`, s, scenario())).toMatchObject({ team: 'Red team', rationale: { 2: 'We listened.' } });
  });
});
