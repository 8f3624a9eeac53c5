// The debrief theme: a slow, quiet progression in A minor (i - VI - III - VII - i) with a sparse melody above it.
import { RATE, biquad, fade, midiHz, mix, samples, silence, swell, tone, type Signal } from './dsp';

const LENGTH = 15;
const STEP = 3;

/** Chords as MIDI notes, lowest (the bass) first: Am, F, C, G, Am. */
const CHORDS: number[][] = [
  [45, 57, 60, 64],
  [41, 53, 57, 60],
  [48, 55, 60, 64],
  [43, 55, 59, 62],
  [45, 57, 60, 64],
];

/** Melody notes: [MIDI note, start (s), length (s)]. */
const MELODY: [number, number, number][] = [
  [76, 0.9, 2.2],
  [72, 3.4, 1.3], [69, 4.7, 1.7],
  [67, 6.4, 1.2], [72, 7.6, 1.7],
  [71, 9.4, 1.2], [74, 10.6, 1.5],
  [72, 12.2, 1.0], [69, 13.1, 1.9],
];

function pad(hz: number, seconds: number, bass: boolean): Signal {
  const x = tone(samples(seconds), hz, bass ? 'sine' : 'triangle');
  // A slight detuned twin gives the pad a slow, gentle movement.
  mix(x, tone(samples(seconds), hz * 1.003), 0, 0.35);
  return x;
}

function melodyNote(hz: number, seconds: number): Signal {
  const x = tone(samples(seconds), hz);
  mix(x, tone(samples(seconds), hz * 2), 0, 0.08);
  for (let i = 0; i < x.length; i++) {
    const t = i / RATE;
    x[i] *= (t < 0.09 ? t / 0.09 : Math.exp(-(t - 0.09) / 1.3)) * Math.min(1, (seconds - t) / 0.35);
  }
  return x;
}

/** Two soft feedback echoes, low-passed, to give the room a little air. */
function air(x: Signal): Signal {
  const out = Float64Array.from(x);
  for (const [delay, gain] of [[0.173, 0.38], [0.241, 0.3]]) {
    const d = samples(delay);
    const comb = new Float64Array(x.length);
    let lp = 0;
    for (let i = 0; i < x.length; i++) {
      const back = i >= d ? comb[i - d] : 0;
      lp = 0.6 * lp + 0.4 * back;
      comb[i] = x[i] + gain * lp;
    }
    for (let i = 0; i < x.length; i++) out[i] += 0.22 * (comb[i] - x[i]);
  }
  return out;
}

export function debriefTheme(): Signal {
  const out = silence(LENGTH);
  CHORDS.forEach((chord, c) => {
    const start = c * STEP;
    const last = c === CHORDS.length - 1;
    const length = last ? LENGTH - start : STEP + 1.1;
    const env = swell(1.0, last ? 2.6 : 1.5, length);
    chord.forEach((note, v) => {
      const voice = pad(midiHz(note), length, v === 0);
      for (let i = 0; i < voice.length; i++) voice[i] *= env(i / RATE);
      mix(out, voice, start, v === 0 ? 0.32 : 0.2);
    });
  });
  for (const [note, start, length] of MELODY) mix(out, melodyNote(midiHz(note), length), start, 0.26);
  return fade(biquad(air(out), 'lowpass', 3200), 0.05, 1.2);
}
