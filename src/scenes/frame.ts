// The stage's canvas covers only the slot its scene draws into, not the whole window: a transparent full-window canvas
// is cleared, drawn and blended over the page on every frame the stage draws, which with software rendering (no GPU,
// as on many school and council laptops) cost more than the drawing itself. Scenes keep drawing in page coordinates;
// their camera looks at the slot.
import type Phaser from 'phaser';
import { boxOf } from './anchor';
import type { SlotScene } from './still';

const MARGIN = 8; // room for strokes and dots drawn on a slot's edge

export function frameTheSlot(game: Phaser.Game, onShow: () => SlotScene[]): void {
  const stage = game.canvas.parentElement!;
  let width = 0;
  let height = 0;
  game.events.on('prestep', () => {
    const shown = onShow();
    if (shown.length === 0) return;
    const box = boxOf(shown[0].slot);
    const x = Math.floor(box.x) - MARGIN;
    const y = Math.floor(box.y) - MARGIN;
    const w = Math.max(1, Math.ceil(box.width) + 2 * MARGIN);
    const h = Math.max(1, Math.ceil(box.height) + 2 * MARGIN);
    stage.style.transform = `translate(${x}px, ${y}px)`;
    if (w !== width || h !== height) {
      width = w; height = h;
      stage.style.width = `${w}px`;
      stage.style.height = `${h}px`;
      game.scale.resize(w, h);
    }
    for (const s of shown) {
      // a scene asleep when the canvas changed size missed the resize: its camera is sized here too
      const camera = (s as unknown as Phaser.Scene).cameras.main;
      if (camera.width !== w || camera.height !== h) camera.setSize(w, h);
      camera.setScroll(x, y);
    }
  });
}
