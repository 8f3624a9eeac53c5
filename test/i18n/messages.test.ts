// The interface's words by id: every translation has the ids, placeholders and plural forms English has; Welsh counts
// with its own six plural forms; the pseudo-locale shows every message accented, bracketed and 30% longer; the
// language follows the address, then the choice in Settings, then the browser.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { browserLocale, chooseLocale, LOCALES, PSEUDO_LOCALE } from '../../src/i18n/locales';
import { CATALOGUES, setLocale, t, type MessageId } from '../../src/i18n/messages';
import { accent } from '../../src/i18n/pseudo';
import { loadDisplaySettings } from '../../src/ui/display-settings';

/** The names of a message's placeholders, and for each plural or select the forms it offers. */
function shape(ast: readonly MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of ast) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) { out.add(el.value); for (const o of Object.values(el.options)) shape(o.value, out); }
  }
  return out;
}

afterEach(() => setLocale('en'));

describe('message files', () => {
  const en = CATALOGUES.en;

  it('every message of every language is valid ICU MessageFormat', () => {
    for (const [locale, messages] of Object.entries(CATALOGUES)) {
      for (const [id, text] of Object.entries(messages)) expect(() => parse(text), `${locale} ${id}`).not.toThrow();
    }
  });

  it('a translation has only ids English has, with the same placeholders', () => {
    for (const [locale, messages] of Object.entries(CATALOGUES)) {
      for (const [id, text] of Object.entries(messages)) {
        expect(Object.hasOwn(en, id), `${locale} has an id English has not: ${id}`).toBe(true);
        expect([...shape(parse(text))].sort(), `${locale} ${id}`).toEqual([...shape(parse(en[id]))].sort());
      }
    }
  });

  it('Welsh has every interface message the title, Settings and chooser screens show', () => {
    const shown = Object.keys(en).filter((id) => /^(app|title|settings|common|chooser)\./.test(id));
    expect(shown.filter((id) => !Object.hasOwn(CATALOGUES.cy, id))).toEqual([]);
  });

  it('a Welsh plural gives every one of the six forms its own words where the language needs them', () => {
    expect(new Intl.PluralRules('cy').resolvedOptions().pluralCategories.sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    setLocale('cy');
    expect(t('title.brokenSaves', { count: 1 })).toMatch(/^Ni ellid darllen 1 gêm wedi'i chadw;/);
    expect(t('title.brokenSaves', { count: 2 })).toMatch(/^Ni ellid darllen 2 gêm wedi'u cadw;/);
    expect(t('settings.volume', { volume: 0.35 })).toBe('Lefel sain: 35%');
    setLocale('en');
    expect(t('title.brokenSaves', { count: 1 })).toContain('export it for help');
    expect(t('title.brokenSaves', { count: 3 })).toContain('3 saved games could not be read');
  });

  it('a message a translation lacks is shown in English, not as its id', () => {
    setLocale('cy');
    const missing = (Object.keys(en) as MessageId[]).find((id) => !Object.hasOwn(CATALOGUES.cy, id));
    if (missing) expect(t(missing, { count: 1, label: 'x', name: 'x', session: 'x', team: 'x', volume: 0.5 })).not.toBe(missing);
    setLocale('xx');
    expect(t('title.newGame')).toBe('New game');
  });
});

describe('the pseudo-locale', () => {
  it('accents every word, brackets the message and makes it at least 30% longer, keeping what fills it', () => {
    setLocale(PSEUDO_LOCALE);
    const text = t('title.continueSave', { label: 'Northmoor, quarter 3' });
    expect(text.startsWith('[')).toBe(true);
    expect(text.endsWith(']')).toBe(true);
    expect(text).toContain(accent('Continue'));
    expect(text).toContain('Northmoor, quarter 3');
    setLocale('en');
    const english = t('title.import');
    setLocale(PSEUDO_LOCALE);
    expect(t('title.import').length).toBeGreaterThanOrEqual(Math.ceil(english.length * 1.3));
    expect(t('title.allSaves', { count: 12 })).toContain('12');
    expect(t('title.brokenSaves', { count: 2 })).toContain(accent('saved games'));
  });
});

describe('which language a visitor gets', () => {
  it('the address first, then the choice in Settings, then the browser, then English', () => {
    expect(chooseLocale(null, ['cy-GB', 'en-GB'])).toBe('cy');
    expect(chooseLocale(null, ['fr-FR', 'de'])).toBe('en');
    expect(chooseLocale('en', ['cy'])).toBe('en');
    expect(chooseLocale('en', ['cy'], '?lang=cy')).toBe('cy');
    expect(chooseLocale('cy', [], '?lang=en-XA')).toBe(PSEUDO_LOCALE);
    // the pseudo-locale is never remembered as a choice
    expect(chooseLocale(PSEUDO_LOCALE, ['en'])).toBe('en');
    expect(browserLocale(['en-XA', 'cy'])).toBe('cy');
  });

  it('the choice is remembered, and one the game does not have falls back to the browser\'s', () => {
    const storage = (value: unknown) => ({ getItem: () => JSON.stringify(value) }) as unknown as Storage;
    expect(loadDisplaySettings(storage({ locale: 'cy' }), false).locale).toBe('cy');
    expect(loadDisplaySettings(storage({ locale: 'xx' }), false).locale).toBeNull();
    expect(loadDisplaySettings(storage({ locale: 'constructor' }), false).locale).toBeNull();
    expect(Object.keys(LOCALES)).toEqual(['en', 'cy']);
  });
});

describe('English counts', () => {
  it('say one thing in the singular', () => {
    setLocale('en');
    expect(t('codes.open.errors', { file: 'a.yaml', count: 1 })).toBe('a.yaml has 1 error.');
    expect(t('codes.open.errors', { file: 'a.yaml', count: 3 })).toBe('a.yaml has 3 errors.');
    expect(t('codes.reload.back', { file: 'a.yaml', quarter: 2, count: 1 })).toBe('Reloaded a.yaml: back at quarter 2, by replaying your 1 decision.');
    expect(t('analysis.script.partedAt', { team: 'Red', period: 'Q3 2009', points: 1 })).toBe('Red in Q3 2009 (1 point)');
    expect(t('play.roomCsv.room', { teams: 1, of: 1 })).toBe('The room (1 of 1 team)');
    expect(t('play.announce.more', { n: 2 })).toBe('And 2 more changes.');
  });
});
