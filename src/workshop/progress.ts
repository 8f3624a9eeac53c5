// Progress without a network: at a pause a team's screen shows a progress code of eight characters (which team, the
// quarter it waits before, a glimpse of its state) that the trainer types into the room view, which then shows who has
// reached the pause. The trainer releases a pause with a word shown on the projector, which each team types to go on.
// Both are derived from the session, so no device needs to tell another anything else. Decoding never throws.
import { hashData } from '../engine/hash';
import { t } from '../i18n/messages';
import { ALPHABET, normalise } from './base32';
import { crc32 } from './crc32';
import { sessionIdNumber, type WorkshopSession } from './session';

/** 40 bits: 10 of the session id, 3 the team, 7 the quarter, 12 of the state hash, 8 a check over all of them. */
const CHARS = 8;

export interface Progress { team: string; quarter: number; hash: string }

function check(bits: number, session: WorkshopSession): number {
  return crc32(Uint8Array.from([...new TextEncoder().encode(session.id), bits >>> 24, (bits >>> 16) & 255, (bits >>> 8) & 255, bits & 255])) & 255;
}

export function encodeProgress(session: WorkshopSession, team: string, quarter: number, stateHash: string): string {
  const index = session.teams.indexOf(team);
  if (index < 0) throw new Error(`'${team}' is not a team of session ${session.id}`); // i18n-exempt: a bug in the caller, for developers
  const bits = (((sessionIdNumber(session.id) & 0x3ff) << 22) | (index << 19) | ((quarter & 0x7f) << 12) | (parseInt(stateHash.slice(0, 3), 16) & 0xfff)) >>> 0;
  const all = bits * 256 + check(bits, session);
  const chars = Array.from({ length: CHARS }, (_, i) => ALPHABET[Math.floor(all / 32 ** (CHARS - 1 - i)) % 32]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

export function decodeProgress(code: unknown, session: WorkshopSession): { progress?: Progress; problem?: string } {
  if (typeof code !== 'string') return { problem: t('codes.progress.notText') };
  const text = normalise(code);
  if (text.length !== CHARS) return { problem: t('codes.progress.length', { length: text.length }) };
  let all = 0;
  for (const c of text) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) return { problem: t('codes.progress.badChar', { char: c }) };
    all = all * 32 + v;
  }
  const bits = Math.floor(all / 256);
  if (all % 256 !== check(bits, session)) {
    return { problem: t((bits >>> 22) !== (sessionIdNumber(session.id) & 0x3ff) ? 'codes.progress.otherSession' : 'codes.progress.mistyped') };
  }
  const team = session.teams[(bits >>> 19) & 7];
  if (!team) return { problem: t('codes.progress.noTeam') };
  return { progress: { team, quarter: (bits >>> 12) & 0x7f, hash: ((bits & 0xfff) >>> 0).toString(16).padStart(3, '0') } };
}

/** Plain, distinct words that read well from the back of a room and are hard to mishear. They stay English in every
 *  language: the projector and every team's device must derive the same word from the session, whatever each speaks. */
const WORDS = [ // i18n-exempt: release words are derived from the session id and compared on every device, so one list for all languages
  'harbour', 'lantern', 'meadow', 'orchard', 'compass', 'kettle', 'willow', 'granite', 'beacon', 'thistle', 'copper', 'saddle',
  'quarry', 'pebble', 'juniper', 'falcon', 'chapel', 'furnace', 'ribbon', 'walnut', 'anchor', 'basket', 'canvas', 'dolphin',
  'ember', 'fiddle', 'garnet', 'hazel', 'island', 'jigsaw', 'kestrel', 'lemon', 'marble', 'nutmeg', 'otter', 'parcel'];

/** The word that releases the pause before `quarter`: the same on the projector and on every team's device. */
export function releaseWord(session: WorkshopSession, quarter: number): string {
  return WORDS[parseInt(hashData({ session: session.id, quarter }).slice(0, 8), 16) % WORDS.length];
}

export function isReleaseWord(session: WorkshopSession, quarter: number, typed: string): boolean {
  return typed.trim().toLowerCase() === releaseWord(session, quarter);
}
