// The stage's boot: warms the sound files and the fonts so the cues and the scenes' text are ready when they are wanted,
// and reports its progress. It runs when the stage starts, after the first screen is up (see main.ts): nothing waits on it.
import Phaser from 'phaser';
import { CUE_FILES } from './preload-list';

export class BootScene extends Phaser.Scene {
  constructor(private readonly onProgress: (p: number) => void, private readonly onReady: () => void) {
    super('boot');
  }

  preload(): void {
    this.load.on('progress', (p: number) => this.onProgress(p * 0.9));
    for (const [key, url] of Object.entries(CUE_FILES)) this.load.binary(key, url);
  }

  create(): void {
    const fonts = document.fonts ? Promise.all([document.fonts.load('400 16px "Atkinson Hyperlegible"'), document.fonts.load('700 16px "Atkinson Hyperlegible"')]) : Promise.resolve();
    fonts.catch(() => undefined).then(() => {
      this.onProgress(1);
      this.scene.stop();
      this.onReady();
    });
  }
}
