// The board room, drawn where the briefing leaves room for it (#room-slot): the members around the table, each looking
// as they are (at ease, guarded, strained), speaking their lines in turn in the briefing; the pressures at the room's
// edge as things (the television, the telephone and the door, the inspectorate's letters); and the light, which
// dims and warms toward dusk as the pressure rises. A threshold crossed is played out: the phone rings, the story jumps
// to the national news, a letter lands, the council leader stands in the door. Everything here is also in the page
// (the voices list, the captions, the dials): the room is what a sighted player looks at.
import Phaser from 'phaser';
import { phaseOf, reports, stateOf } from '../engine/session';
import { voicesOf, type Voice } from '../engine/voices';
import { moodOf, type Mood } from '../present/mood';
import { badness } from '../present/mood';
import { heatOf, objectFor, type Heat, type RoomObject } from '../present/room-events';
import { onPointedVoice, pointedVoice } from '../state/room-focus';
import { store, type AppState } from '../state/store';
import { boxOf } from './anchor';
import { pixelRatio } from './frame';
import { PALETTE } from './palette';
import { drawHands, drawMember, lookFor } from './room-people';
import { drawDoor, drawLetters, drawPaper, drawPhone, drawTelevision } from './room-edge';
import { WAKE, type SlotScene } from './still';

const FONT = 'Atkinson Hyperlegible, sans-serif';
const WALL_CALM = 0x33434f;
const WALL_TENSE = 0x3e302d;
const DAY = 0x8fb0c4;
const DUSK = 0x4d3f4c;
const TABLE = 0x6b4a32;
const TABLE_EDGE = 0x4a3222;
/** How long the room plays out each kind of event (ms). */
const RING_MS = 2600;
const FLICKER_MS = 1200;
const ARRIVE_MS = 800;
const ENTER_MS = 1000;
/** A speaker's mouth moves for this long, then they are still while the line stays up. */
const TALK_MS = 1600;

interface Member { id: string; name: string; index: number; mood: Mood }

export class RoomScene extends Phaser.Scene implements SlotScene {
  readonly slot = '#room-slot';
  private g!: Phaser.GameObjects.Graphics;
  private front!: Phaser.GameObjects.Graphics;
  private who!: Phaser.GameObjects.Text;
  private line!: Phaser.GameObjects.Text;
  private members: Member[] = [];
  private voices: Voice[] = [];
  private voiceKey = '';
  private turn = 0;
  private turnSince = 0;
  private pointed: number | null = null;
  /** Shown badness of each pressure, easing toward the real one. */
  private shown: Record<string, number> = {};
  private real: Record<string, number> = {};
  private objects: Record<string, RoomObject> = {};
  private ringAt = -1e9;
  private flickerAt = -1e9;
  private letterAt = -1e9;
  private enterAt = -1e9;
  private phase = '';
  private wakeTimer = 0;
  private unsubscribe: (() => void)[] = [];

  constructor() { super('room'); }

  create(): void {
    this.g = this.add.graphics();
    this.front = this.add.graphics(); // the bubble, over everything
    const res = pixelRatio();
    this.who = this.add.text(0, 0, '', { fontFamily: FONT, fontSize: '12px', fontStyle: 'bold', color: '#1b2228', resolution: res });
    this.line = this.add.text(0, 0, '', { fontFamily: FONT, fontSize: '13px', color: '#1b2228', lineSpacing: 2, resolution: res });
    this.unsubscribe = [
      store.subscribe((s) => s.game, () => this.read(store.getState())),
      store.subscribe((s) => s.stepNo, () => this.react(store.getState())),
      onPointedVoice((i) => { this.pointed = i; this.turnSince = this.now(); this.game.events.emit(WAKE); }),
    ];
    this.pointed = pointedVoice();
    this.read(store.getState());
    this.events.once('shutdown', () => { for (const u of this.unsubscribe) u(); this.unsubscribe = []; window.clearTimeout(this.wakeTimer); });
  }

  private now(): number { return performance.now(); }
  private still(): boolean { return store.getState().settings.reducedMotion; }

