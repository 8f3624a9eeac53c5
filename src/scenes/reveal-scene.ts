// The reveal: the dashboard the board watched (solid blue) over a fog, with the pins of what the board did and what
// happened to it and the calendar's years under them. When the player lifts the fog, the hidden truth (dashed
// vermillion) is drawn under the dashboard quarter by quarter and the gap between them shaded; another run (the
// player's "what if", or another board with the same luck) is a ghost in thinner lines. Drawn into #reveal-slot; the
// page says the same in text and tables.
import Phaser from 'phaser';
import { moments, type MomentKind } from '../debrief/moments';
import { stateOf, type Game } from '../engine/session';
import { PIN_ROW, pointX, REVEAL_PAD, yearSpans } from '../present/reveal-chart';
import { store } from '../state/store';
import { boxOf } from './anchor';
import { pixelRatio } from './frame';
import { PALETTE } from './palette';
import type { SlotScene } from './still';

const FONT = 'Atkinson Hyperlegible, sans-serif';
/** How long the truth takes to draw across the chart once the fog lifts (ms). */
const LIFT_MS = 3200;
/** Pins by kind: a shape each as well as a colour, so they read without colour. */
const PIN_ORDER: MomentKind[] = ['decision', 'answer', 'story', 'incident', 'inspection'];

export class RevealScene extends Phaser.Scene implements SlotScene {
  readonly slot = '#reveal-slot';
  private g!: Phaser.GameObjects.Graphics;
  private scale100: Phaser.GameObjects.Text[] = [];
  private years: Phaser.GameObjects.Text[] = [];
  private progress = { f: 0 };
  private lifted = false;
  private unsubscribe: (() => void) | null = null;

  constructor() { super('reveal'); }

