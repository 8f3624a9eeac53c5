// The pressures as dials and the dashboard as a line, drawn where the numbers panel leaves room (#stage-slot).
// Pressure is felt at once: the needles swing to the new values the moment the quarter resolves (the dashboard's line
// waits for the report); with reduced motion they move at once. Each dial shows its figure.
import Phaser from 'phaser';
import { stateOf } from '../engine/session';
import { store, type AppState } from '../state/store';
import { boxOf } from './anchor';
import { DialSet } from './dial';
import { pixelRatio } from './frame';
import { PALETTE } from './palette';
import type { SlotScene } from './still';

export class GaugesScene extends Phaser.Scene implements SlotScene {
  readonly slot = '#stage-slot';
  private g!: Phaser.GameObjects.Graphics;
  private dials!: DialSet;
  private line: number[] = [];
  private quarters = 1;
  private unsubscribe: (() => void) | null = null;

  constructor() { super('gauges'); }

  create(): void {
    this.g = this.add.graphics();
    this.dials = new DialSet(this, 12);
    this.unsubscribe = store.subscribe((s) => s.game, () => this.read(store.getState()));
    this.read(store.getState());
    this.events.once('shutdown', () => { this.unsubscribe?.(); this.unsubscribe = null; this.dials.destroy(); });
  }

  private read(state: AppState): void {
    const game = state.game;
    if (!game) return;
    const s = stateOf(game);
    this.dials.read(game.scenario.model, s.vars, state.settings.reducedMotion, pixelRatio());
    this.line = s.history.map((h) => h[game.scenario.model.display.summary] as number);
    this.quarters = game.scenario.calendar.quarters;
  }

  moving(): boolean { return this.tweens.getTweens().length > 0; }

  update(): void {
    const box = boxOf(this.slot);
    const g = this.g;
    g.clear();
    const dialsHeight = this.dials.draw(g, box, box.height * 0.32);
    if (!box.visible) return;
    // the dashboard over the quarters so far
    const top = box.y + dialsHeight + 44;
    const h = box.y + box.height - top - 4;
    if (this.line.length > 0 && h > 12) {
      // the whole game's width, so the line grows quarter by quarter; before the first report, a single point
      const x0 = box.x + 5; // room for the end point's dot
      const step = (box.width - 10) / Math.max(1, this.quarters);
      const y = (v: number) => top + h - (Phaser.Math.Clamp(v, 30, 90) - 30) / 60 * h;
      g.lineStyle(1, PALETTE.grid, 1); g.lineBetween(box.x, top + h, box.x + box.width, top + h);
      g.lineStyle(3, PALETTE.numbers, 1);
      g.beginPath();
      this.line.forEach((v, i) => (i === 0 ? g.moveTo(x0, y(v)) : g.lineTo(x0 + i * step, y(v))));
      g.strokePath();
      const lastX = x0 + (this.line.length - 1) * step;
      g.fillStyle(PALETTE.numbers, 1); g.fillCircle(lastX, y(this.line[this.line.length - 1]), 4);
    }
  }
}
