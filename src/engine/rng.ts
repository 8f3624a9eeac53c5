// The one seeded generator (sfc32). Its state is four unsigned 32-bit integers kept in the game state as plain JSON,
// so a saved game carries its luck with it and Node and every browser draw the same numbers.

export type RngState = [number, number, number, number];

/** Seeds from any text or number through splitmix32, so "1", 1 and "northmoor-workshop" are all good seeds. */
export function seedRng(seed: string | number): RngState {
  let h = 0x9e3779b9;
  const text = String(seed);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x85ebca6b) >>> 0;
  const next = () => {
    h = (h + 0x9e3779b9) >>> 0;
    let z = h;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad) >>> 0;
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97) >>> 0;
    return (z ^ (z >>> 15)) >>> 0;
  };
  const state: RngState = [next(), next(), next(), next()];
  for (let i = 0; i < 12; i++) nextUint(state); // warm up past weak early outputs
  return state;
}

/** Advances the state in place (callers copy the state first) and returns a 32-bit unsigned integer. */
export function nextUint(s: RngState): number {
  const t = (((s[0] + s[1]) >>> 0) + s[3]) >>> 0;
  s[3] = (s[3] + 1) >>> 0;
  s[0] = s[1] ^ (s[1] >>> 9);
  s[1] = (s[2] + (s[2] << 3)) >>> 0;
  s[2] = ((s[2] << 21) | (s[2] >>> 11)) >>> 0;
  s[2] = (s[2] + t) >>> 0;
  return t;
}

/** A float in [0, 1). */
export function nextFloat(s: RngState): number {
  return nextUint(s) / 4294967296;
}

/** A standard normal draw (Box-Muller; Math.log/cos/sqrt are correctly rounded enough across engines for our use). */
export function nextNormal(s: RngState): number {
  const u = 1 - nextFloat(s);
  const v = nextFloat(s);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function pick<T>(s: RngState, items: readonly T[]): T {
  return items[Math.floor(nextFloat(s) * items.length)];
}
