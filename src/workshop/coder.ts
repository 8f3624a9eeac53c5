// An exact arithmetic coder over whole numbers: a code is one fraction X / 32^k, and each thing written narrows the
// interval it must fall in by the share its value was given. A choice among n equally likely values costs log2(n) bits,
// with no bit rounded up; a likely value costs less (a decision the team has taken before, the answer in the order the
// screen gives). Both sides compute the same shares from the game, so nothing about the shares is sent. BigInt
// arithmetic keeps it exact on every device: no floating point decides a digit.
import { ALPHABET } from './base32';

/** The interval [low / den, (low + width) / den) both sides narrow in step. */
class Interval {
  protected low = 0n;
  protected width = 1n;
  protected den = 1n;
  protected narrow(cum: bigint, share: bigint, total: bigint): void {
    this.low = this.low * total + cum * this.width;
    this.width *= share;
    this.den *= total;
  }
}

function shares(weights: readonly number[]): bigint[] {
  return weights.map((w) => {
    if (!Number.isInteger(w) || w <= 0) throw new RangeError(`a share must be a whole number above 0, not ${w}`); // i18n-exempt: a bug in the caller, for developers
    return BigInt(w);
  });
}

export class CodeWriter extends Interval {
  /** Writes `value` of `radix` equally likely values. A radix of 1 costs nothing. */
  uniform(value: number, radix: number): void {
    if (!(value >= 0 && value < radix)) throw new RangeError(`${value} is out of 0-${radix - 1}`); // i18n-exempt: a bug in the caller, for developers
    if (radix > 1) this.narrow(BigInt(value), 1n, BigInt(radix));
  }
  /** Writes the value at `index`, each value having the share its weight gives it. */
  weighted(index: number, weights: readonly number[]): void {
    const w = shares(weights);
    if (!(index >= 0 && index < w.length)) throw new RangeError(`${index} is out of ${w.length} values`); // i18n-exempt: a bug in the caller, for developers
    if (w.length === 1) return;
    const cum = w.slice(0, index).reduce((a, b) => a + b, 0n);
    this.narrow(cum, w[index], w.reduce((a, b) => a + b, 0n));
  }
  /** The fewest base-32 digits whose fraction falls inside the interval. */
  finish(): string {
    for (let k = 0, scale = 1n; ; k++, scale *= 32n) {
      const x = (this.low * scale + this.den - 1n) / this.den; // ceil(low * 32^k / den)
      if (x * this.den < (this.low + this.width) * scale) return digits(x, k);
    }
  }
}

/** Reads back what a CodeWriter wrote, given the same weights in the same order. Bad digits read as some value, never
 *  throw: the decoders re-encode what they read and compare, so a changed code is always caught. */
export class CodeReader extends Interval {
  private readonly x: bigint;
  private readonly scale: bigint;
  constructor(text: string) {
    super();
    this.x = [...text].reduce((v, c) => v * 32n + BigInt(Math.max(0, ALPHABET.indexOf(c))), 0n);
    this.scale = 32n ** BigInt(text.length);
  }
  uniform(radix: number): number {
    if (radix <= 1) return 0;
    const total = BigInt(radix);
    const value = this.target(total);
    this.narrow(value, 1n, total);
    return Number(value);
  }
  weighted(weights: readonly number[]): number {
    const w = shares(weights);
    if (w.length <= 1) return 0;
    const total = w.reduce((a, b) => a + b, 0n);
    const target = this.target(total);
    let cum = 0n;
    let index = 0;
    while (cum + w[index] <= target) cum += w[index++];
    this.narrow(cum, w[index], total);
    return index;
  }
  /** Where X / 32^k sits in the interval, scaled to 0..total - 1. */
  private target(total: bigint): bigint {
    const t = (total * (this.x * this.den - this.low * this.scale)) / (this.width * this.scale);
    return t < 0n ? 0n : t >= total ? total - 1n : t;
  }
}

function digits(x: bigint, k: number): string {
  let out = '';
  let v = x;
  for (let i = 0; i < k; i++) { out = ALPHABET[Number(v % 32n)] + out; v /= 32n; }
  return out;
}
