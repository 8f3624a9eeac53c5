import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for Howler that records what the service asks of it.
const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const howls: FakeHowl[] = [];
  let nextId = 1;
  let failConstruct = false;
  class FakeHowl {
    options: { src: string[]; loop: boolean; html5: boolean; onend?: (id: number) => void };
    lastId = 0;
    constructor(options: FakeHowl['options']) {
      if (failConstruct) throw new Error('no audio device');
      this.options = options;
      howls.push(this);
    }
    name(): string {
      return this.options.src[0].replace(/^.*\//, '');
    }
    play(): number {
      calls.push(`play ${this.name()}`);
      this.lastId = nextId++;
      return this.lastId;
    }
    volume(): this {
      return this;
    }
    fade(from: number, to: number, ms: number): this {
      calls.push(`fade ${this.name()} ${from.toFixed(2)}->${to.toFixed(2)} ${ms}`);
      return this;
    }
    stop(): this {
      calls.push(`stop ${this.name()}`);
      return this;
    }
  }
  const Howler = {
    volume: (v: number) => void calls.push(`Howler.volume ${v}`),
    mute: (m: boolean) => void calls.push(`Howler.mute ${m}`),
  };
  return {
    calls, howls, Howl: FakeHowl, Howler,
    reset() { calls.length = 0; howls.length = 0; failConstruct = false; },
    breakAudio() { failConstruct = true; },
  };
});
vi.mock('howler', () => ({ Howl: fake.Howl, Howler: fake.Howler }));

const { createSound } = await import('../../src/audio/sound');

