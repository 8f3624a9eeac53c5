// The outside of a version 1 workshop code: `BTN1<kind>-` then base32 of [payload length][payload][CRC-32], dashed
// in blocks of five. The length tells a cut-off code from a mistyped one; the checksum catches any change.
import { t } from '../i18n/messages';
import { fromBase32, grouped, normalise, toBase32 } from './base32';
import { BitReader, BitWriter, OutOfData } from './bits';
import { crc32 } from './crc32';
import { problem, type WorkshopProblem } from './problems';

/** Version 1 codes carry names, prompts and reasons; version 2 codes carry only what a device cannot know. */
export const CODE_VERSION = 1;
export const LATEST_VERSION = 2;
export type CodeKind = 'S' | 'T' | 'R' | 'C';

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
  if (typeof code !== 'string') return problem('invalid', t('codes.prefix.notText'));
  const text = normalise(code);
  if (text === '') return problem('truncated', t('codes.prefix.empty'));
  if (!text.startsWith('BTN')) {
    return 'BTN'.startsWith(text) ? problem('truncated', t('codes.prefix.stopsAfter', { text }))
      : problem('invalid', t('codes.prefix.notBtn'));
  }
  const head = /^BTN(\d*)([A-Z]?)/.exec(text)!;
  if (head[1] === '') return text.length === 3 ? problem('truncated', t('codes.prefix.stopsAfter', { text: 'BTN' }))
    : problem('invalid', t('codes.prefix.noVersion'));
  if (head[2] === '') return problem('truncated', t('codes.prefix.stopsAfter', { text }));
  return { version: Number(head[1]), kind: head[2], text, rest: text.slice(head[0].length) };
}

/** A code of a version this game does not read. */
export function versionProblem(version: number): { problem: WorkshopProblem } {
  return problem('version', t(version > LATEST_VERSION ? 'codes.version.newer' : 'codes.version.unknown', { version, oldest: CODE_VERSION, latest: LATEST_VERSION }));
}

/** The problem of a code of the wrong kind, or none. */
export function kindProblem(kind: string, expected: CodeKind): { problem: WorkshopProblem } | null {
  if (kind === expected) return null;
  // the kinds are named in the message: S, T, R and C, any other letter as a code of an unknown kind
  return problem('kind', t('codes.kind.wrong', { was: kind, kind, expected }));
}

/** The payload of a version 1 code of the expected kind, or a problem a trainer can act on. Never throws. */
export function open(code: unknown, kind: CodeKind): { payload: Uint8Array; problem?: undefined } | { problem: WorkshopProblem } {
  const head = readPrefix(code);
  if ('problem' in head) return head;
  if (head.version !== CODE_VERSION) return versionProblem(head.version);
  const wrongKind = kindProblem(head.kind, kind);
  if (wrongKind) return wrongKind;
  const decoded = fromBase32(head.rest);
  if ('badChar' in decoded) return problem('checksum', t('codes.v1.badChar', { char: decoded.badChar }));
  const bytes = decoded.bytes;
  let length: number;
  let headLength: number;
  try {
    const r = new BitReader(bytes);
    length = r.varint();
    headLength = r.position / 8;
  } catch (e) {
    if (e instanceof OutOfData) return problem('truncated', t('codes.v1.endsEarly'));
    throw e;
  }
  const expected = headLength + length + 4;
  if (length > 100_000) return problem('checksum', t('codes.v1.checksum'));
  if (bytes.length < expected) return problem('truncated', t('codes.v1.missing', { n: String(Math.ceil(((expected - bytes.length) * 8) / 5)) }));
  if (!decoded.padded) return problem('checksum', t('codes.v1.lastChar'));
  if (bytes.length > expected) return problem('checksum', t('codes.v1.tooLong'));
  const body = bytes.subarray(0, expected - 4);
  const sum = crc32(Uint8Array.from([CODE_VERSION, kind.charCodeAt(0), ...body]));
  const given = ((bytes[expected - 4] << 24) | (bytes[expected - 3] << 16) | (bytes[expected - 2] << 8) | bytes[expected - 1]) >>> 0;
  if (sum !== given) return problem('checksum', t('codes.v1.checksum'));
  return { payload: bytes.slice(headLength, expected - 4) };
}
