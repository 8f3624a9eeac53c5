// Writes public/icon-192.png and public/icon-512.png: the same picture as public/icon.svg (a solid blue line holding
// level, a dashed vermillion one falling below it), drawn here in plain TypeScript — no image tools, no downloads.
// Run: npx tsx src/offline/make-icons.ts
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
const BACKGROUND: Rgb = [0x1f, 0x2a, 0x33];
const BLUE: Rgb = [0x00, 0x72, 0xb2];
const VERMILLION: Rgb = [0xd5, 0x5e, 0x00];
const HALF_WIDTH = 18; // the SVG's stroke-width 36, in its 512-unit view box
const DASH = 56;
const PERIOD = 100; // stroke-dasharray="56 44"

/** Distance from (px, py) to the segment (ax, ay)–(bx, by), and how far along it the nearest point lies. */
function toSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number, from = 0, to = Infinity): number {
  const dx = bx - ax, dy = by - ay, length = Math.hypot(dx, dy);
  const along = Math.min(Math.max(((px - ax) * dx + (py - ay) * dy) / length, from), Math.min(to, length));
  return Math.hypot(px - (ax + (dx * along) / length), py - (ay + (dy * along) / length));
}

function colourAt(x: number, y: number): Rgb {
  const fallLength = Math.hypot(440 - 72, 392 - 200);
  const along = ((x - 72) * (440 - 72) + (y - 200) * (392 - 200)) / fallLength;
  const dash = Math.max(0, Math.round((along - DASH / 2) / PERIOD)) * PERIOD;
  const dashes = [dash - PERIOD, dash, dash + PERIOD].filter((d) => d >= 0 && d < fallLength);
  if (dashes.some((d) => toSegment(x, y, 72, 200, 440, 392, d, d + DASH) <= HALF_WIDTH)) return VERMILLION;
  if (toSegment(x, y, 72, 200, 440, 200) <= HALF_WIDTH) return BLUE;
  return BACKGROUND;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4), crc = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng(size: number, samples = 4): Buffer {
  const scale = 512 / size;
  const rows = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((x + (sx + 0.5) / samples) * scale, (y + (sy + 0.5) / samples) * scale);
          for (let i = 0; i < 3; i++) sum[i]! += c[i]!;
        }
      }
      for (let i = 0; i < 3; i++) rows[y * (size * 3 + 1) + 1 + x * 3 + i] = Math.round(sum[i]! / (samples * samples));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const size of [192, 512]) writeFileSync(new URL(`../../public/icon-${size}.png`, import.meta.url), iconPng(size));
}
