// The pressures as dials and the dashboard as a line, drawn where the numbers panel leaves room (#stage-slot).
// Pressure is felt at once: the needles swing to the new values the moment the quarter resolves (the dashboard's line
// waits for the report); with reduced motion they move at once. Each dial shows its figure.
import Phaser from 'phaser';
import { stateOf } from '../engine/session';
import { store, type AppState } from '../state/store';
import { boxOf } from './anchor';
import { pixelRatio } from './frame';
import { PALETTE } from './palette';
import type { SlotScene } from './still';

interface Dial { id: string; label: string; value: number; shown: number; min: number; max: number; good: boolean; text: Phaser.GameObjects.Text; figure: Phaser.GameObjects.Text }

export class GaugesScene extends Phaser.Scene implements SlotScene {
  readonly slot = '#stage-slot';
  private g!: Phaser.GameObjects.Graphics;
  private dials: Dial[] = [];
  private line: number[] = [];
  private quarters = 1;
  private unsubscribe: (() => void) | null = null;

  constructor() { super('gauges'); }

  create(): void {
    this.g = this.add.graphics();
    this.unsubscribe = store.subscribe((s) => s.game, () => this.read(store.getState()));
    this.read(store.getState());
    this.events.once('shutdown', () => { this.unsubscribe?.(); this.unsubscribe = null; this.dials = []; });
  }

  private read(state: AppState): void {
    const game = state.game;
    if (!game) return;
    const s = stateOf(game);
    const model = game.scenario.model;
    if (this.dials.map((d) => d.id).join() !== model.display.pressures.join()) {
      for (const d of this.dials) { d.text.destroy(); d.figure.destroy(); } // another scenario, perhaps on another model
      this.dials = model.display.pressures.map((id) => {
        const v = model.variables.find((x) => x.id === id)!;
        const text = this.add.text(0, 0, v.label.replace(' confidence', '\nconfidence').replace(' pressure', '\npressure').replace(' heat', '\nheat'), { fontFamily: 'Atkinson Hyperlegible, sans-serif', fontSize: '12px', color: '#1b2228', align: 'center', resolution: pixelRatio() }).setOrigin(0.5, 0);
        const figure = this.add.text(0, 0, '', { fontFamily: 'Atkinson Hyperlegible, sans-serif', fontSize: '15px', fontStyle: 'bold', color: '#1b2228', resolution: pixelRatio() }).setOrigin(0.5, 1);
        return { id, label: v.label, value: s.vars[id] as number, shown: s.vars[id] as number, min: v.min, max: v.max, good: v.better === 'higher', text, figure };
      });
    }
    for (const d of this.dials) {
      const value = s.vars[d.id] as number;
      if (value === d.value && !state.settings.reducedMotion) continue; // the needle is there or on its way
      d.value = value;
      this.tweens.killTweensOf(d); // a newer value replaces the needle's journey, it does not queue behind it
      if (state.settings.reducedMotion) d.shown = d.value;
      else this.tweens.add({ targets: d, shown: d.value, duration: 900, ease: 'Cubic.easeOut' });
    }
    this.line = s.history.map((h) => h[model.display.summary] as number);
    this.quarters = game.scenario.calendar.quarters;
  }

  moving(): boolean { return this.tweens.getTweens().length > 0; }

  update(): void {
    const box = boxOf(this.slot);
    const g = this.g;
    g.clear();
    for (const d of this.dials) { d.text.setVisible(box.visible); d.figure.setVisible(box.visible); }
    if (!box.visible) return;
    const n = this.dials.length;
    const r = Math.min(box.width / (n * 2.4), box.height * 0.32);
    this.dials.forEach((d, i) => {
      const cx = box.x + (box.width / n) * (i + 0.5);
      const cy = box.y + r + 6;
      g.lineStyle(Math.max(4, r * 0.16), PALETTE.grid, 1);
      g.beginPath(); g.arc(cx, cy, r, Math.PI, 0); g.strokePath();
      const f = Phaser.Math.Clamp((d.shown - d.min) / (d.max - d.min), 0, 1);
      // a dial whose rise is good news (confidence) is blue; a pressure, whose rise is bad news, is orange
      g.lineStyle(Math.max(4, r * 0.16), d.good ? PALETTE.numbers : PALETTE.pressure, 1);
      g.beginPath(); g.arc(cx, cy, r, Math.PI, Math.PI + Math.PI * f); g.strokePath();
      const a = Math.PI + Math.PI * f;
      g.lineStyle(2, PALETTE.ink, 1);
      g.lineBetween(cx, cy, cx + Math.cos(a) * r * 0.85, cy + Math.sin(a) * r * 0.85);
      g.fillStyle(PALETTE.ink, 1); g.fillCircle(cx, cy, 3);
      d.text.setPosition(cx, cy + 6);
      d.figure.setText(String(Math.round(d.shown))).setPosition(cx, cy - r * 0.3);
    });
    // the dashboard over the quarters so far
    const top = box.y + r * 2 + 44;
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
