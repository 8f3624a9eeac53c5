// The game's sound effects, each a pure function of its name's seed. Levels are normalised in render.ts.
import {
  RATE, biquad, brown, fade, mix, peak, pink, pluck, rms, rng, samples, scale, seedOf, shape, silence, swell, tone, white,
  type Signal,
} from './dsp';

/** Quiet room: brown + pink noise, band-limited, with a faint mains hum; a seamless loop of exactly `seconds`. */
export function roomTone(seconds = 4): Signal {
  const n = samples(seconds), overlap = samples(0.5), preroll = samples(0.5);
  const random = rng(seedOf('room_tone'));
  const total = preroll + n + overlap;
  const b = brown(total, random), p = pink(total, random);
  let noise: Signal = new Float64Array(total);
  for (let i = 0; i < total; i++) noise[i] = 0.75 * b[i] + 0.25 * p[i];
  noise = biquad(biquad(biquad(noise, 'highpass', 45), 'lowpass', 520, 0.6), 'lowpass', 900);
  const body = noise.subarray(preroll);
  scale(body, 1 / (rms(body) || 1));
  // Crossfade the overflow onto the start (equal power for uncorrelated noise): sample n-1 then flows into sample 0.
  const loop = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (i < overlap) {
      const w = (Math.PI / 2) * (i / overlap);
      loop[i] = body[i] * Math.sin(w) + body[n + i] * Math.cos(w);
    } else loop[i] = body[i];
  }
  // 50, 100 and 150 Hz complete whole cycles in any whole number of seconds at 22050 Hz, so the hum loops too.
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    loop[i] += 0.05 * Math.sin(2 * Math.PI * 50 * t) + 0.09 * Math.sin(2 * Math.PI * 100 * t) + 0.03 * Math.sin(2 * Math.PI * 150 * t);
  }
  return loop;
}

/**
 * The tension under the room as pressure rises: a low drone whose two tones beat against each other (55 and 58.25 Hz,
 * a slow throb) and a muffled pulse once a second, like a held breath. A seamless loop: every frequency completes whole
 * cycles in the loop's length, and the pulse falls on whole seconds.
 */
export function tension(seconds = 4): Signal {
  const out = silence(seconds);
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    out[i] = 0.5 * Math.sin(2 * Math.PI * 55 * t) + 0.42 * Math.sin(2 * Math.PI * 58.25 * t) + 0.12 * Math.sin(2 * Math.PI * 110.5 * t);
  }
  const beat = shape(tone(samples(0.35), 46), pluck(0.008, 0.09));
  for (let k = 0; k < seconds; k++) {
    mix(out, beat, k, 1.1);
    mix(out, beat, k + 0.28, 0.6); // the pulse's second, softer beat, ended well before the loop point
  }
  return out;
}

/** A soft tick: a short muted knock with a breath of filtered noise. */
export function uiSelect(): Signal {
  const out = silence(0.06);
  const random = rng(seedOf('ui_select'));
  mix(out, shape(tone(out.length, 1250), pluck(0.0015, 0.009)));
  mix(out, shape(biquad(white(out.length, random), 'bandpass', 2600, 1.2), pluck(0.0008, 0.004)), 0, 0.5);
  return fade(biquad(out, 'lowpass', 4500), 0.0005, 0.01);
}

function note(seconds: number, hz: number, attack: number, tau: number): Signal {
  const x = tone(samples(seconds), hz);
  const h = tone(samples(seconds), hz * 2);
  for (let i = 0; i < x.length; i++) x[i] += 0.12 * h[i];
  return shape(x, pluck(attack, tau));
}

/** Two soft rising notes (C5, G5). */
export function uiConfirm(): Signal {
  const out = silence(0.2);
  mix(out, note(0.2, 523.25, 0.006, 0.05));
  mix(out, note(0.125, 783.99, 0.006, 0.045), 0.075, 0.85);
  return fade(out, 0.001, 0.02);
}

/** One soft note gliding down a fourth (D5 to A4). */
export function uiBack(): Signal {
  const out = tone(samples(0.2), (t) => 440 + (587.33 - 440) * Math.exp(-t / 0.045));
  return fade(shape(out, pluck(0.006, 0.06)), 0.001, 0.025);
}

