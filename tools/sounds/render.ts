// Renders every generated sound to WAV bytes. Pure and deterministic: the same code gives byte-identical files.
import { normalise, type Signal } from './dsp';
import { encodeWav } from './wav';
import { debriefTheme } from './theme';
import { goodNews, headline, incident, letter, phone, roomTone, tension, uiBack, uiConfirm, uiSelect } from './recipes';

export interface SoundRecipe {
  /** File name without extension, in assets/sounds/. */
  name: string;
  /** Peak level in dBFS after normalisation. */
  peakDb: number;
  /** A loop must not be faded at its ends: it is made seamless instead. */
  loop: boolean;
  make: () => Signal;
}

export const SOUND_RECIPES: readonly SoundRecipe[] = [
  { name: 'room_tone', peakDb: -24, loop: true, make: () => roomTone(4) },
  { name: 'tension', peakDb: -20, loop: true, make: () => tension(4) },
  { name: 'ui_select', peakDb: -6, loop: false, make: uiSelect },
  { name: 'ui_confirm', peakDb: -6, loop: false, make: uiConfirm },
  { name: 'ui_back', peakDb: -6, loop: false, make: uiBack },
  { name: 'headline', peakDb: -6, loop: false, make: headline },
  { name: 'letter', peakDb: -6, loop: false, make: letter },
  { name: 'phone', peakDb: -6, loop: false, make: phone },
  { name: 'incident', peakDb: -6, loop: false, make: incident },
  { name: 'good_news', peakDb: -6, loop: false, make: goodNews },
  { name: 'debrief_theme', peakDb: -6, loop: false, make: debriefTheme },
];

/** Every sound as a normalised signal, keyed by name. */
export function renderSignals(): Record<string, Signal> {
  const out: Record<string, Signal> = {};
  for (const recipe of SOUND_RECIPES) out[recipe.name] = normalise(recipe.make(), recipe.peakDb);
  return out;
}

/** Every sound as the bytes of a 16-bit PCM mono 22050 Hz WAV file, keyed by name. */
export function renderSounds(): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const [name, signal] of Object.entries(renderSignals())) out[name] = encodeWav(signal);
  return out;
}
