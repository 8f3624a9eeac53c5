// The language, text size, contrast, motion and whether the agenda shows each card's description, remembered between visits; a damaged value falls back to the defaults.
import { LOCALES } from '../i18n/locales';
import type { Settings } from '../state/store';

const KEY = 'btn.display.v1';
type Display = Pick<Settings, 'textScale' | 'highContrast' | 'reducedMotion' | 'cardDescriptions' | 'projector' | 'locale'>;

export function loadDisplaySettings(storage: Storage | null, prefersReducedMotion: boolean): Display {
  const defaults: Display = { textScale: 1, highContrast: false, reducedMotion: prefersReducedMotion, cardDescriptions: false, projector: false, locale: null };
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<Display> | null;
    if (!raw || typeof raw !== 'object') return defaults;
    return {
      textScale: raw.textScale === 1.25 || raw.textScale === 1.5 ? raw.textScale : 1,
      highContrast: raw.highContrast === true,
      reducedMotion: typeof raw.reducedMotion === 'boolean' ? raw.reducedMotion : prefersReducedMotion,
      // the agenda at a glance is the default; older saved settings (short cards on or off) do not carry over
      cardDescriptions: raw.cardDescriptions === true,
      projector: raw.projector === true,
      // a language the game no longer has (or a damaged value) falls back to the browser's
      locale: typeof raw.locale === 'string' && Object.hasOwn(LOCALES, raw.locale) ? raw.locale : null,
    };
  } catch {
    return defaults;
  }
}

export function saveDisplaySettings(storage: Storage | null, s: Settings): void {
  try { storage?.setItem(KEY, JSON.stringify({ textScale: s.textScale, highContrast: s.highContrast, reducedMotion: s.reducedMotion, cardDescriptions: s.cardDescriptions, projector: s.projector, locale: s.locale })); } catch { /* storage full or off: settings last this visit */ }
}
