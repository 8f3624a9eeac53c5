// The stage's canvas covers only the slots its scenes draw into (the box around them), not the whole window: a transparent full-window canvas
// is cleared, drawn and blended over the page on every frame the stage draws, which with software rendering (no GPU,
// as on many school and council laptops) cost more than the drawing itself. Scenes keep drawing in page coordinates;
// their camera looks at the slot. The canvas has as many pixels as the screen has for that area (a laptop's display
// has two per CSS pixel), so lines and labels are as sharp as the page's own text.
import type Phaser from 'phaser';
import { boxOf, type Box } from './anchor';
import type { SlotScene } from './still';

const MARGIN = 8; // room for strokes and dots drawn on a slot's edge

/** Screen pixels per CSS pixel, capped: a 3x phone gains little from more, and each one is drawn every frame. */
export function pixelRatio(): number {
  return Math.min(3, Math.max(1, window.devicePixelRatio || 1));
}

/** The box around every slot on show (the board's dials and its room): one canvas covers them all. */
function unionOf(boxes: Box[]): Box {
  const seen = boxes.filter((b) => b.visible);
  if (seen.length === 0) return boxes[0];
  const x = Math.min(...seen.map((b) => b.x));
  const y = Math.min(...seen.map((b) => b.y));
  const right = Math.max(...seen.map((b) => b.x + b.width));
  const bottom = Math.max(...seen.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y, visible: true };
}

export function frameTheSlot(game: Phaser.Game, onShow: () => SlotScene[]): void {
  const stage = game.canvas.parentElement!;
  let width = 0;
  let height = 0;
  let ratio = 0;
  game.events.on('prestep', () => {
    const shown = onShow();
    if (shown.length === 0) return;
    const box = unionOf(shown.map((sc) => boxOf(sc.slot)));
    const x = Math.floor(box.x) - MARGIN;
    const y = Math.floor(box.y) - MARGIN;
    const w = Math.max(1, Math.ceil(box.width) + 2 * MARGIN);
    const h = Math.max(1, Math.ceil(box.height) + 2 * MARGIN);
    stage.style.transform = `translate(${x}px, ${y}px)`;
    const r = pixelRatio(); // changes when the window moves to another screen, or the page is zoomed
    if (w !== width || h !== height || r !== ratio) {
      width = w; height = h; ratio = r;
      stage.style.width = `${w}px`;
      stage.style.height = `${h}px`;
      game.scale.resize(Math.round(w * r), Math.round(h * r));
      game.canvas.style.width = `${w}px`;
      game.canvas.style.height = `${h}px`;
    }
    for (const s of shown) {
      // a scene asleep when the canvas changed size missed the resize: its camera is sized here too
      const camera = (s as unknown as Phaser.Scene).cameras.main;
      if (camera.width !== game.scale.width || camera.height !== game.scale.height) camera.setSize(game.scale.width, game.scale.height);
      if (camera.zoom !== r) camera.setOrigin(0, 0).setZoom(r);
      camera.setScroll(x, y);
    }
  });
}
