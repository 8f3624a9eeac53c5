import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSounds } from '../../tools/sounds/render';
import { dbfs, peakOf, readWav } from './wav-reader';

const dir = new URL('../../assets/sounds/', import.meta.url);
const file = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`${name}.wav`, dir)));

/** Expected length in seconds of every generated sound (the test allows ±10%). */
const DURATIONS: Record<string, number> = {
  room_tone: 4, ui_select: 0.06, ui_confirm: 0.2, ui_back: 0.2, headline: 0.3, letter: 0.4, phone: 2, incident: 2.5,
  good_news: 0.6, debrief_theme: 15, tension: 4,
};
const NAMES = Object.keys(DURATIONS);

describe('generated sound files', () => {
  it('every sound the game uses exists in assets/sounds', () => {
    for (const name of NAMES) expect(statSync(new URL(`${name}.wav`, dir)).size, name).toBeGreaterThan(44);
  });

  it('every file is a valid RIFF/WAVE, 16-bit PCM, mono, 22050 Hz', () => {
    for (const name of NAMES) {
      const wav = readWav(file(name));
      expect({ name, format: wav.format, channels: wav.channels, rate: wav.rate, bits: wav.bits })
        .toEqual({ name, format: 1, channels: 1, rate: 22050, bits: 16 });
    }
  });

  it('every sound lasts as long as designed, within 10%', () => {
    for (const name of NAMES) {
      const seconds = readWav(file(name)).samples.length / 22050;
      expect(Math.abs(seconds - DURATIONS[name]) / DURATIONS[name], `${name}: ${seconds} s`).toBeLessThanOrEqual(0.1);
    }
  });

  it('the debrief theme is a 12 to 16 second piece', () => {
    const seconds = readWav(file('debrief_theme')).samples.length / 22050;
    expect(seconds).toBeGreaterThanOrEqual(12);
    expect(seconds).toBeLessThanOrEqual(16);
  });

  it('no sound peaks above -3 dBFS, the cues sit near -6 dBFS and the room tone much lower', () => {
    for (const name of NAMES) {
      const peak = dbfs(peakOf(readWav(file(name)).samples));
      expect(peak, name).toBeLessThan(-3);
      if (name === 'room_tone') expect(peak).toBeCloseTo(-24, 0);
      else if (name === 'tension') expect(peak).toBeCloseTo(-20, 0);
      else expect(peak, name).toBeCloseTo(-6, 0);
    }
  });

  it('one-shot sounds start and end in silence, so they never click', () => {
    for (const name of NAMES.filter((n) => n !== 'room_tone' && n !== 'tension')) {
      const { samples } = readWav(file(name));
      expect(Math.abs(samples[0]), `${name} first sample`).toBeLessThanOrEqual(1);
      expect(Math.abs(samples[samples.length - 1]), `${name} last sample`).toBeLessThanOrEqual(1);
    }
  });

  it.each(['room_tone', 'tension'])('%s loops seamlessly: its last sample flows into its first like any two neighbours', (name) => {
    const { samples } = readWav(file(name));
    const wrap = Math.abs(samples[samples.length - 1] - samples[0]);
    let largestStep = 0;
    for (let i = 1; i < samples.length; i++) largestStep = Math.max(largestStep, Math.abs(samples[i] - samples[i - 1]));
    expect(wrap).toBeLessThanOrEqual(largestStep);
    expect(wrap / 32768).toBeLessThan(0.005);
  });

  it('the room tone is not silent, only quiet', () => {
    const { samples } = readWav(file('room_tone'));
    const rms = Math.sqrt(samples.reduce((s, v) => s + v * v, 0) / samples.length);
    expect(dbfs(rms)).toBeGreaterThan(-45);
    expect(dbfs(rms)).toBeLessThan(-28);
  });

  it('all sounds together stay under 1.5 MB', () => {
    const total = NAMES.reduce((sum, name) => sum + statSync(new URL(`${name}.wav`, dir)).size, 0);
    expect(total).toBeLessThan(1.5 * 1024 * 1024);
  });
});

describe('the sound generator', () => {
  const first = renderSounds();

  it('renders exactly the sounds the game uses', () => {
    expect(Object.keys(first).sort()).toEqual([...NAMES].sort());
  });

  it('is deterministic: rendering twice gives byte-identical files', () => {
    const second = renderSounds();
    for (const name of NAMES) expect(Buffer.from(second[name]).equals(Buffer.from(first[name])), name).toBe(true);
  });

  it('made the committed files: assets/sounds matches a fresh render (run `npm run sounds` after changing it)', () => {
    for (const name of NAMES) expect(Buffer.from(file(name)).equals(Buffer.from(first[name])), name).toBe(true);
  });
});
