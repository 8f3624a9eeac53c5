// The outside of a version 1 workshop code: `BTN1<kind>-` then base32 of [payload length][payload][CRC-32], dashed
// in blocks of five. The length tells a cut-off code from a mistyped one; the checksum catches any change.
import { fromBase32, grouped, normalise, toBase32 } from './base32';
import { BitReader, BitWriter, OutOfData } from './bits';
import { crc32 } from './crc32';
import { problem, type WorkshopProblem } from './problems';

/** Version 1 codes carry names, prompts and reasons; version 2 codes carry only what a device cannot know. */
export const CODE_VERSION = 1;
export const LATEST_VERSION = 2;
export type CodeKind = 'S' | 'T' | 'R' | 'C';
const KIND_NAMES: Record<CodeKind, string> = { S: 'a workshop session code', T: "a team's game code", R: "a team's reasons code", C: "a team's check code" };
const AGAIN = 'Ask for it to be read or scanned again.';

export function seal(kind: CodeKind, payload: Uint8Array): string {
  const w = new BitWriter();
  w.varint(payload.length);
  const head = w.bytes();
  const sum = crc32(Uint8Array.from([CODE_VERSION, kind.charCodeAt(0), ...head, ...payload]));
  const frame = Uint8Array.from([...head, ...payload, sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255]);
  return `BTN${CODE_VERSION}${kind}-${grouped(toBase32(frame))}`;
}

export interface Prefix { version: number; kind: string; text: string; rest: string }

/** The version and kind a code says it is (`BTN2T-…`: version 2, a team's game), or what is wrong with its start. */
export function readPrefix(code: unknown): Prefix | { problem: WorkshopProblem } {
  if (typeof code !== 'string') return problem('invalid', 'This is not a workshop code: it is not text.');
  const text = normalise(code);
  if (text === '') return problem('truncated', 'The code is empty. Type or scan the whole code.');
  if (!text.startsWith('BTN')) {
    return 'BTN'.startsWith(text) ? problem('truncated', `This code is incomplete: it stops after '${text}'. ${AGAIN}`)
      : problem('invalid', "This is not a Beyond the Numbers workshop code: those start with 'BTN'.");
  }
  const head = /^BTN(\d*)([A-Z]?)/.exec(text)!;
  if (head[1] === '') return text.length === 3 ? problem('truncated', `This code is incomplete: it stops after 'BTN'. ${AGAIN}`)
    : problem('invalid', "This is not a Beyond the Numbers workshop code: 'BTN' is not followed by a version number.");
  if (head[2] === '') return problem('truncated', `This code is incomplete: it stops after '${text}'. ${AGAIN}`);
  return { version: Number(head[1]), kind: head[2], text, rest: text.slice(head[0].length) };
}

/** A code of a version this game does not read. */
export function versionProblem(version: number): { problem: WorkshopProblem } {
  return problem('version', version > LATEST_VERSION
    ? `This code was made by a newer version of the game (version ${version}); this version reads versions ${CODE_VERSION} to ${LATEST_VERSION}. Update the game on this computer.`
    : `This code is of an unknown version (${version}); this version of the game reads versions ${CODE_VERSION} to ${LATEST_VERSION}.`);
}

/** The problem of a code of the wrong kind, or none. */
export function kindProblem(kind: string, expected: CodeKind): { problem: WorkshopProblem } | null {
  if (kind === expected) return null;
  const was = kind in KIND_NAMES ? KIND_NAMES[kind as CodeKind] : `a code of an unknown kind ('${kind}')`;
  return problem('kind', `This is ${was}, not ${KIND_NAMES[expected]}.`);
}

/** The payload of a version 1 code of the expected kind, or a problem a trainer can act on. Never throws. */
export function open(code: unknown, kind: CodeKind): { payload: Uint8Array; problem?: undefined } | { problem: WorkshopProblem } {
  const head = readPrefix(code);
  if ('problem' in head) return head;
  if (head.version !== CODE_VERSION) return versionProblem(head.version);
  const wrongKind = kindProblem(head.kind, kind);
  if (wrongKind) return wrongKind;
  const decoded = fromBase32(head.rest);
  if ('badChar' in decoded) return problem('checksum', `This code has been changed or mistyped: it contains '${decoded.badChar}', which codes never use. ${AGAIN}`);
  const bytes = decoded.bytes;
  let length: number;
  let headLength: number;
  try {
    const r = new BitReader(bytes);
    length = r.varint();
    headLength = r.position / 8;
  } catch (e) {
    if (e instanceof OutOfData) return problem('truncated', `This code is incomplete: it ends early. ${AGAIN}`);
    throw e;
  }
  const expected = headLength + length + 4;
  if (length > 100_000) return problem('checksum', `This code has been changed or mistyped: its checksum does not match. ${AGAIN}`);
  if (bytes.length < expected) return problem('truncated', `This code is incomplete: it ends early (about ${Math.ceil(((expected - bytes.length) * 8) / 5)} characters are missing). ${AGAIN}`);
  if (!decoded.padded) return problem('checksum', `This code has been changed or mistyped: its last character is not possible. ${AGAIN}`);
  if (bytes.length > expected) return problem('checksum', `This code has been changed or mistyped: it is longer than it should be. ${AGAIN}`);
  const body = bytes.subarray(0, expected - 4);
  const sum = crc32(Uint8Array.from([CODE_VERSION, kind.charCodeAt(0), ...body]));
  const given = ((bytes[expected - 4] << 24) | (bytes[expected - 3] << 16) | (bytes[expected - 2] << 8) | bytes[expected - 1]) >>> 0;
  if (sum !== given) return problem('checksum', `This code has been changed or mistyped: its checksum does not match. ${AGAIN}`);
  return { payload: bytes.slice(headLength, expected - 4) };
}
