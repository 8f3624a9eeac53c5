// Crockford base32: digits and capitals without I, L, O and U, so a code read aloud or typed by hand survives
// case, spacing and the usual look-alikes (O for 0, I and L for 1).
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Upper case, without spaces or dashes, look-alikes mapped to the digits they stand for. */
export function normalise(text: string): string {
  return text.toUpperCase().replace(/[\s\-_]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) { bits -= 5; out += ALPHABET[(acc >>> bits) & 31]; }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(acc << (5 - bits)) & 31];
  return out;
}

/**
 * The bytes of a normalised base32 text, or the character outside the alphabet. `padded` says whether the left-over
 * bits are zero, as in every valid code: a cut-off code may leave others, a changed last character does too.
 */
export function fromBase32(text: string): { bytes: Uint8Array; padded: boolean } | { badChar: string } {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return { badChar: ch };
    acc = ((acc << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) { bits -= 8; out.push((acc >>> bits) & 0xff); }
  }
  return { bytes: Uint8Array.from(out), padded: bits === 0 || (acc & ((1 << bits) - 1)) === 0 };
}

/** Blocks of five, dashed, for reading aloud and typing. */
export function grouped(text: string, size = 5): string {
  return text.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? '';
}
