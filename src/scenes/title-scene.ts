// The title's picture: the board room before the first meeting, a long table with the papers out and the chairs
// waiting, and the moor through the window. It says where the game happens, not what it will show: the gap between the
// numbers and the truth is the debrief's to reveal. The lamp comes up once each time the title shows, then holds;
// whole at once when motion is reduced. Drawn into #title-art.
import Phaser from 'phaser';
import { store } from '../state/store';
import { boxOf } from './anchor';
import { PALETTE } from './palette';
import type { SlotScene } from './still';

const WALL = 0x2b3944;
const WINDOW = 0x5d7487;
const MOOR = 0x3b4d42;
const TABLE = 0x6b4a32;
const TABLE_EDGE = 0x4a3222;
const CHAIR = 0x26323b;
const CHAIRS_A_SIDE = 5;

export class TitleScene extends Phaser.Scene implements SlotScene {
  readonly slot = '#title-art';
  private g!: Phaser.GameObjects.Graphics;
  private t = 0;

  constructor() { super('title'); }

  create(): void {
    this.g = this.add.graphics();
    this.events.on('wake', () => { this.t = 0; }); // back on the title: the lamp comes up again
  }

  moving(): boolean { return this.t < 1; }

  update(_time: number, delta: number): void {
    const box = boxOf(this.slot);
    const g = this.g;
    g.clear();
    const still = store.getState().settings.reducedMotion;
    this.t = still ? 1 : Math.min(1, this.t + Math.min(delta, 50) / 2500);
    if (!box.visible) return;
    const { x, y, width: w, height: h } = box;
    const light = 0.35 + 0.65 * this.t;
    // the wall and the window onto the moor
    g.fillStyle(WALL, 1).fillRect(x, y, w, h);
    const wx = x + w * 0.36; const ww = w * 0.28; const wy = y + h * 0.08; const wh = h * 0.34;
    g.fillStyle(WINDOW, light).fillRect(wx, wy, ww, wh);
    g.fillStyle(MOOR, 1).fillTriangle(wx, wy + wh, wx + ww * 0.45, wy + wh * 0.55, wx + ww, wy + wh);
    g.fillStyle(MOOR, 0.8).fillTriangle(wx + ww * 0.3, wy + wh, wx + ww * 0.8, wy + wh * 0.7, wx + ww, wy + wh * 0.85);
    g.lineStyle(2, WALL, 1).lineBetween(wx + ww / 2, wy, wx + ww / 2, wy + wh);
    // the lamp's pool of light on the table
    g.fillStyle(PALETTE.lamp, 0.06 * light).fillEllipse(x + w / 2, y + h * 0.78, w * 0.6, h * 0.4);
    // the table in perspective, narrowing toward the window
    const far = { l: x + w * 0.4, r: x + w * 0.6, y: y + h * 0.5 };
    const near = { l: x + w * 0.14, r: x + w * 0.86, y: y + h * 0.98 };
    // chairs down both sides, smaller with distance
    for (let i = 0; i < CHAIRS_A_SIDE; i++) {
      const f = i / (CHAIRS_A_SIDE - 1);
      const cy = near.y - (near.y - far.y) * (0.12 + 0.8 * f);
      const size = h * (0.2 - 0.11 * f);
      const leftEdge = near.l + (far.l - near.l) * (0.12 + 0.8 * f);
      const rightEdge = near.r + (far.r - near.r) * (0.12 + 0.8 * f);
      g.fillStyle(CHAIR, 1).fillRoundedRect(leftEdge - size * 0.9, cy - size, size * 0.7, size * 1.1, 3);
      g.fillStyle(CHAIR, 1).fillRoundedRect(rightEdge + size * 0.2, cy - size, size * 0.7, size * 1.1, 3);
    }
    const top = [new Phaser.Math.Vector2(far.l, far.y), new Phaser.Math.Vector2(far.r, far.y), new Phaser.Math.Vector2(near.r, near.y), new Phaser.Math.Vector2(near.l, near.y)];
    g.fillStyle(TABLE, 1).fillPoints(top, true);
    g.lineStyle(2, TABLE_EDGE, 1).strokePoints(top, true);
    // papers at each place, and the chair's pack at the near end
    for (let i = 0; i < CHAIRS_A_SIDE; i++) {
      const f = i / (CHAIRS_A_SIDE - 1);
      const py = near.y - (near.y - far.y) * (0.14 + 0.78 * f);
      const pw = w * (0.05 - 0.028 * f);
      const l = near.l + (far.l - near.l) * (0.14 + 0.78 * f) + pw * 0.4;
      const r = near.r + (far.r - near.r) * (0.14 + 0.78 * f) - pw * 1.4;
      g.fillStyle(PALETTE.paper, 0.55 + 0.4 * light).fillRect(l, py - pw * 0.35, pw, pw * 0.6);
      g.fillStyle(PALETTE.paper, 0.55 + 0.4 * light).fillRect(r, py - pw * 0.35, pw, pw * 0.6);
    }
    const pack = { x: x + w * 0.45, y: near.y - h * 0.16, w: w * 0.1, h: h * 0.11 };
    g.fillStyle(PALETTE.paper, 1).fillRect(pack.x, pack.y, pack.w, pack.h);
    g.lineStyle(1, PALETTE.grid, 1);
    for (let k = 1; k <= 3; k++) g.lineBetween(pack.x + pack.w * 0.1, pack.y + (pack.h * k) / 4, pack.x + pack.w * 0.9, pack.y + (pack.h * k) / 4);
    // a jug of water and a glass
    g.fillStyle(PALETTE.grid, 0.9).fillRoundedRect(x + w * 0.58, near.y - h * 0.24, w * 0.025, h * 0.12, 2);
    g.fillStyle(PALETTE.grid, 0.6).fillRect(x + w * 0.615, near.y - h * 0.17, w * 0.012, h * 0.06);
  }
}
