// The pseudo-locale: every interface string accented and made about 30% longer, in brackets. On a screen shown in it,
// a word of plain English is a string that bypassed the message files, and a missing bracket is text cut off.
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ', n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ', N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Text accented letter by letter (same length). */
export function accent(text: string): string {
  let out = '';
  for (const c of text) out += ACCENTED[c] ?? c;
  return out;
}

/** Filler that makes a text of `length` characters about 30% longer, in short words so that it wraps as text does
 *  (one long run of filler would overflow a box no real translation overflows). */
function filler(length: number): string {
  let n = Math.ceil(length * 0.3);
  let out = '';
  while (n > 0) {
    const word = Math.min(6, Math.max(1, n - 1));
    out += ` ${'~'.repeat(word)}`;
    n -= word + 1;
  }
  return out;
}

function literalLength(ast: readonly MessageFormatElement[]): number {
  let n = 0;
  for (const el of ast) {
    if (el.type === TYPE.literal) n += el.value.length;
    else if (el.type === TYPE.plural || el.type === TYPE.select) n += Math.max(0, ...Object.values(el.options).map((o) => literalLength(o.value)));
    else if (el.type === TYPE.tag) n += literalLength(el.children);
    else n += 4;
  }
  return n;
}

function accentAll(ast: readonly MessageFormatElement[]): MessageFormatElement[] {
  return ast.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: accent(el.value) };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      return { ...el, options: Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, { ...o, value: accentAll(o.value) }])) };
    }
    if (el.type === TYPE.tag) return { ...el, children: accentAll(el.children) };
    return el;
  });
}

/** A parsed message in the pseudo-locale: its words accented, in brackets, padded by 30% (placeholders kept). */
export function pseudoMessage(ast: readonly MessageFormatElement[]): MessageFormatElement[] {
  const pad = filler(literalLength(ast));
  return [{ type: TYPE.literal, value: '[' }, ...accentAll(ast), { type: TYPE.literal, value: `${pad}]` }];
}

/** A plain text (a scenario's words) in the pseudo-locale: accented, in brackets, padded by 30%. */
export function pseudoText(text: string): string {
  const trimmed = text.trimEnd();
  return `[${accent(trimmed)}${filler(trimmed.length)}]${text.slice(trimmed.length)}`;
}
