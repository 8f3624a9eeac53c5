// The resolution's meters: the regulator, the press and the council as three large dials across the quarter's column
// (#meters-slot), swinging as the quarter lands on the board. The numbers panel keeps its small dials for reference;
// these are the moment of consequence, big enough to feel from across a room.
import Phaser from 'phaser';
import { stateOf } from '../engine/session';
import { store, type AppState } from '../state/store';
import { boxOf } from './anchor';
import { DialSet } from './dial';
import { pixelRatio } from './frame';
import type { SlotScene } from './still';

export class MetersScene extends Phaser.Scene implements SlotScene {
  readonly slot = '#meters-slot';
  private g!: Phaser.GameObjects.Graphics;
  private dials!: DialSet;
  private unsubscribe: (() => void) | null = null;

  constructor() { super('meters'); }

  create(): void {
    this.g = this.add.graphics();
    this.dials = new DialSet(this, 15);
    this.unsubscribe = store.subscribe((s) => s.game, () => this.read(store.getState()));
    // the scene follows the figures on every step of the quarter, so when the resolution shows the meters, the
    // needles are already swinging from where they stood to the quarter's values
    this.read(store.getState());
    this.events.once('shutdown', () => { this.unsubscribe?.(); this.unsubscribe = null; this.dials.destroy(); });
  }

  private read(state: AppState): void {
    const game = state.game;
    if (!game) return;
    this.dials.read(game.scenario.model, stateOf(game).vars, state.settings.reducedMotion, pixelRatio());
  }

  moving(): boolean { return this.tweens.getTweens().length > 0; }

  update(): void {
    const box = boxOf(this.slot);
    this.g.clear();
    this.dials.draw(this.g, box, box.height * 0.42);
  }
}