  private read(state: AppState): void {
    const game = state.game;
    if (!game) return;
    const sc = game.scenario;
    const s = stateOf(game);
    this.phase = phaseOf(game);
    const { last, before } = reports(game);
    // in the briefing the members look as the last report left them; once the quarter resolves, as it lands on them
    const now = this.phase === 'briefing' || this.phase === 'agenda' ? last : { ...last, ...s.vars };
    const was = this.phase === 'briefing' || this.phase === 'agenda' ? before : last;
    this.members = sc.roles.map((r, index) => ({ id: r.id, name: r.name, index, mood: moodOf(sc, r, now, was) }));
    const voices = this.phase === 'briefing' ? voicesOf(sc, s) : [];
    const key = `${s.quarter}|${voices.map((v) => v.text).join('|')}`;
    if (key !== this.voiceKey) { this.voiceKey = key; this.voices = voices; this.turn = 0; this.turnSince = this.now(); }
    for (const id of sc.model.display.pressures) {
      this.objects[id] = objectFor(sc, id);
      const b = badness(sc, id, s.vars[id]) ?? 0;
      if (!(id in this.shown)) this.shown[id] = b;
      if (this.real[id] !== b) {
        this.real[id] = b;
        this.tweens.killTweensOf(this.shown);
        if (this.still()) this.shown[id] = b;
        else this.tweens.add({ targets: this.shown, [id]: b, duration: 1400, ease: 'Sine.easeInOut' });
      }
    }
  }

  /** A step's threshold crossings, played out in the room. */
  private react(state: AppState): void {
    const t = this.now();
    for (const e of state.roomEvents) {
      if (e.object === 'phone') { if (e.heat === 'boiling') this.enterAt = t; else this.ringAt = t; }
      if (e.object === 'television') this.flickerAt = t;
      if (e.object === 'letters') this.letterAt = t;
    }
  }

  private heatOfObject(object: RoomObject): { heat: Heat; b: number } {
    const id = Object.keys(this.objects).find((k) => this.objects[k] === object);
    const b = id ? this.shown[id] ?? 0 : 0;
    return { heat: heatOf(b), b };
  }

  private dwell(v: Voice): number { return Math.max(4000, Math.min(9000, 2500 + v.text.length * 45)); }

  /** The voice on show: the one the player points at in the page, else the one whose turn it is. */
  private speaking(t: number): { voice: Voice; index: number; since: number } | null {
    if (this.voices.length === 0) return null;
    if (this.pointed !== null && this.voices[this.pointed]) return { voice: this.voices[this.pointed], index: this.pointed, since: this.turnSince };
    if (!this.still()) {
      // in turn, round the table and round again
      while (t - this.turnSince > this.dwell(this.voices[this.turn])) { this.turnSince += this.dwell(this.voices[this.turn]); this.turn = (this.turn + 1) % this.voices.length; }
    }
    return { voice: this.voices[this.turn], index: this.turn, since: this.turnSince };
  }

  moving(): boolean {
    const t = this.now();
    if (this.tweens.getTweens().length > 0) return true;
    if (this.still()) return false;
    const sp = this.speaking(t);
    return (sp !== null && t - sp.since < TALK_MS) || t - this.ringAt < RING_MS || t - this.flickerAt < FLICKER_MS || t - this.letterAt < ARRIVE_MS || t - this.enterAt < ENTER_MS;
  }

  /** Wakes the stage for the next speaker's turn: between turns nothing moves and the loop sleeps. */
  private scheduleTurn(t: number): void {
    window.clearTimeout(this.wakeTimer);
    if (this.still() || this.pointed !== null || this.voices.length < 2) return;
    const due = this.turnSince + this.dwell(this.voices[this.turn]) - t;
    this.wakeTimer = window.setTimeout(() => this.game.events.emit(WAKE), Math.max(16, due + 5));
  }

