// The board members as the room draws them: seated people of many looks, drawn plainly (no caricature), whose posture
// and face follow how they are (at ease, guarded, strained) and what they are doing (speaking, disagreeing, asking).
import type Phaser from 'phaser';
import type { Mood } from '../present/mood';

export interface Look { skin: number; hair: number; style: 'short' | 'long' | 'bun' | 'cropped' | 'scarf' | 'curly'; clothes: number; shirt: number; glasses: boolean }

// a range of skin tones, hair and dress, so that any board drawn from them looks like a real partnership's
const LOOKS: Look[] = [
  { skin: 0xe8b995, hair: 0x9a9a9a, style: 'short', clothes: 0x2f4a6d, shirt: 0xe9edf0, glasses: true },
  { skin: 0x8d5524, hair: 0x1c1a19, style: 'cropped', clothes: 0x3d4349, shirt: 0xdfe7ee, glasses: false },
  { skin: 0xc68642, hair: 0x2a1d16, style: 'scarf', clothes: 0x245e5a, shirt: 0x3f7f78, glasses: false },
  { skin: 0xf1c9a5, hair: 0x6b3a22, style: 'long', clothes: 0x6d2f3a, shirt: 0xf2e6e0, glasses: false },
  { skin: 0x5c3a21, hair: 0x15110f, style: 'curly', clothes: 0x55603a, shirt: 0xe4e2d6, glasses: true },
  { skin: 0xe0ac69, hair: 0x1f1a17, style: 'bun', clothes: 0x344a5e, shirt: 0xe6ebef, glasses: false },
  { skin: 0xffdbac, hair: 0xcfcac2, style: 'short', clothes: 0x4a3f5c, shirt: 0xeeeaf3, glasses: true },
  { skin: 0xa0663c, hair: 0x2b2019, style: 'long', clothes: 0x2d3e36, shirt: 0xdbe5df, glasses: false },
];

/** A member's look: fixed by their place at the table, so a scenario's board looks the same every game. */
export function lookFor(index: number): Look {
  return LOOKS[index % LOOKS.length];
}

export interface Pose {
  mood: Mood;
  speaking: boolean;
  /** 0..1 while the speaker's mouth is open. */
  mouth: number;
  /** -1..1: which way the head turns (toward the member a disagreement answers). */
  turn: number;
  /** a request: a hand raised to ask. */
  hand: boolean;
}

const INK = 0x1b2228;

/** The chair's back, the body and the head of a member seated at (x, tableY) with head radius r. The table, drawn
 *  after, hides the body below its edge; `hands` draws what rests on the table. */
export function drawMember(g: Phaser.GameObjects.Graphics, x: number, tableY: number, r: number, look: Look, pose: Pose): void {
  const slump = pose.mood === 'strained' && !pose.speaking ? 1 : 0;
  const lean = pose.speaking ? 1 : 0;
  const hx = x + pose.turn * r * 0.3;
  const hy = tableY - r * 2.55 + slump * r * 0.35 + lean * r * 0.15;
  const shoulderY = hy + r * 1.15 + slump * r * 0.1;
  // the light they sit in: warm when at ease, cold when strained
  if (pose.mood !== 'guarded') g.fillStyle(pose.mood === 'at_ease' ? 0xfbe3b0 : 0x7f9bb3, 0.16).fillRoundedRect(x - r * 1.9, tableY - r * 3.85, r * 3.8, r * 4.1, r * 0.8);
  // the chair
  g.fillStyle(0x1d272e, 1).fillRoundedRect(x - r * 1.65, tableY - r * 3.6, r * 3.3, r * 3.8, r * 0.6);
  // hair that falls behind the shoulders
  if (look.style === 'long') g.fillStyle(look.hair, 1).fillRoundedRect(hx - r * 1.05, hy - r * 0.3, r * 2.1, r * 1.9, r * 0.5);
  if (look.style === 'scarf') g.fillStyle(look.shirt, 1).fillRoundedRect(hx - r * 1.25, hy - r * 0.4, r * 2.5, r * 2.1, r * 0.9);
  // the body: shoulders lower and narrower when strained, square when at ease
  const bw = r * (2.9 - slump * 0.25);
  g.fillStyle(look.clothes, 1).fillRoundedRect(x - bw / 2, shoulderY, bw, tableY - shoulderY + r, { tl: r * 0.9, tr: r * 0.9, bl: 0, br: 0 });
  if (pose.hand) {
    // a hand up to ask: the sleeve from the shoulder, the hand beside the head
    const side = pose.turn >= 0 ? 1 : -1;
    const sx = x + side * bw * 0.38;
    g.fillStyle(look.clothes, 1).fillRoundedRect(sx - r * 0.32, hy - r * 0.2, r * 0.64, shoulderY - hy + r * 0.6, r * 0.3);
    g.fillStyle(look.skin, 1).fillCircle(sx, hy - r * 0.45, r * 0.38);
  }
  // the neck and the collar
  g.fillStyle(look.skin, 1).fillRect(hx - r * 0.28, hy + r * 0.6, r * 0.56, shoulderY - hy - r * 0.4);
  if (look.style !== 'scarf') g.fillStyle(look.shirt, 1).fillTriangle(x - r * 0.45, shoulderY, x + r * 0.45, shoulderY, x, shoulderY + r * 0.75);
  // the head
  if (look.style === 'scarf') {
    g.fillStyle(look.shirt, 1).fillCircle(hx, hy, r * 1.12);
    g.fillStyle(look.skin, 1).fillEllipse(hx, hy + r * 0.08, r * 1.5, r * 1.75);
  } else {
    g.fillStyle(look.skin, 1).fillCircle(hx, hy, r);
    drawHair(g, hx, hy, r, look);
  }
  drawFace(g, hx, hy, r, look, pose, slump);
}