describe('sound service', () => {
  let captions: string[];
  const make = (extra: { volume?: number; muted?: boolean } = {}) => createSound({ onCaption: (text, cue) => captions.push(`${cue}: ${text}`), ...extra });

  beforeEach(() => {
    fake.reset();
    captions = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('creates no audio at all before unlock, yet captions every cue', () => {
    const sound = make();
    sound.play('phone');
    sound.setVolume(0.3);
    sound.setMuted(true);
    sound.startAmbience();
    expect(fake.howls).toHaveLength(0);
    expect(fake.calls).toEqual([]);
    expect(captions).toEqual(['phone: [A telephone rings: the inspectorate is calling]', 'room_tone: [Quiet room sound]']);
  });

  it('on unlock applies volume and mute through Howler, preloads the cues (Web Audio, not HTML5) and starts the wanted ambience', () => {
    const sound = make({ volume: 0.4 });
    sound.startAmbience();
    sound.unlock();
    expect(fake.calls.slice(0, 2)).toEqual(['Howler.volume 0.4', 'Howler.mute false']);
    expect(fake.howls.every((h) => h.options.html5 === false)).toBe(true);
    expect(fake.howls.some((h) => h.name() === 'debrief_theme.wav')).toBe(false);
    expect(fake.calls).toContain('play room_tone.wav');
    expect(fake.calls).toContain('fade room_tone.wav 0.00->0.80 600');
    sound.unlock();
    expect(fake.calls.filter((c) => c.startsWith('Howler.volume'))).toHaveLength(1);
  });

  it('captions a cue even when muted, but does not play it', () => {
    const sound = make({ muted: true });
    sound.unlock();
    sound.play('headline');
    expect(captions).toEqual(['headline: [A newspaper lands on the table]']);
    expect(fake.calls).not.toContain('play headline.wav');
    sound.setMuted(false);
    sound.play('headline');
    expect(fake.calls).toContain('Howler.mute false');
    expect(fake.calls).toContain('play headline.wav');
  });

  it('applies volume changes through Howler.volume, clamped to 0..1', () => {
    const sound = make();
    sound.unlock();
    sound.setVolume(2);
    sound.setVolume(0.25);
    expect(fake.calls.filter((c) => c.startsWith('Howler.volume'))).toEqual(['Howler.volume 0.7', 'Howler.volume 1', 'Howler.volume 0.25']);
    expect(sound.settings()).toEqual({ volume: 0.25, muted: false });
  });

  it('keeps ambience and theme mutually exclusive with a 600 ms crossfade', () => {
    const sound = make();
    sound.unlock();
    sound.startAmbience();
    vi.advanceTimersByTime(1000);
    fake.calls.length = 0;
    sound.playTheme();
    expect(fake.calls).toContain('fade room_tone.wav 0.80->0.00 600');
    expect(fake.calls).toContain('play debrief_theme.wav');
    expect(fake.calls).toContain('fade debrief_theme.wav 0.00->0.70 600');
    expect(fake.calls).not.toContain('stop room_tone.wav');
    vi.advanceTimersByTime(700);
    expect(fake.calls).toContain('stop room_tone.wav');
    expect(captions.at(-1)).toBe('debrief_theme: [A reflective theme begins]');
  });

  it('lays the tension under the room tone at the level of the pressure, captions its coming in once, and silences it for the debrief', () => {
    const sound = make();
    sound.unlock();
    sound.startAmbience();
    fake.calls.length = 0;
    sound.setTension(0.5);
    expect(fake.calls).toContain('play tension.wav');
    expect(fake.calls).toContain('fade tension.wav 0.00->0.30 1200');
    sound.setTension(0.8);
    expect(fake.calls.filter((c) => c === 'play tension.wav')).toHaveLength(1); // one loop, its level moved
    expect(fake.calls.at(-1)).toMatch(/^fade tension\.wav .*->0\.48 1200$/);
    expect(captions.filter((c) => c.startsWith('tension:'))).toEqual(['tension: [A low, uneasy throb rises under the room]']);
    sound.playTheme();
    expect(fake.calls.at(-1)).toMatch(/^fade tension\.wav .*->0\.00 1200$/);
  });

  it('says more in a caption when the moment does', () => {
    const sound = make();
    sound.play('phone', '[The council leader walks in with a demand]');
    expect(captions).toEqual(['phone: [The council leader walks in with a demand]']);
  });

  it('does not restart or re-caption a background that is already playing', () => {
    const sound = make();
    sound.unlock();
    sound.startAmbience();
    sound.startAmbience();
    sound.play('room_tone');
    expect(fake.calls.filter((c) => c === 'play room_tone.wav')).toHaveLength(1);
    expect(captions).toEqual(['room_tone: [Quiet room sound]']);
  });

  it('lets the theme end on its own without starting it again', () => {
    const sound = make();
    sound.unlock();
    sound.playTheme();
    const theme = fake.howls.find((h) => h.name() === 'debrief_theme.wav');
    theme?.options.onend?.(theme.lastId);
    sound.setMuted(true);
    sound.stopAmbience();
    expect(fake.calls.filter((c) => c === 'play debrief_theme.wav')).toHaveLength(1);
    sound.playTheme();
    expect(fake.calls.filter((c) => c === 'play debrief_theme.wav')).toHaveLength(2);
  });

  it('never throws when audio cannot start, and still captions', () => {
    fake.breakAudio();
    const sound = make();
    expect(() => {
      sound.unlock();
      sound.play('incident');
      sound.startAmbience();
      sound.playTheme();
      sound.stopTheme();
    }).not.toThrow();
    expect(captions).toContain('incident: [A low, grave tone]');
  });

  it('unlocks on the first user gesture on the given target, but not on Escape', () => {
    const target = new EventTarget();
    createSound({ onCaption: () => undefined, unlockOn: target });
    target.dispatchEvent(Object.assign(new Event('keydown'), { key: 'Escape' }));
    expect(fake.howls).toHaveLength(0);
    target.dispatchEvent(new Event('pointerdown'));
    expect(fake.howls.length).toBeGreaterThan(0);
    const count = fake.howls.length;
    target.dispatchEvent(new Event('keydown'));
    expect(fake.howls).toHaveLength(count);
  });
});
