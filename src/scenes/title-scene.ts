// The title's picture of the game's idea: the dashboard (solid blue) holds steady while practice (dashed vermillion)
// drifts away beneath it, drawn once each time the title shows, then held. Drawn into #title-art; whole at once when
// motion is reduced.
import Phaser from 'phaser';
import { store } from '../state/store';
import { boxOf } from './anchor';
import { PALETTE } from './palette';
import type { SlotScene } from './still';

const DASHBOARD = [66, 68, 70, 71, 71, 72, 71, 72, 73, 72, 72, 73, 72];
const PRACTICE = [60, 58, 57, 55, 52, 50, 49, 46, 44, 43, 41, 40, 39];

export class TitleScene extends Phaser.Scene implements SlotScene {
  readonly slot = '#title-art';
  private g!: Phaser.GameObjects.Graphics;
  private t = 0;

  constructor() { super('title'); }

  create(): void {
    this.g = this.add.graphics();
    this.events.on('wake', () => { this.t = 0; }); // back on the title: the lines part again
  }

  moving(): boolean { return this.t < 1; }

  update(_time: number, delta: number): void {
    const box = boxOf(this.slot);
    const g = this.g;
    g.clear();
    const still = store.getState().settings.reducedMotion;
    this.t = still ? 1 : Math.min(1, this.t + Math.min(delta, 50) / 6000);
    if (!box.visible) return;
    const f = Math.min(1, this.t);
    const n = DASHBOARD.length - 1;
    const x = (i: number) => box.x + (i / n) * box.width;
    const y = (v: number) => box.y + box.height - ((v - 30) / 50) * box.height;
    const upto = f * n;
    const draw = (values: number[], color: number, dashed: boolean) => {
      g.lineStyle(4, color, 1);
      for (let i = 0; i < n && i < upto; i++) {
        const end = Math.min(1, upto - i);
        const steps = dashed ? [[0, 0.3], [0.5, 0.8]] : [[0, 1]];
        for (const [a, b] of steps) {
          if (a >= end) continue;
          const bb = Math.min(b, end);
          g.lineBetween(x(i + a), y(values[i] + (values[i + 1] - values[i]) * a), x(i + bb), y(values[i] + (values[i + 1] - values[i]) * bb));
        }
      }
    };
    draw(DASHBOARD, PALETTE.numbers, false);
    draw(PRACTICE, PALETTE.truth, true);
  }
}