/** A newspaper landing on a table: a low thump with a short, muffled burst of paper. */
export function headline(): Signal {
  const out = silence(0.3);
  const random = rng(seedOf('headline'));
  mix(out, shape(tone(out.length, (t) => 58 + 60 * Math.exp(-t / 0.03)), pluck(0.002, 0.05)));
  const body = biquad(biquad(white(out.length, random), 'lowpass', 380, 0.9), 'lowpass', 380, 0.9);
  mix(out, shape(body, pluck(0.0015, 0.035)), 0, 2.2);
  mix(out, shape(biquad(white(out.length, random), 'bandpass', 1800, 0.8), pluck(0.001, 0.012)), 0, 0.12);
  return fade(biquad(out, 'lowpass', 2500), 0.001, 0.04);
}

/** A sheet of paper sliding across a desk: filtered noise that swells and fades, with a little grain. */
export function letter(): Signal {
  const n = samples(0.4);
  const random = rng(seedOf('letter'));
  let x = biquad(white(n, random), 'highpass', 600);
  x = biquad(x, 'bandpass', (t) => 1300 + 1500 * (t / 0.4), 0.7);
  const grain = biquad(white(n, random), 'lowpass', 30);
  const g = 1 / (peak(grain) || 1);
  for (let i = 0; i < n; i++) x[i] *= 0.7 + 0.3 * grain[i] * g;
  shape(x, (t) => (t < 0.26 ? 0.5 - 0.5 * Math.cos((Math.PI * t) / 0.26) : 0.5 + 0.5 * Math.cos((Math.PI * (t - 0.26)) / 0.14)));
  return fade(biquad(x, 'lowpass', 5000), 0.002, 0.01);
}

/** An old office telephone: two bursts of a 440 + 480 Hz bell struck 20 times a second, heard across a room. */
export function phone(): Signal {
  const n = samples(2);
  const bursts: [number, number][] = [[0.02, 0.72], [1.02, 1.72]];
  const env = new Float64Array(n);
  let a = 0, smooth = 0;
  const ringing = Math.exp(-1 / (0.03 * RATE)), ringOut = Math.exp(-1 / (0.12 * RATE)), glide = Math.exp(-1 / (0.002 * RATE));
  const strikeEvery = Math.round(RATE / 20);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    const on = bursts.some(([s, e]) => t >= s && t < e);
    if (on && i % strikeEvery === 0) a = Math.min(1, a + 0.7);
    a *= on ? ringing : ringOut;
    smooth = smooth * glide + a * (1 - glide);
    env[i] = smooth;
  }
  const x = tone(n, 440);
  mix(x, tone(n, 480));
  mix(x, tone(n, 440 * 2.76), 0, 0.12);
  mix(x, tone(n, 480 * 2.76), 0, 0.1);
  for (let i = 0; i < n; i++) x[i] *= env[i];
  return fade(biquad(x, 'lowpass', 2800), 0.002, 0.05);
}

/** A low, grave, open-fifth tone that swells slowly and fades: sombre, never an alarm. */
export function incident(): Signal {
  const n = samples(2.5);
  const x = tone(n, 110, 'triangle');
  mix(x, tone(n, 110.35), 0, 0.5);
  mix(x, tone(n, 55), 0, 0.55);
  mix(x, tone(n, 164.81, 'triangle'), 0, 0.4);
  return fade(shape(biquad(x, 'lowpass', 600), swell(0.9, 1.15, 2.5)), 0.002, 0.02);
}

function chime(seconds: number, hz: number): Signal {
  const n = samples(seconds);
  const x = shape(tone(n, hz), pluck(0.004, 0.22));
  mix(x, shape(tone(n, hz * 2), pluck(0.004, 0.12)), 0, 0.22);
  mix(x, shape(tone(n, hz * 3), pluck(0.004, 0.07)), 0, 0.07);
  return x;
}

/** A gentle, warm major third (C5 then E5). */
export function goodNews(): Signal {
  const out = silence(0.6);
  mix(out, chime(0.6, 523.25));
  mix(out, chime(0.53, 659.25), 0.07, 0.85);
  return fade(biquad(out, 'lowpass', 4000), 0.001, 0.08);
}
