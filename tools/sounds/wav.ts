// 16-bit PCM mono WAV encoding for the generated sounds.
import { RATE, type Signal } from './dsp';

/** Encodes a signal in [-1, 1] as a canonical 44-byte-header RIFF/WAVE file, 16-bit PCM, mono. */
export function encodeWav(signal: Signal, rate = RATE): Uint8Array {
  const bytes = new Uint8Array(44 + signal.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string): void => {
    for (let i = 0; i < s.length; i++) bytes[at + i] = s.charCodeAt(i);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + signal.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  text(36, 'data');
  view.setUint32(40, signal.length * 2, true);
  for (let i = 0; i < signal.length; i++) {
    const v = Math.max(-1, Math.min(1, signal[i]));
    view.setInt16(44 + i * 2, Math.round(v * 32767), true);
  }
  return bytes;
}
