// The Phaser game over the DOM layer: one transparent canvas, the size of the slot on show (see frame.ts), that sleeps
// when still (see still.ts); scenes start and stop with the screens.
import Phaser from 'phaser';
import { store, type Screen } from '../state/store';
import { BootScene } from './boot-scene';
import { GaugesScene } from './gauges-scene';
import { RevealScene } from './reveal-scene';
import { RoomScene } from './room-scene';
import { MetersScene } from './meters-scene';
import { frameTheSlot } from './frame';
import { sleepWhenStill, type SlotScene } from './still';
import { TitleScene } from './title-scene';

const SCENES_FOR: Partial<Record<Screen, string[]>> = { title: ['title'], board: ['gauges', 'room', 'meters'], debrief: ['reveal'] };
const SLOT_SCENES = ['title', 'gauges', 'room', 'meters', 'reveal'];

export function startStage(parent: HTMLElement, onProgress: (p: number) => void, onReady: () => void): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    transparent: true,
    banner: false,
    audio: { noAudio: true }, // Howler owns the sound
    // sized by frameTheSlot to the slot on show; the scale manager's own parent tracking would undo that
    scale: { mode: Phaser.Scale.NONE, width: window.innerWidth, height: window.innerHeight },
    render: { antialias: true },
    scene: [new BootScene(onProgress, () => { onReady(); follow(game); }), TitleScene, GaugesScene, RoomScene, MetersScene, RevealScene],
  });
  return game;
}

function follow(game: Phaser.Game): void {
  const sync = (screen: Screen) => {
    const wanted = new Set(SCENES_FOR[screen] ?? []);
    // scenes sleep rather than stop between screens, so their objects are made once, not on every visit
    for (const key of SLOT_SCENES) {
      const running = game.scene.isActive(key);
      if (wanted.has(key) && !running) game.scene.run(key);
      if (!wanted.has(key) && running) game.scene.sleep(key);
    }
  };
  store.subscribe((s) => s.screen, sync);
  sync(store.getState().screen);
  const onShow = () => SLOT_SCENES.filter((key) => game.scene.isActive(key)).map((key) => game.scene.getScene(key) as unknown as SlotScene);
  frameTheSlot(game, onShow);
  sleepWhenStill(game, onShow);
}