  update(): void {
    const box = boxOf(this.slot);
    const g = this.g;
    const f = this.front;
    g.clear(); f.clear();
    this.who.setVisible(false); this.line.setVisible(false);
    if (!box.visible || this.members.length === 0) return;
    const t = this.now();
    const still = this.still();
    const { x, y, width: w, height: h } = box;
    const pressures = Object.values(this.shown);
    const p = pressures.length ? pressures.reduce((a, b) => a + b, 0) / pressures.length : 0;
    const dusk = Phaser.Math.Clamp((p - 0.2) / 0.6, 0, 1);

    // the wall, the window and the light: dusk comes in as the pressure rises
    g.fillStyle(mix(WALL_CALM, WALL_TENSE, dusk), 1).fillRect(x, y, w, h);
    const wx = x + w * 0.38; const ww = w * 0.24; const wy = y + h * 0.07; const wh = h * 0.3;
    g.fillStyle(mix(DAY, DUSK, dusk), 1).fillRect(wx, wy, ww, wh);
    g.fillStyle(0x3b4d42, 1).fillTriangle(wx, wy + wh, wx + ww * 0.5, wy + wh * 0.6, wx + ww, wy + wh);
    g.lineStyle(3, mix(WALL_CALM, WALL_TENSE, dusk), 1).lineBetween(wx + ww / 2, wy, wx + ww / 2, wy + wh);

    const tv = this.heatOfObject('television');
    const flicker = !still && t - this.flickerAt < FLICKER_MS ? Math.abs(Math.sin((t - this.flickerAt) / 60)) : 0;
    drawTelevision(g, x + w * 0.04, y + h * 0.1, Math.min(w * 0.15, 110), tv.heat, flicker);
    const politics = this.heatOfObject('phone');
    const entering = t - this.enterAt < ENTER_MS && !still ? (t - this.enterAt) / ENTER_MS : 1;
    drawDoor(g, x + w * 0.885, y + h * 0.1, w * 0.085, h * 0.58, politics.heat === 'boiling' ? entering : 0);

    const tableY = y + h * 0.72;
    const n = this.members.length;
    const seat = (i: number) => x + w * (0.15 + 0.7 * (i + 0.5) / n);
    const r = Math.min((w * 0.7 / n) * 0.25, h * 0.085);
    const sp = this.speaking(t);
    const speakerX = sp ? seat(this.members.findIndex((m) => m.id === sp.voice.role)) : null;
    const withIndex = sp?.voice.with ? this.members.findIndex((m) => m.id === sp.voice.with) : -1;
    const poses = this.members.map((m, i) => {
      const speaking = !!sp && sp.voice.role === m.id;
      // the others look toward whoever speaks; the member a disagreement answers turns to face it
      const toward = speakerX === null || speaking ? 0 : Math.sign(speakerX - seat(i)) * (i === withIndex ? 1 : 0.45);
      const turn = speaking && withIndex >= 0 ? Math.sign(seat(withIndex) - seat(i)) : toward;
      const talking = speaking && !still && t - (sp?.since ?? 0) < TALK_MS;
      return { mood: m.mood, speaking, mouth: talking ? Math.abs(Math.sin((t - sp!.since) / 90)) : 0, turn, hand: speaking && sp!.voice.kind === 'request' };
    });
    // a pool of lamplight on whoever has the floor
    if (speakerX !== null) g.fillStyle(PALETTE.lamp, 0.1).fillEllipse(speakerX, tableY - r * 1.8, r * 5, r * 5.5);
    this.members.forEach((m, i) => drawMember(g, seat(i), tableY, r, lookFor(m.index), poses[i]));

    // the table, seen from the chair's end, and what lies on it
    const top = [new Phaser.Math.Vector2(x + w * 0.1, tableY), new Phaser.Math.Vector2(x + w * 0.9, tableY), new Phaser.Math.Vector2(x + w, y + h), new Phaser.Math.Vector2(x, y + h)];
    g.fillStyle(TABLE, 1).fillPoints(top, true);
    g.lineStyle(2, TABLE_EDGE, 1).lineBetween(x + w * 0.1, tableY, x + w * 0.9, tableY);
    g.fillStyle(PALETTE.lamp, 0.05 + 0.07 * (1 - dusk)).fillEllipse(x + w / 2, tableY + (y + h - tableY) * 0.5, w * 0.55, (y + h - tableY) * 0.8);
    this.members.forEach((m, i) => {
      g.fillStyle(PALETTE.paper, 0.85).fillRect(seat(i) - r * 0.7, tableY + r * 0.55, r * 1.4, r * 0.8);
      drawHands(g, seat(i), tableY, r, lookFor(m.index), poses[i], poses[i].speaking && sp?.voice.kind === 'disagree');
    });
    const regulator = this.heatOfObject('letters');
    const arriving = !still && t - this.letterAt < ARRIVE_MS ? (t - this.letterAt) / ARRIVE_MS : 0;
    drawLetters(g, x + w * 0.08, y + h * 0.86, Math.max(8, h * 0.07), 1 + Math.round(regulator.b * 6), regulator.heat, arriving);
    const ring = t - this.ringAt < RING_MS ? (t - this.ringAt) / RING_MS : 0;
    drawPhone(g, x + w * 0.93, y + h * 0.8, Math.max(8, h * 0.07), ring > 0 ? ring + 0.001 : 0, still);
    if (this.phase === 'events' || this.phase === 'ending') drawPaper(g, x + w * 0.43, y + h * 0.8, Math.max(10, h * 0.06), tv.heat);

    // the pressure closes in at the edges
    if (dusk > 0) for (let k = 0; k < 6; k++) g.lineStyle(h * 0.03, 0x000000, 0.08 * dusk * (1 - k / 6)).strokeRect(x + k * h * 0.03, y + k * h * 0.03, w - 2 * k * h * 0.03, h - 2 * k * h * 0.03);

    if (sp && speakerX !== null) this.bubble(f, box, sp.voice, speakerX, tableY - r * 3.7);
    if (!this.moving()) this.scheduleTurn(t);
  }

