// The languages the game's own words come in, and which one a visitor gets: their choice in Settings, else the first
// of the browser's languages the game has, else English. The pseudo-locale is for tests and translators only: it is
// reached by `?lang=en-XA`, never offered in Settings.

export interface LocaleInfo {
  /** BCP 47 tag, also the html lang attribute and the Intl locale numbers and plurals are formatted for. */
  tag: string;
  /** The language's name in itself, as the language menu shows it. */
  name: string;
  /** False until a fluent speaker has reviewed the translation; Settings says so beside the name. */
  reviewed: boolean;
}

export const SOURCE_LOCALE = 'en';
export const PSEUDO_LOCALE = 'en-XA';

export const LOCALES: Readonly<Record<string, LocaleInfo>> = {
  en: { tag: 'en-GB', name: 'English', reviewed: true }, // i18n-exempt: each language is named in itself, whatever the interface speaks
  cy: { tag: 'cy', name: 'Cymraeg', reviewed: false }, // i18n-exempt: each language is named in itself, whatever the interface speaks
};

export const PSEUDO: LocaleInfo = { tag: PSEUDO_LOCALE, name: 'Pseudo (accented, 30% longer)', reviewed: true }; // i18n-exempt: a test language, named for developers

/** The locale key (a key of LOCALES, or the pseudo-locale) for a language tag, or null if the game has none for it. */
export function localeFor(tag: string): string | null {
  const t = tag.trim().toLowerCase();
  if (t === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE;
  const base = t.split(/[-_]/)[0];
  return Object.hasOwn(LOCALES, base) ? base : null;
}

/** The browser's first language the game has (navigator.languages, in the visitor's order), else English. */
export function browserLocale(languages: readonly string[]): string {
  for (const l of languages) {
    const k = localeFor(l);
    if (k && k !== PSEUDO_LOCALE) return k;
  }
  return SOURCE_LOCALE;
}

/** The locale to show: a `?lang=` in the address first (a trainer's link), then the choice in Settings, then the browser's. */
export function chooseLocale(choice: string | null, languages: readonly string[], query = ''): string {
  // read by hand rather than with URLSearchParams: the words' code also runs where there is no DOM (src/present)
  const asked = /(?:^|[?&])lang=([^&#]*)/.exec(query)?.[1];
  const fromQuery = asked ? localeFor(asked) : null;
  if (fromQuery) return fromQuery;
  const chosen = choice ? localeFor(choice) : null;
  return chosen && chosen !== PSEUDO_LOCALE ? chosen : browserLocale(languages);
}

export function infoOf(locale: string): LocaleInfo {
  return locale === PSEUDO_LOCALE ? PSEUDO : LOCALES[locale] ?? LOCALES[SOURCE_LOCALE];
}
