// An independent little RIFF/WAVE reader for the audio tests (it does not share code with the generator's encoder).
export interface Wav {
  format: number;
  channels: number;
  rate: number;
  bits: number;
  samples: Int16Array;
}

export function readWav(bytes: Uint8Array): Wav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  if (view.getUint32(4, true) !== bytes.byteLength - 8) throw new Error('RIFF size does not match the file');
  let fmt: Omit<Wav, 'samples'> | null = null;
  for (let at = 12; at + 8 <= bytes.byteLength; ) {
    const id = tag(at), size = view.getUint32(at + 4, true), body = at + 8;
    if (id === 'fmt ') {
      fmt = { format: view.getUint16(body, true), channels: view.getUint16(body + 2, true), rate: view.getUint32(body + 4, true), bits: view.getUint16(body + 14, true) };
      if (view.getUint32(body + 8, true) !== fmt.rate * fmt.channels * (fmt.bits / 8)) throw new Error('byte rate is inconsistent');
    } else if (id === 'data') {
      if (!fmt) throw new Error('data before fmt');
      if (body + size > bytes.byteLength) throw new Error('data chunk runs past the end of the file');
      const samples = new Int16Array(size / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(body + i * 2, true);
      return { ...fmt, samples };
    }
    at = body + size + (size % 2);
  }
  throw new Error('no data chunk');
}

export const dbfs = (sample: number): number => 20 * Math.log10(Math.abs(sample) / 32768);
export const peakOf = (samples: Int16Array): number => samples.reduce((p, s) => Math.max(p, Math.abs(s)), 0);
