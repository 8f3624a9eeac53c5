// Writes the game's sounds to assets/sounds/ as 16-bit PCM mono 22050 Hz WAV files, synthesised here from seeded noise
// and tones (nothing is downloaded). Run with `npm run sounds`; the output is byte-identical on every run, and the test
// in test/audio checks that the committed files match it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { RATE } from './sounds/dsp';
import { renderSounds } from './sounds/render';

const DIR = 'assets/sounds';
const dbfs = (v: number): string => (v > 0 ? `${(20 * Math.log10(v)).toFixed(1)} dBFS` : '-inf');

mkdirSync(DIR, { recursive: true });
let total = 0;
for (const [name, bytes] of Object.entries(renderSounds())) {
  writeFileSync(`${DIR}/${name}.wav`, bytes);
  const pcm = new Int16Array(bytes.buffer.slice(bytes.byteOffset + 44, bytes.byteOffset + bytes.byteLength));
  let peak = 0, sum = 0;
  for (const s of pcm) {
    peak = Math.max(peak, Math.abs(s));
    sum += s * s;
  }
  total += bytes.byteLength;
  const seconds = (pcm.length / RATE).toFixed(3);
  const rms = Math.sqrt(sum / pcm.length) / 32768;
  console.log(`${`${name}.wav`.padEnd(18)} ${String(bytes.byteLength).padStart(8)} B  ${seconds.padStart(6)} s  peak ${dbfs(peak / 32768)}  rms ${dbfs(rms)}`);
}
console.log(`total ${(total / 1024).toFixed(0)} KiB in ${DIR}/`);
