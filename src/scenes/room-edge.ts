// The pressures at the room's edge, as things: the television in the corner (the press), the telephone on the side
// table and the door the council leader comes through (the politicians), the letters from the inspectorate on the
// table (the regulator). Each shows its heat; a crossing into hot or boiling is an event the room plays out.
import type Phaser from 'phaser';
import type { Heat } from '../present/room-events';
import { PALETTE } from './palette';

const INK = 0x1b2228;
const STEEL = 0x4b5a66;

/** The television high on the wall: off when the press is calm, the local news when warm, a banner when hot, the
 *  national channel's red banner when boiling; it flickers for a moment when the story jumps. */
export function drawTelevision(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, heat: Heat, flicker: number): void {
  const h = w * 0.6;
  g.fillStyle(INK, 1).fillRoundedRect(x - 3, y - 3, w + 6, h + 6, 3);
  g.fillStyle(STEEL, 1).fillRect(x + w / 2 - 2, y - 10, 4, 8); // the wall bracket
  const on = heat !== 'calm';
  g.fillStyle(on ? 0x35506a : 0x161d22, 1).fillRect(x, y, w, h);
  if (!on) { g.lineStyle(1, 0x3a4750, 1).lineBetween(x + w * 0.15, y + h * 0.2, x + w * 0.45, y + h * 0.1); return; }
  // a presenter at the desk
  g.fillStyle(0x1f2f3c, 1).fillCircle(x + w * 0.35, y + h * 0.38, h * 0.13);
  g.fillRoundedRect(x + w * 0.2, y + h * 0.5, w * 0.3, h * 0.3, { tl: 4, tr: 4, bl: 0, br: 0 });
  g.fillStyle(0x9fb3c4, 0.5).fillRect(x + w * 0.6, y + h * 0.18, w * 0.3, h * 0.36); // the picture beside them
  if (heat === 'hot' || heat === 'boiling') {
    g.fillStyle(heat === 'boiling' ? PALETTE.truth : PALETTE.pressure, 1).fillRect(x, y + h * 0.74, w, h * 0.22);
  }
  if (flicker > 0) g.fillStyle(0xffffff, 0.35 * flicker).fillRect(x, y, w, h);
}

/** The telephone on the side table; while it rings it shakes and the rings spread from it. */
export function drawPhone(g: Phaser.GameObjects.Graphics, x: number, y: number, s: number, ringing: number, still: boolean): void {
  const shake = ringing > 0 && !still ? Math.sin(ringing * 60) * s * 0.06 : 0;
  g.fillStyle(0x3a2a20, 1).fillRoundedRect(x - s * 1.1, y + s * 0.35, s * 2.2, s * 0.28, 2); // the side table's top
  g.fillStyle(INK, 1).fillRoundedRect(x - s * 0.55 + shake, y - s * 0.05, s * 1.1, s * 0.42, s * 0.12);
  g.fillStyle(0x2c3a44, 1).fillRoundedRect(x - s * 0.65 + shake, y - s * 0.28, s * 1.3, s * 0.22, s * 0.1); // the handset
  if (ringing > 0) {
    g.lineStyle(2, PALETTE.pressure, 0.9);
    for (let k = 1; k <= 3; k++) {
      const rr = s * (0.5 + 0.28 * k);
      g.beginPath().arc(x, y, rr, Math.PI * 1.2, Math.PI * 1.45).strokePath();
      g.beginPath().arc(x, y, rr, Math.PI * 1.55, Math.PI * 1.8).strokePath();
    }
  }
}

/** The door at the back, and the council leader standing in it when the politicians' pressure boils over; `entering`
 *  (0..1) walks them in. */
export function drawDoor(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number, visitor: number): void {
  g.fillStyle(0x1a2328, 1).fillRect(x - 2, y - 2, w + 4, h + 2);
  if (visitor <= 0) {
    g.fillStyle(0x4a3626, 1).fillRect(x, y, w, h);
    g.fillStyle(0xc9b37a, 1).fillCircle(x + w * 0.82, y + h * 0.55, Math.max(1.5, w * 0.05));
    return;
  }
  // the door open onto the lit corridor, and someone in it
  g.fillStyle(0xd8cfb8, 1).fillRect(x, y, w, h);
  g.fillStyle(0x4a3626, 1).fillRect(x + w * 0.86, y, w * 0.14, h);
  const cx = x + w * (0.2 + 0.3 * visitor);
  const r = w * 0.17;
  g.fillStyle(0x2a2f45, 1).fillRoundedRect(cx - r * 1.5, y + h * 0.3, r * 3, h * 0.7, { tl: r, tr: r, bl: 0, br: 0 });
  g.fillStyle(0xc68642, 1).fillCircle(cx, y + h * 0.2, r);
  g.fillStyle(0x1f1a17, 1).beginPath().arc(cx, y + h * 0.2, r * 1.04, Math.PI, Math.PI * 2).closePath().fillPath();
  g.fillStyle(PALETTE.paper, 1).fillRect(cx + r * 0.9, y + h * 0.42, r * 1.1, r * 1.4); // the demand, in writing
}

/** The inspectorate's letters, stacked at the table's corner: more of them as the pressure rises; when it is hot the
 *  top one carries a red seal. `arriving` (0..1) slides a new one in. */
export function drawLetters(g: Phaser.GameObjects.Graphics, x: number, y: number, s: number, count: number, heat: Heat, arriving: number): void {
  for (let i = 0; i < count; i++) {
    const dx = ((i * 37) % 7) - 3;
    const last = i === count - 1;
    const slide = last && arriving > 0 ? (1 - arriving) * -s * 4 : 0;
    const ey = y - i * s * 0.16;
    g.fillStyle(PALETTE.paper, 1).fillRect(x + dx + slide, ey, s * 1.6, s);
    g.lineStyle(1, 0xa9b4bd, 1).strokeRect(x + dx + slide, ey, s * 1.6, s);
    if (last) {
      g.lineBetween(x + dx + slide, ey, x + dx + slide + s * 0.8, ey + s * 0.55).lineBetween(x + dx + slide + s * 0.8, ey + s * 0.55, x + dx + slide + s * 1.6, ey);
      if (heat === 'hot' || heat === 'boiling') g.fillStyle(PALETTE.truth, 1).fillCircle(x + dx + slide + s * 0.8, ey + s * 0.55, s * 0.18);
    }
  }
}

/** The local paper on the table at the end of the quarter: folded, its headline bar heavier as the press heats up. */
export function drawPaper(g: Phaser.GameObjects.Graphics, x: number, y: number, s: number, heat: Heat): void {
  g.fillStyle(0xf4f1e8, 1).fillRect(x, y, s * 2.6, s * 1.5);
  g.lineStyle(1, 0xb9b2a0, 1).strokeRect(x, y, s * 2.6, s * 1.5).lineBetween(x + s * 1.3, y, x + s * 1.3, y + s * 1.5);
  const bar = heat === 'boiling' ? 0.42 : heat === 'hot' ? 0.32 : 0.2;
  g.fillStyle(INK, 1).fillRect(x + s * 0.12, y + s * 0.14, s * 2.36, s * bar);
  g.fillStyle(0x8a8f93, 1);
  for (let k = 0; k < 4; k++) {
    g.fillRect(x + s * 0.12, y + s * (0.3 + bar + k * 0.2), s * 1.05, s * 0.07);
    g.fillRect(x + s * 1.43, y + s * (0.3 + bar + k * 0.2), s * 1.05, s * 0.07);
  }
}
