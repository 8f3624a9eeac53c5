// One pressure dial, drawn the same wherever it appears (the numbers panel's small dials, the resolution's meters): a
// half ring filled to the value, blue when its rise is good news (confidence), orange when it is bad news (a pressure),
// and a needle.
import Phaser from 'phaser';
import { PALETTE } from './palette';

export function drawDial(g: Phaser.GameObjects.Graphics, cx: number, cy: number, r: number, fraction: number, good: boolean): void {
  const f = Phaser.Math.Clamp(fraction, 0, 1);
  const width = Math.max(4, r * 0.16);
  g.lineStyle(width, PALETTE.grid, 1);
  g.beginPath(); g.arc(cx, cy, r, Math.PI, 0); g.strokePath();
  g.lineStyle(width, good ? PALETTE.numbers : PALETTE.pressure, 1);
  g.beginPath(); g.arc(cx, cy, r, Math.PI, Math.PI + Math.PI * f); g.strokePath();
  const a = Math.PI + Math.PI * f;
  g.lineStyle(Math.max(2, r * 0.04), PALETTE.ink, 1);
  g.lineBetween(cx, cy, cx + Math.cos(a) * r * 0.85, cy + Math.sin(a) * r * 0.85);
  g.fillStyle(PALETTE.ink, 1).fillCircle(cx, cy, Math.max(3, r * 0.06));
}

interface Dial { id: string; value: number; shown: number; min: number; max: number; good: boolean; text: Phaser.GameObjects.Text; figure: Phaser.GameObjects.Text; wrap?: number }

/**
 * The model's pressures as dials that swing the moment the figures change (with reduced motion they move at once): the
 * needles, each dial's label and its figure. A scene makes one, feeds it the game's state and draws it into a box.
 */
export class DialSet {
  private dials: Dial[] = [];
  /** The pressures' ids and labels the dials were made for. */
  private labels = '';

  constructor(private readonly scene: Phaser.Scene, private readonly fontPx: number) {}

  read(model: { display: { pressures: string[] }; variables: { id: string; label: string; min: number; max: number; better?: string }[] }, vars: Readonly<Record<string, number | string>>, still: boolean, resolution: number): void {
    const labels = model.display.pressures.map((id) => `${id}=${model.variables.find((x) => x.id === id)?.label ?? ''}`).join('\u0000');
    if (this.labels !== labels) {
      this.destroy(); // another scenario, perhaps on another model, or the same one in another language
      this.labels = labels;
      this.dials = model.display.pressures.map((id) => {
        const v = model.variables.find((x) => x.id === id)!;
        // the label wraps to its dial's column (draw() sets the width): a longer language takes more lines, not more room
        const text = this.scene.add.text(0, 0, v.label, { fontFamily: 'Atkinson Hyperlegible, sans-serif', fontSize: `${this.fontPx}px`, color: '#1b2228', align: 'center', resolution }).setOrigin(0.5, 0);
        const figure = this.scene.add.text(0, 0, '', { fontFamily: 'Atkinson Hyperlegible, sans-serif', fontSize: `${Math.round(this.fontPx * 1.25)}px`, fontStyle: 'bold', color: '#1b2228', resolution }).setOrigin(0.5, 1);
        const value = vars[id] as number;
        return { id, value, shown: value, min: v.min, max: v.max, good: v.better === 'higher', text, figure };
      });
    }
    for (const d of this.dials) {
      const value = vars[d.id] as number;
      if (value === d.value && !still) continue; // the needle is there or on its way
      d.value = value;
      this.scene.tweens.killTweensOf(d); // a newer value replaces the needle's journey, it does not queue behind it
      if (still) d.shown = d.value;
      else this.scene.tweens.add({ targets: d, shown: d.value, duration: 900, ease: 'Cubic.easeOut' });
    }
  }

  /** Draws the dials side by side in a box; returns the height they took, labels included. */
  draw(g: Phaser.GameObjects.Graphics, box: { x: number; y: number; width: number; height: number; visible: boolean }, rMax: number): number {
    for (const d of this.dials) { d.text.setVisible(box.visible); d.figure.setVisible(box.visible); }
    if (!box.visible || this.dials.length === 0) return 0;
    const n = this.dials.length;
    const r = Math.min(box.width / (n * 2.4), rMax);
    this.dials.forEach((d, i) => {
      const cx = box.x + (box.width / n) * (i + 0.5);
      const cy = box.y + r + 6;
      drawDial(g, cx, cy, r, (d.shown - d.min) / (d.max - d.min), d.good);
      const wrap = Math.round(Math.max(40, box.width / n - 6));
      // re-wrapping redraws the text's texture: only when the column's width changes
      if (d.wrap !== wrap) { d.text.setWordWrapWidth(wrap, true); d.wrap = wrap; }
      d.text.setPosition(cx, cy + 6);
      d.figure.setText(String(Math.round(d.shown))).setPosition(cx, cy - r * 0.3);
    });
    // a label wrapped over more lines than English takes (a longer language) pushes what follows down
    const labels = Math.max(0, ...this.dials.map((d) => d.text.height));
    return Math.max(r * 2, r + 12 + labels - 36);
  }

  destroy(): void {
    for (const d of this.dials) { d.text.destroy(); d.figure.destroy(); }
    this.dials = [];
    this.labels = '';
  }
}
