// The outside of a version 2 workshop code: `BTN2<kind>` then groups of five characters, each four of the number and a
// check character over them, the kind and the group's place. A mistyped group is pointed out by number, so a trainer
// corrects five characters rather than retyping the code; a group moved or dropped fails its place. The first
// character(s) give the number of groups, so a code cut short says how much is missing.
import { t } from '../i18n/messages';
import { ALPHABET, normalise } from './base32';
import { kindProblem, readPrefix, versionProblem, type CodeKind } from './envelope';
import { problem, type WorkshopProblem } from './problems';

export const VERSION = 2;
const DATA = 4;
const GROUP = DATA + 1;
const KIND_VALUE: Record<CodeKind, number> = { S: 1, T: 2, R: 3, C: 4 };

/** Luhn mod 32 (Luhn's algorithm over base-32 digits): catches every single mistyped character and most swaps of two. */
function luhn32(values: readonly number[]): number {
  let factor = 2;
  let sum = 0;
  for (let i = values.length - 1; i >= 0; i--) {
    const addend = factor * values[i];
    factor = factor === 2 ? 1 : 2;
    sum += Math.floor(addend / 32) + (addend % 32);
  }
  return (32 - (sum % 32)) % 32;
}
/** A group's check reads the kind of code, the group's place and whether it is the last, so a code cut after a whole
 *  group, or groups swapped, fail too. */
const checkOf = (kind: CodeKind, group: number, data: string, last: boolean) =>
  ALPHABET[luhn32([KIND_VALUE[kind] + (last ? 16 : 0), group % 32, ...[...data].map((c) => ALPHABET.indexOf(c))])];

/** The digits of a CodeWriter as a code: `BTN2T-XXXXX-XXXXX-…`. Zeros fill the last group: they do not change the
 *  fraction the digits stand for. */
export function sealGroups(kind: CodeKind, digits: string): string {
  const groups = Math.max(1, Math.ceil(digits.length / DATA));
  const data = digits.padEnd(groups * DATA, '0');
  const out = Array.from({ length: groups }, (_, g) => { const d = data.slice(g * DATA, (g + 1) * DATA); return d + checkOf(kind, g + 1, d, g === groups - 1); });
  return `BTN${VERSION}${kind}-${out.join('-')}`;
}

/** The digits inside a version 2 code of the expected kind, or what is wrong and, where it can tell, in which group. */
export function openGroups(code: unknown, kind: CodeKind): { digits: string } | { problem: WorkshopProblem } {
  const head = readPrefix(code);
  if ('problem' in head) return head;
  if (head.version !== VERSION) return versionProblem(head.version);
  const wrongKind = kindProblem(head.kind, kind);
  if (wrongKind) return wrongKind;
  const groups = head.rest.match(/.{1,5}/g) ?? [];
  const bad = [...head.rest].find((c) => !ALPHABET.includes(c));
  if (bad) {
    const at = groups.findIndex((g) => g.includes(bad)) + 1;
    return problem('checksum', t('codes.group.badChar', { char: bad, group: at }), at);
  }
  // where the code was typed in groups, a group of the wrong length is the place to look
  const typed = typedGroups(code as string);
  const odd = typed.length > 1 ? typed.findIndex((g, i) => g.length !== GROUP && i < typed.length - 1) : -1;
  if (odd >= 0) {
    return problem('checksum', t('codes.group.length', { group: odd + 1, text: typed[odd], length: typed[odd].length, which: typed[odd].length < GROUP ? 'missing' : 'extra' }), odd + 1);
  }
  if (groups.length === 0) return problem('truncated', t('codes.group.stopsAfter', { text: head.text }));
  const last = groups.length - 1;
  for (const [i, g] of groups.entries()) {
    if (g.length < GROUP) return problem('truncated', t('codes.group.lastShort', { text: g, length: g.length }), i + 1);
    if (checkOf(kind, i + 1, g.slice(0, DATA), i === last) === g[DATA]) continue;
    if (i === last && checkOf(kind, i + 1, g.slice(0, DATA), false) === g[DATA]) {
      return problem('truncated', t('codes.group.stopsAfterGroup', { group: i + 1 }), i + 2);
    }
    return problem('checksum', t('codes.group.mistyped', { group: i + 1, text: g }), i + 1);
  }
  return { digits: groups.map((g) => g.slice(0, DATA)).join('') };
}
/** The groups as typed, where the typist separated them (spaces or dashes), after the prefix. */
function typedGroups(code: string): string[] {
  const parts = code.trim().split(/[\s\-_]+/).map(normalise).filter((p) => p !== '');
  // the prefix is its own part (`BTN2T`), or runs into the first group when typed without a separator
  if (parts.length > 0 && /^BTN\d+[A-Z]$/.test(parts[0])) parts.shift();
  return parts;
}

/** Where group `group` of a code sits in the text as typed (start and end), to put the cursor on it. */
export function groupSpan(typed: string, group: number): [number, number] | null {
  const head = /^\s*B\s*T\s*N[\s\-_]*\d+[\s\-_]*[A-Za-z]/i.exec(typed);
  if (!head) return null;
  const from = (group - 1) * GROUP;
  let seen = 0;
  let start = -1;
  for (let i = head[0].length; i < typed.length; i++) {
    if (/[\s\-_]/.test(typed[i])) continue;
    if (seen === from) start = i;
    seen++;
    if (seen === from + GROUP) return [start, i + 1];
  }
  return start >= 0 ? [start, typed.length] : null;
}