function drawHair(g: Phaser.GameObjects.Graphics, hx: number, hy: number, r: number, look: Look): void {
  g.fillStyle(look.hair, 1);
  if (look.style === 'cropped') {
    g.lineStyle(r * 0.22, look.hair, 1).beginPath().arc(hx, hy, r * 0.92, Math.PI * 1.05, Math.PI * 1.95).strokePath();
    return;
  }
  if (look.style === 'curly') {
    for (let i = 0; i < 7; i++) {
      const a = Math.PI * (1.0 + i / 6);
      g.fillCircle(hx + Math.cos(a) * r * 0.95, hy + Math.sin(a) * r * 0.95, r * 0.42);
    }
    return;
  }
  g.beginPath().arc(hx, hy, r * 1.04, Math.PI, Math.PI * 2).closePath().fillPath();
  // a side parting's fringe
  g.fillTriangle(hx - r * 1.02, hy - r * 0.05, hx + r * 0.2, hy - r * 0.95, hx - r * 0.15, hy - r * 0.35);
  if (look.style === 'bun') g.fillCircle(hx, hy - r * 1.15, r * 0.42);
}

function drawFace(g: Phaser.GameObjects.Graphics, hx: number, hy: number, r: number, look: Look, pose: Pose, slump: number): void {
  const fx = hx + pose.turn * r * 0.22; // the face turns with the head
  const eyeY = hy - r * 0.02 + slump * r * 0.12;
  g.fillStyle(INK, 1).fillCircle(fx - r * 0.34, eyeY, r * 0.09).fillCircle(fx + r * 0.34, eyeY, r * 0.09);
  if (look.glasses) g.lineStyle(Math.max(1, r * 0.07), INK, 0.8).strokeCircle(fx - r * 0.34, eyeY, r * 0.2).strokeCircle(fx + r * 0.34, eyeY, r * 0.2).lineBetween(fx - r * 0.14, eyeY, fx + r * 0.14, eyeY);
  // brows: level at ease, drawn together when guarded, raised at the middle when strained
  const brow = pose.mood === 'strained' ? 0.12 : pose.mood === 'guarded' ? -0.05 : 0;
  g.lineStyle(Math.max(1, r * 0.09), INK, 0.85);
  g.lineBetween(fx - r * 0.52, eyeY - r * 0.3, fx - r * 0.18, eyeY - r * (0.3 + brow));
  g.lineBetween(fx + r * 0.18, eyeY - r * (0.3 + brow), fx + r * 0.52, eyeY - r * 0.3);
  const my = hy + r * 0.45 + slump * r * 0.08;
  g.lineStyle(Math.max(1, r * 0.09), 0x5a2f28, 1);
  if (pose.speaking && pose.mouth > 0.1) {
    g.fillStyle(0x5a2f28, 1).fillEllipse(fx, my, r * 0.42, r * 0.36 * pose.mouth);
  } else if (pose.mood === 'at_ease') {
    g.beginPath().arc(fx, my - r * 0.22, r * 0.3, Math.PI * 0.25, Math.PI * 0.75).strokePath();
  } else if (pose.mood === 'strained') {
    g.beginPath().arc(fx, my + r * 0.25, r * 0.28, Math.PI * 1.25, Math.PI * 1.75).strokePath();
  } else {
    g.lineBetween(fx - r * 0.22, my, fx + r * 0.22, my);
  }
}

/** What the member's hands do on the table: resting apart at ease or guarded, clasped when strained, one forward to
 *  press a point when disagreeing. */
export function drawHands(g: Phaser.GameObjects.Graphics, x: number, tableY: number, r: number, look: Look, pose: Pose, pressing: boolean): void {
  if (pose.hand) return; // one hand is up
  g.fillStyle(look.clothes, 1);
  const y = tableY + r * 0.25;
  if (pose.mood === 'strained' && !pose.speaking) {
    g.fillRoundedRect(x - r * 0.9, y - r * 0.2, r * 1.8, r * 0.5, r * 0.25);
    g.fillStyle(look.skin, 1).fillEllipse(x, y + r * 0.05, r * 0.9, r * 0.5);
    return;
  }
  const reach = pressing ? r * 0.6 : 0;
  g.fillStyle(look.skin, 1).fillEllipse(x - r * 0.95, y + reach * 0.3, r * 0.6, r * 0.42).fillEllipse(x + r * 0.95, y + reach, r * 0.6, r * 0.42);
}