  private bubble(f: Phaser.GameObjects.Graphics, box: { x: number; y: number; width: number; height: number }, v: Voice, sx: number, headTop: number): void {
    // the words grow with the room, so a projector's room reads from the back as a laptop's does up close
    const size = Math.round(Phaser.Math.Clamp(box.height * 0.052, 13, 22));
    if (this.line.style.fontSize !== `${size}px`) { this.line.setFontSize(size); this.who.setFontSize(size - 1); }
    const bw = Math.min(box.width * 0.7, size * 34);
    const pad = Math.round(size * 0.6);
    const member = this.members.find((m) => m.id === v.role);
    const other = v.with ? this.members.find((m) => m.id === v.with)?.name : undefined;
    const kind = v.kind === 'request' ? ' · asks the board' : v.kind === 'disagree' ? ` · answers the ${lowerFirst(other ?? 'board')}` : '';
    this.who.setText(`${member?.name ?? v.role}${kind}`).setWordWrapWidth(bw - 2 * pad).setVisible(true);
    this.line.setText(v.text).setWordWrapWidth(bw - 2 * pad).setVisible(true);
    const bh = this.who.height + this.line.height + pad * 2 + 2;
    const bx = Phaser.Math.Clamp(sx - bw / 2, box.x + 4, box.x + box.width - bw - 4);
    const by = Math.max(box.y + 4, headTop - bh - 10);
    const edge = v.kind === 'request' ? PALETTE.numbers : v.kind === 'disagree' ? PALETTE.pressure : PALETTE.grid;
    f.fillStyle(PALETTE.paper, 0.97).fillRoundedRect(bx, by, bw, bh, 8);
    f.lineStyle(2, edge, 1).strokeRoundedRect(bx, by, bw, bh, 8);
    const tx = Phaser.Math.Clamp(sx, bx + 14, bx + bw - 14);
    f.fillStyle(PALETTE.paper, 0.97).fillTriangle(tx - 7, by + bh - 1, tx + 7, by + bh - 1, sx, Math.min(headTop, by + bh + 12));
    f.lineStyle(2, edge, 1).lineBetween(tx - 7, by + bh, sx, Math.min(headTop, by + bh + 12)).lineBetween(tx + 7, by + bh, sx, Math.min(headTop, by + bh + 12));
    this.who.setPosition(bx + pad, by + pad).setDepth(2);
    this.line.setPosition(bx + pad, by + pad + this.who.height + 2).setDepth(2);
  }
}

function mix(a: number, b: number, t: number): number {
  const ch = (c: number, s: number) => (c >> s) & 0xff;
  const m = (s: number) => Math.round(ch(a, s) + (ch(b, s) - ch(a, s)) * t) << s;
  return m(16) | m(8) | m(0);
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