  create(): void {
    this.g = this.add.graphics();
    const style = { fontFamily: FONT, fontSize: '12px', color: '#48525b', resolution: pixelRatio() };
    this.scale100 = ['100', '50', '0'].map((t) => this.add.text(0, 0, t, style).setOrigin(1, 0.5));
    this.years = Array.from({ length: 12 }, () => this.add.text(0, 0, '', { ...style, fontSize: '13px', color: '#1b2228' }).setOrigin(0.5, 0));
    this.sync();
    this.unsubscribe = store.subscribe((s) => [s.game, s.debrief.fog] as const, () => this.sync(), { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
    this.events.on('wake', () => { this.lifted = false; this.sync(); }); // each visit to the debrief draws the lift again
    this.events.once('shutdown', () => { this.unsubscribe?.(); this.unsubscribe = null; });
  }

  moving(): boolean { return this.lifted && this.progress.f < 1; }

  /** The truth draws once, when the fog lifts; a fog already lifted (a re-visit) is shown whole. */
  private sync(): void {
    const state = store.getState();
    const lift = state.debrief.fog === 'lifted';
    if (!lift) { this.lifted = false; this.progress.f = 0; this.tweens.killTweensOf(this.progress); return; }
    if (this.lifted) return;
    this.lifted = true;
    this.tweens.killTweensOf(this.progress);
    this.progress.f = state.settings.reducedMotion ? 1 : 0;
    if (this.progress.f < 1) this.tweens.add({ targets: this.progress, f: 1, duration: LIFT_MS, ease: 'Linear' });
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
    const shown = box.visible && !!game;
    for (const t of [...this.scale100, ...this.years]) t.setVisible(false);
    if (!shown || !game) return;
    const m = game.scenario.model.display;
    const n = game.scenario.calendar.quarters;
    const h = box.height - REVEAL_PAD.top - REVEAL_PAD.bottom;
    const x = (q: number) => box.x + pointX(q, box.width, n);
    const y = (v: number) => box.y + REVEAL_PAD.top + h - (v / 100) * h;
    g.fillStyle(PALETTE.paper, 1); g.fillRect(box.x, box.y, box.width, box.height);
    g.lineStyle(1, PALETTE.grid, 1);
    for (const v of [0, 25, 50, 75, 100]) g.lineBetween(x(0), y(v), x(n), y(v));
    this.scale100.forEach((l, i) => l.setVisible(true).setPosition(box.x + REVEAL_PAD.left - 6, y(100 - i * 50)));
    this.axis(game, x, y(0));

    const dash = this.series(game, m.summary);
    const truth = this.series(game, m.truth);
    const lifted = state.debrief.fog === 'lifted';
    // how far the truth has been drawn: a whole number of quarters plus the part of the next
    const reach = lifted ? this.progress.f * (truth.length - 1) : 0;
    this.fog(dash, reach, x, y);
    if (lifted) {
      g.fillStyle(PALETTE.truth, 0.12);
      for (let q = 0; q < Math.ceil(reach) && q + 1 < dash.length; q++) {
        const t = Math.min(1, reach - q);
        const d1 = dash[q] + (dash[q + 1] - dash[q]) * t; const r1 = truth[q] + (truth[q + 1] - truth[q]) * t;
        g.fillPoints([{ x: x(q), y: y(dash[q]) }, { x: x(q + t), y: y(d1) }, { x: x(q + t), y: y(r1) }, { x: x(q), y: y(truth[q]) }] as unknown as Phaser.Math.Vector2[], true);
      }
    }
    this.polyline(dash, dash.length - 1, x, y, PALETTE.numbers, 4, false);
    if (lifted) this.polyline(truth, reach, x, y, PALETTE.truth, 4, true);
    if (lifted && state.whatIf && this.progress.f >= 1) {
      const other = state.whatIf;
      this.polyline(this.series(other, m.summary), Number.POSITIVE_INFINITY, x, y, PALETTE.numbers, 2, false, 0.5);
      this.polyline(this.series(other, m.truth), Number.POSITIVE_INFINITY, x, y, PALETTE.truth, 2, true, 0.6);
    }
    this.pins(game, state.debrief.moment, x, y(0), y(100));
  }

  /** The fog: a grey veil from the dashboard down, thinning away behind the truth as it is drawn. */
  private fog(dash: number[], reach: number, x: (q: number) => number, y: (v: number) => number): void {
    const g = this.g;
    for (let q = 0; q + 1 < dash.length; q++) {
      const clear = Math.max(0, Math.min(1, reach - q));
      if (clear >= 1) continue;
      g.fillStyle(0x8a969f, 0.28 * (1 - clear));
      g.fillPoints([{ x: x(q), y: y(dash[q]) }, { x: x(q + 1), y: y(dash[q + 1]) }, { x: x(q + 1), y: y(0) }, { x: x(q), y: y(0) }] as unknown as Phaser.Math.Vector2[], true);
    }
  }

  /** The calendar's years under the pins, each centred on its quarters, with a tick between years. */
  private axis(game: Game, x: (q: number) => number, base: number): void {
    const g = this.g;
    const spans = yearSpans(game.scenario, game.scenario.calendar.quarters);
    g.lineStyle(1, PALETTE.ink, 0.6);
    g.lineBetween(x(0), base, x(game.scenario.calendar.quarters), base);
    spans.forEach((s, i) => {
      g.lineBetween(x(s.from - 1), base, x(s.from - 1), base + PIN_ROW * 2 + 4);
      for (let q = s.from; q <= s.to; q++) g.lineBetween(x(q), base, x(q), base + 3);
      const label = this.years[i];
      if (!label) return;
      label.setText(s.label).setVisible(true).setPosition((x(s.from - 1) + x(s.to)) / 2, base + PIN_ROW + 8);
    });
  }

  /** One small mark a kind a quarter, under the plot; the open moment's quarter gets a guide line up the chart. */
  private pins(game: Game, open: string | null, x: (q: number) => number, base: number, top: number): void {
    const g = this.g;
    const all = moments(game);
    const kindsAt = new Map<number, Set<MomentKind>>();
    for (const p of all) { const s = kindsAt.get(p.quarter) ?? new Set(); s.add(p.kind); kindsAt.set(p.quarter, s); }
    const openQuarter = open ? Number(open.split(':')[1]) : null;
    if (openQuarter) {
      const cx = (x(openQuarter - 1) + x(openQuarter)) / 2;
      g.fillStyle(PALETTE.ink, 0.07); g.fillRect(x(openQuarter - 1), top, x(openQuarter) - x(openQuarter - 1), base - top);
      g.lineStyle(2, PALETTE.ink, 0.8); g.lineBetween(cx, top, cx, base);
    }
    for (const [q, kinds] of kindsAt) {
      const present = PIN_ORDER.filter((k) => kinds.has(k));
      const span = x(q) - x(q - 1);
      const step = Math.min(9, span / Math.max(1, present.length));
      present.forEach((k, i) => this.pin(k, (x(q - 1) + x(q)) / 2 + (i - (present.length - 1) / 2) * step, base + PIN_ROW / 2 + 1, Math.min(3.5, step / 2.4)));
    }
  }

  private pin(kind: MomentKind, cx: number, cy: number, r: number): void {
    const g = this.g;
    switch (kind) {
      case 'decision': g.fillStyle(PALETTE.numbers, 1); g.fillCircle(cx, cy, r); break;
      case 'answer': g.lineStyle(1.5, PALETTE.numbers, 1); g.strokeCircle(cx, cy, r); break;
      case 'story': g.fillStyle(PALETTE.calm, 1); g.fillPoints([{ x: cx, y: cy - r - 1 }, { x: cx + r + 1, y: cy }, { x: cx, y: cy + r + 1 }, { x: cx - r - 1, y: cy }] as unknown as Phaser.Math.Vector2[], true); break;
      case 'incident': g.fillStyle(PALETTE.truth, 1); g.fillTriangle(cx, cy - r - 1, cx + r + 1, cy + r, cx - r - 1, cy + r); break;
      case 'inspection': g.fillStyle(PALETTE.pressure, 1); g.fillRect(cx - r, cy - r, r * 2, r * 2); break;
    }
  }

  /** The line through `values` up to point `reach` (fractional: part of the next segment). */
  private polyline(values: number[], reach: number, x: (q: number) => number, y: (v: number) => number, color: number, width: number, dashed: boolean, alpha = 1): void {
    const g = this.g;
    g.lineStyle(width, color, alpha);
    for (let q = 0; q + 1 < values.length && q < reach; q++) {
      const end = Math.min(1, reach - q);
      const at = (t: number) => ({ x: x(q + t), y: y(values[q] + (values[q + 1] - values[q]) * t) });
      if (!dashed) { const a = at(0); const b = at(end); g.lineBetween(a.x, a.y, b.x, b.y); continue; }
      for (let t = 0; t < end; t += 0.25) {
        const a = at(t); const b = at(Math.min(end, t + 0.14));
        g.lineBetween(a.x, a.y, b.x, b.y);
      }
    }
  }
}
