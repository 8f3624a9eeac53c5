// The outside of every workshop code: `BTN<version><kind>-` then base32 of [payload length][payload][CRC-32], dashed
// in blocks of five. The length tells a cut-off code from a mistyped one; the checksum catches any change.
import { fromBase32, grouped, normalise, toBase32 } from './base32';
import { BitReader, BitWriter, OutOfData } from './bits';
import { crc32 } from './crc32';
import { problem, type WorkshopProblem } from './problems';

export const CODE_VERSION = 1;
export type CodeKind = 'S' | 'T';
const KIND_NAMES: Record<CodeKind, string> = { S: 'a workshop session code', T: "a team's game code" };
const AGAIN = 'Ask for it to be read or scanned again.';

export function seal(kind: CodeKind, payload: Uint8Array): string {
  const w = new BitWriter();
  w.varint(payload.length);
  const head = w.bytes();
  const sum = crc32(Uint8Array.from([CODE_VERSION, kind.charCodeAt(0), ...head, ...payload]));
  const frame = Uint8Array.from([...head, ...payload, sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255]);
  return `BTN${CODE_VERSION}${kind}-${grouped(toBase32(frame))}`;
}

/** The payload of a code of the expected kind, or a problem a trainer can act on. Never throws. */
export function open(code: unknown, kind: CodeKind): { payload: Uint8Array; problem?: undefined } | { problem: WorkshopProblem } {
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
  const version = Number(head[1]);
  if (version !== CODE_VERSION) {
    return problem('version', version > CODE_VERSION
      ? `This code was made by a newer version of the game (version ${version}); this version reads version ${CODE_VERSION}. Update the game on this computer.`
      : `This code is of an unknown version (${version}); this version of the game reads version ${CODE_VERSION}.`);
  }
  if (head[2] === '') return problem('truncated', `This code is incomplete: it stops after '${text}'. ${AGAIN}`);
  if (head[2] !== kind) {
    const was = head[2] in KIND_NAMES ? KIND_NAMES[head[2] as CodeKind] : `a code of an unknown kind ('${head[2]}')`;
    return problem('kind', `This is ${was}, not ${KIND_NAMES[kind]}.`);
  }
  const decoded = fromBase32(text.slice(head[0].length));
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
