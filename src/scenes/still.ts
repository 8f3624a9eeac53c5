// The stage draws only while something on it can change. Phaser's loop otherwise redraws every frame, which kept an
// idle board screen busy (40-85% of a core with software WebGL): a trainer's laptop runs the game for hours. The loop
// sleeps once the scenes on show are still and their slots have not moved for a few frames; the store changing, or a
// slot moving (scroll, resize, a re-rendered page, a font arriving), wakes it.
import type Phaser from 'phaser';
import { store } from '../state/store';
import { boxOf } from './anchor';

/** A scene drawn into a slot the DOM leaves for it. */
export interface SlotScene {
  /** The CSS selector of the element it draws over. */
  readonly slot: string;
  /** True while something it draws is still moving (a needle, a chart being drawn). */
  moving(): boolean;
}

const STILL_FRAMES = 3; // a few drawn frames after the last change, so the final state (or an empty canvas) is on screen
/** A scene that will move later without the store changing (a member's turn to speak) emits this on the game's events
 *  to wake the loop when the time comes. */
export const WAKE = 'btn:wake';

export function sleepWhenStill(game: Phaser.Game, onShow: () => SlotScene[]): void {
  let drawn = '';
  let stillFrames = 0;
  let watching = false;
  const layout = () => `${window.innerWidth}x${window.innerHeight}|${onShow().map((s) => {
    const b = boxOf(s.slot);
    return `${b.x},${b.y},${b.width},${b.height},${b.visible}`;
  }).join('|')}`;

  const wake = () => {
    stillFrames = 0;
    if (game.loop.running) return;
    game.loop.resetDelta(); // the time asleep is not a frame's delta: animations start from where they were
    game.loop.wake();
    game.canvas.dataset.drawing = 'yes';
  };

  // while asleep, one cheap look per frame at where the slots are
  const watch = () => {
    if (watching) return;
    watching = true;
    const look = () => {
      if (game.loop.running) { watching = false; return; }
      if (layout() !== drawn) { watching = false; wake(); return; }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  };

  game.events.on('postrender', () => {
    const now = layout();
    stillFrames = onShow().some((s) => s.moving()) || now !== drawn ? 0 : stillFrames + 1;
    drawn = now;
    if (stillFrames >= STILL_FRAMES) { game.loop.sleep(); game.canvas.dataset.drawing = 'no'; watch(); } // the tests read it
  });
  store.subscribe(wake);
  game.events.on(WAKE, wake);
  // back from another tab, or a lost GPU context restored: draw again rather than trust what the canvas kept
  document.addEventListener('visibilitychange', wake);
  game.canvas.addEventListener('webglcontextrestored', wake);
}
