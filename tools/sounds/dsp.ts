// Small, deterministic signal toolkit for tools/make-sounds.ts: seeded noise, filters, tones and envelopes.
// Signals are Float64Array at RATE samples a second, nominally in [-1, 1]. Nothing here uses Math.random.
export const RATE = 22050;
export type Signal = Float64Array;

export const samples = (seconds: number): number => Math.round(seconds * RATE);
export const silence = (seconds: number): Signal => new Float64Array(samples(seconds));
export const dbToGain = (db: number): number => 10 ** (db / 20);
export const midiHz = (note: number): number => 440 * 2 ** ((note - 69) / 12);

/** mulberry32: a tiny 32-bit PRNG, uniform in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a name, so each sound has its own fixed noise. */
export function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function white(n: number, random: () => number): Signal {
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = random() * 2 - 1;
  return x;
}

/** Pink noise (Paul Kellet's economy filter), roughly unit peak. */
export function pink(n: number, random: () => number): Signal {
  const x = new Float64Array(n);
  let b0 = 0, b1 = 0, b2 = 0;
  for (let i = 0; i < n; i++) {
    const w = random() * 2 - 1;
    b0 = 0.99765 * b0 + w * 0.099046;
    b1 = 0.963 * b1 + w * 0.2965164;
    b2 = 0.57 * b2 + w * 1.0526913;
    x[i] = (b0 + b1 + b2 + w * 0.1848) * 0.25;
  }
  return x;
}

/** Brown noise: leaky integrated white noise, roughly unit peak. */
export function brown(n: number, random: () => number): Signal {
  const x = new Float64Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = 0.996 * y + (random() * 2 - 1) * 0.06;
    x[i] = y;
  }
  return x;
}

export type FilterType = 'lowpass' | 'highpass' | 'bandpass';

/** RBJ-cookbook biquad; `freq` may change over time (seconds -> Hz). */
export function biquad(x: Signal, type: FilterType, freq: number | ((t: number) => number), q = Math.SQRT1_2): Signal {
  const y = new Float64Array(x.length);
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  let b0 = 0, b1 = 0, b2 = 0, a1 = 0, a2 = 0;
  const set = (f: number): void => {
    const w0 = (2 * Math.PI * Math.min(f, RATE * 0.45)) / RATE;
    const cos = Math.cos(w0), alpha = Math.sin(w0) / (2 * q), a0 = 1 + alpha;
    if (type === 'lowpass') [b0, b1, b2] = [(1 - cos) / 2, 1 - cos, (1 - cos) / 2];
    else if (type === 'highpass') [b0, b1, b2] = [(1 + cos) / 2, -(1 + cos), (1 + cos) / 2];
    else [b0, b1, b2] = [alpha, 0, -alpha];
    [b0, b1, b2, a1, a2] = [b0 / a0, b1 / a0, b2 / a0, (-2 * cos) / a0, (1 - alpha) / a0];
  };
  if (typeof freq === 'number') set(freq);
  for (let i = 0; i < x.length; i++) {
    if (typeof freq === 'function') set(freq(i / RATE));
    const v = b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    [x2, x1, y2, y1] = [x1, x[i], y1, v];
    y[i] = v;
  }
  return y;
}

export type Shape = 'sine' | 'triangle';

/** A tone whose frequency may glide (seconds -> Hz); the triangle is band-limited to a few odd harmonics. */
export function tone(n: number, freq: number | ((t: number) => number), shape: Shape = 'sine'): Signal {
  const x = new Float64Array(n);
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const f = typeof freq === 'number' ? freq : freq(i / RATE);
    if (shape === 'sine') x[i] = Math.sin(phase);
    else {
      let v = 0;
      for (let k = 1, sign = 1; k <= 7 && k * f < RATE * 0.45; k += 2, sign = -sign) v += (sign * Math.sin(k * phase)) / (k * k);
      x[i] = (v * 8) / (Math.PI * Math.PI);
    }
    phase += (2 * Math.PI * f) / RATE;
    if (phase > 2 * Math.PI) phase -= 2 * Math.PI;
  }
  return x;
}

/** Multiplies a signal by an envelope of time in seconds, in place. */
export function shape(x: Signal, env: (t: number) => number): Signal {
  for (let i = 0; i < x.length; i++) x[i] *= env(i / RATE);
  return x;
}

/** Attack (raised cosine) then exponential decay with time constant `tau`. */
export const pluck = (attack: number, tau: number) => (t: number): number =>
  t < attack ? 0.5 - 0.5 * Math.cos((Math.PI * t) / attack) : Math.exp(-(t - attack) / tau);

/** Raised-cosine rise over [0, rise], hold, raised-cosine fall over the last `fall` seconds of `length`. */
export const swell = (rise: number, fall: number, length: number) => (t: number): number => {
  if (t < 0 || t > length) return 0;
  if (t < rise) return 0.5 - 0.5 * Math.cos((Math.PI * t) / rise);
  if (t > length - fall) return 0.5 + 0.5 * Math.cos((Math.PI * (t - (length - fall))) / fall);
  return 1;
};

/** Adds `x * gain` into `into`, starting at `at` seconds. */
export function mix(into: Signal, x: Signal, at = 0, gain = 1): Signal {
  const start = samples(at);
  for (let i = 0; i < x.length && start + i < into.length; i++) into[start + i] += x[i] * gain;
  return into;
}

export function scale(x: Signal, gain: number): Signal {
  for (let i = 0; i < x.length; i++) x[i] *= gain;
  return x;
}

/** Short raised-cosine fades at both ends, so a one-shot starts and stops without a click. */
export function fade(x: Signal, inSeconds: number, outSeconds: number): Signal {
  const a = samples(inSeconds), b = samples(outSeconds);
  for (let i = 0; i < a && i < x.length; i++) x[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
  for (let i = 0; i < b && i < x.length; i++) x[x.length - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / b);
  return x;
}

export const peak = (x: ArrayLike<number>): number => {
  let p = 0;
  for (let i = 0; i < x.length; i++) p = Math.max(p, Math.abs(x[i]));
  return p;
};

export const rms = (x: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i];
  return Math.sqrt(s / Math.max(1, x.length));
};

/** Scales the signal so its peak sits at `peakDb` dBFS. */
export const normalise = (x: Signal, peakDb: number): Signal => scale(x, dbToGain(peakDb) / (peak(x) || 1));
