// The reveal: the dashboard (solid blue) against practice quality (dashed vermillion) over the quarters, the gap between
// them shaded; a "what if" branch is overlaid in thinner lines. Drawn into #reveal-slot; a table says the same in text.
import Phaser from 'phaser';
import { stateOf, type Game } from '../engine/session';
import { store } from '../state/store';
import { boxOf } from './anchor';
import { pixelRatio } from './frame';
import { PALETTE } from './palette';
import type { SlotScene } from './still';

export class RevealScene extends Phaser.Scene implements SlotScene {
  readonly slot = '#reveal-slot';
  private g!: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  private progress = { f: 0 };
  private unsubscribe: (() => void) | null = null;

  constructor() { super('reveal'); }

  create(): void {
    this.g = this.add.graphics();
    this.labels = ['100', '50', '0'].map((t) => this.add.text(0, 0, t, { fontFamily: 'Atkinson Hyperlegible, sans-serif', fontSize: '12px', color: '#48525b', resolution: pixelRatio() }).setOrigin(1, 0.5));
    this.replay();
    this.unsubscribe = store.subscribe((s) => s.whatIf, () => this.replay());
    this.events.on('wake', () => this.replay()); // each visit to the debrief draws the reveal again
    this.events.once('shutdown', () => { this.unsubscribe?.(); this.unsubscribe = null; });
  }

  moving(): boolean { return this.progress.f < 1; }

  private replay(): void {
    this.tweens.killTweensOf(this.progress);
    this.progress.f = store.getState().settings.reducedMotion ? 1 : 0;
    if (this.progress.f < 1) this.tweens.add({ targets: this.progress, f: 1, duration: 2200, ease: 'Sine.easeInOut' });
  }

  private series(game: Game, id: string): number[] {
    return stateOf(game).history.map((h) => h[id] as number);
  }

  update(): void {
    const box = boxOf(this.slot);
    const g = this.g;
    g.clear();
    const state = store.getState();
    const game = state.game;
    for (const l of this.labels) l.setVisible(box.visible && !!game);
    if (!box.visible || !game) return;
    const m = game.scenario.model.display;
    const pad = { l: 34, r: 10, t: 10, b: 18 };
    const w = box.width - pad.l - pad.r;
    const h = box.height - pad.t - pad.b;
    const n = game.scenario.calendar.quarters;
    const x = (q: number) => box.x + pad.l + (q / n) * w;
    const y = (v: number) => box.y + pad.t + h - (v / 100) * h;
    g.fillStyle(PALETTE.paper, 1); g.fillRect(box.x, box.y, box.width, box.height);
    g.lineStyle(1, PALETTE.grid, 1);
    for (const v of [0, 25, 50, 75, 100]) g.lineBetween(x(0), y(v), x(n), y(v));
    this.labels.forEach((l, i) => l.setPosition(box.x + pad.l - 6, y(100 - i * 50)));
    const dash = this.series(game, m.summary);
    const truth = this.series(game, m.truth);
    const shown = Math.max(1, Math.floor(this.progress.f * (dash.length - 1) + 1e-9));
    g.fillStyle(PALETTE.truth, 0.12);
    for (let q = 0; q < shown; q++) {
      g.fillPoints([{ x: x(q), y: y(dash[q]) }, { x: x(q + 1), y: y(dash[q + 1]) }, { x: x(q + 1), y: y(truth[q + 1]) }, { x: x(q), y: y(truth[q]) }] as unknown as Phaser.Math.Vector2[], true);
    }
    this.polyline(dash.slice(0, shown + 1), x, y, PALETTE.numbers, 4, false);
    this.polyline(truth.slice(0, shown + 1), x, y, PALETTE.truth, 4, true);
    if (state.whatIf) {
      this.polyline(this.series(state.whatIf, m.summary), x, y, PALETTE.numbers, 2, false, 0.55);
      this.polyline(this.series(state.whatIf, m.truth), x, y, PALETTE.truth, 2, true, 0.55);
    }
  }

  private polyline(values: number[], x: (q: number) => number, y: (v: number) => number, color: number, width: number, dashed: boolean, alpha = 1): void {
    const g = this.g;
    g.lineStyle(width, color, alpha);
    for (let q = 0; q + 1 < values.length; q++) {
      if (!dashed) { g.lineBetween(x(q), y(values[q]), x(q + 1), y(values[q + 1])); continue; }
      for (let t = 0; t < 1; t += 0.25) {
        const t2 = t + 0.14;
        g.lineBetween(x(q + t), y(values[q] + (values[q + 1] - values[q]) * t), x(q + t2), y(values[q] + (values[q + 1] - values[q]) * t2));
      }
    }
  }
}
