// A version 2 session code: only what a team's device cannot know. The scenario by 32 bits of its content hash (the
// device finds it among those it has), the seed, how many teams, the quarters it pauses before and the timer, with a
// 10-bit check over them all. About 30 characters for a six-character seed: typed from a projector in under a minute.
import type { Scenario } from '../engine/types';
import { t } from '../i18n/messages';
import { crc32 } from './crc32';
import { openGroups, sealGroups } from './groups';
import { problem, type WorkshopProblem } from './problems';
import { CodeReader, CodeWriter } from './coder';
import { normalise } from './base32';
import { MAX_SEED, MAX_TEAMS, MIN_TEAMS, numberedTeams, SESSION_FORMAT, sessionIdOf, WorkshopSessionSchema, type WorkshopSession } from './session';

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** Seeds are written in the smallest of three alphabets that holds them: hex (the default seeds), plain words, any text. */
const HEX = '0123456789abcdef';
const PLAIN = 'abcdefghijklmnopqrstuvwxyz0123456789-_. ';
const MAX_TIMER = 180;

function writeSeed(w: CodeWriter, seed: string): void {
  const bytes = utf8.encode(seed);
  if (bytes.length < 1 || bytes.length > MAX_SEED * 4) throw new RangeError('a session seed is 1 to 40 characters'); // i18n-exempt: a bug in the caller, for developers (createSession checks seeds)
  const alphabet = [HEX, PLAIN].find((a) => seed.length <= MAX_SEED && [...seed].every((c) => a.includes(c)));
  w.uniform(alphabet === HEX ? 0 : alphabet === PLAIN ? 1 : 2, 3);
  if (alphabet) {
    w.uniform(seed.length - 1, MAX_SEED);
    for (const c of seed) w.uniform(alphabet.indexOf(c), alphabet.length);
  } else {
    w.uniform(bytes.length - 1, MAX_SEED * 4);
    for (const b of bytes) w.uniform(b, 256);
  }
}

function readSeed(r: CodeReader): string | null {
  const mode = r.uniform(3);
  if (mode === 2) {
    const bytes = Uint8Array.from({ length: r.uniform(MAX_SEED * 4) + 1 }, () => r.uniform(256));
    try { return strictUtf8.decode(bytes); } catch { return null; }
  }
  const alphabet = mode === 0 ? HEX : PLAIN;
  return Array.from({ length: r.uniform(MAX_SEED) + 1 }, () => alphabet[r.uniform(alphabet.length)]).join('');
}

const checkOf = (fields: unknown) => crc32(utf8.encode(JSON.stringify(fields))) & 1023;

export function encodeSessionV2(session: WorkshopSession, quarters: number): string {
  const w = new CodeWriter();
  w.uniform(parseInt(session.scenario.hash.slice(0, 8), 16), 2 ** 32);
  writeSeed(w, session.seed);
  w.uniform(session.teams.length - MIN_TEAMS, MAX_TEAMS - MIN_TEAMS + 1);
  for (let q = 1; q <= quarters; q++) w.uniform(session.pauses.some((p) => p.quarter === q) ? 1 : 0, 2);
  w.uniform(session.timerMinutes ?? 0, MAX_TIMER + 1);
  w.uniform(checkOf([session.scenario.hash, session.seed, session.teams.length, session.pauses.map((p) => p.quarter), session.timerMinutes ?? 0]), 1024);
  return sealGroups('S', w.finish());
}

/** The session a code stands for, on the scenario among `scenarios` it was set up on, or what is wrong. */
export function decodeSessionV2(code: string, scenarios: readonly Scenario[]): { session?: WorkshopSession; scenario?: Scenario; problem?: WorkshopProblem } {
  const opened = openGroups(code, 'S');
  if ('problem' in opened) return opened;
  const r = new CodeReader(opened.digits);
  const hash = r.uniform(2 ** 32).toString(16).padStart(8, '0');
  const scenario = scenarios.find((s) => s.hash.startsWith(hash));
  if (!scenario) {
    return problem('other_scenario', t('codes.session.missingScenario', { hash }));
  }
  const seed = readSeed(r);
  const teams = r.uniform(MAX_TEAMS - MIN_TEAMS + 1) + MIN_TEAMS;
  const quarters = Array.from({ length: scenario.calendar.quarters }, (_, i) => i + 1).filter(() => r.uniform(2) === 1);
  const timer = r.uniform(MAX_TIMER + 1);
  const check = r.uniform(1024);
  if (seed === null || check !== checkOf([hash, seed, teams, quarters, timer])) {
    return problem('checksum', t('codes.session.checkMismatch'));
  }
  const content = { scenario: { id: scenario.id, hash }, seed, teams: numberedTeams(teams), pauses: quarters.map((quarter) => ({ quarter, prompt: '' })), ...(timer > 0 ? { timerMinutes: timer } : {}) };
  const parsed = WorkshopSessionSchema.safeParse({ format: SESSION_FORMAT, id: sessionIdOf({ ...content, format: SESSION_FORMAT }), ...content });
  if (!parsed.success) return problem('invalid', t('codes.session.notValid', { issue: parsed.error.issues[0].message }));
  // the one code for this session: anything else (extra digits) was not made by this game
  if (normalise(encodeSessionV2(parsed.data, scenario.calendar.quarters)) !== normalise(code)) return problem('checksum', t('codes.session.readBack'));
  return { session: parsed.data, scenario };
}
