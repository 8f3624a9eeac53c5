// A bit-level writer and reader: a move among n possible ones costs only ceil(log2 n) bits, so codes stay short.
import { t } from '../i18n/messages';

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export class BitWriter {
  private readonly bits: number[] = [];
  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }
  /** LEB128-style: 7 bits a group, so small numbers take one byte. */
  varint(value: number): void {
    let v = value;
    do {
      const low = v % 128;
      v = Math.floor(v / 128);
      this.write(v > 0 ? low + 128 : low, 8);
    } while (v > 0);
  }
  text(value: string): void {
    const bytes = utf8.encode(value);
    this.varint(bytes.length);
    for (const b of bytes) this.write(b, 8);
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(Math.ceil(this.bits.length / 8));
    this.bits.forEach((b, i) => { if (b) out[i >> 3] |= 0x80 >> (i & 7); });
    return out;
  }
}

/** Reading past the end throws OutOfData; the code decoders catch it and report the code as damaged. */
export class OutOfData extends Error {}

export class BitReader {
  private at = 0;
  constructor(private readonly data: Uint8Array) {}
  /** Bits read so far. */
  get position(): number { return this.at; }
  read(width: number): number {
    if (this.at + width > this.data.length * 8) throw new OutOfData(t('codes.read.endsEarly'));
    let v = 0;
    for (let i = 0; i < width; i++, this.at++) v = v * 2 + ((this.data[this.at >> 3] >> (7 - (this.at & 7))) & 1);
    return v;
  }
  varint(): number {
    let v = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.read(8);
      v += (b & 127) * 2 ** shift;
      if (b < 128) return v;
    }
    throw new OutOfData(t('codes.read.numberTooLong'));
  }
  text(max = 10_000): string {
    const n = this.varint();
    if (n > max) throw new OutOfData(t('codes.read.textTooLong'));
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) bytes[i] = this.read(8);
    return strictUtf8.decode(bytes); // invalid UTF-8 throws a TypeError: the decoders catch it too
  }
  /** Whether only zero padding bits are left. */
  atEnd(): boolean {
    const rest = this.data.length * 8 - this.at;
    return rest < 8 && (rest === 0 || this.read(rest) === 0);
  }
}

export function widthFor(options: number): number {
  return options <= 1 ? 0 : Math.ceil(Math.log2(options));
}
