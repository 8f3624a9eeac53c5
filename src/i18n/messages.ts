// The interface's words by id, in ICU MessageFormat (plurals, numbers and percentages formatted for the locale: Welsh
// has six plural forms). English is the source; a message a translation lacks is shown in English.
import { parse } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import cyAnalysis from './messages/cy-analysis.json';
import cyBoard from './messages/cy-board.json';
import cyCodes from './messages/cy-codes.json';
import cyDebrief from './messages/cy-debrief.json';
import cyMisc from './messages/cy-misc.json';
import cyPlay from './messages/cy-play.json';
import cyRoom from './messages/cy-room.json';
import cyWorkshop from './messages/cy-workshop.json';
import cyCore from './messages/cy.json';
import enAnalysis from './messages/en-analysis.json';
import enBoard from './messages/en-board.json';
import enCodes from './messages/en-codes.json';
import enDebrief from './messages/en-debrief.json';
import enMisc from './messages/en-misc.json';
import enPlay from './messages/en-play.json';
import enRoom from './messages/en-room.json';
import enWorkshop from './messages/en-workshop.json';
import enCore from './messages/en.json';
import { infoOf, PSEUDO_LOCALE, SOURCE_LOCALE } from './locales';
import { pseudoMessage } from './pseudo';

// each language's messages in files by part of the game (the title and settings; the board; the debrief; about and
// the check; a workshop's room; joining and running a workshop; what play says as it happens (present, state, audio,
// learning); the debrief's analysis (src/debrief); codes, saves and files' errors), one catalogue
const en = { ...enCore, ...enBoard, ...enDebrief, ...enMisc, ...enRoom, ...enWorkshop, ...enPlay, ...enAnalysis, ...enCodes };
const cy: Record<string, string> = { ...cyCore, ...cyBoard, ...cyDebrief, ...cyMisc, ...cyRoom, ...cyWorkshop, ...cyPlay, ...cyAnalysis, ...cyCodes };

export type MessageId = keyof typeof en;
export type MessageValues = Record<string, string | number>;

/** Every language's messages by id (the pseudo-locale is made from English). */
export const CATALOGUES: Readonly<Record<string, Readonly<Record<string, string>>>> = { en, cy };

let current = SOURCE_LOCALE;
const formatters = new Map<string, IntlMessageFormat>();

/** Sets the language t() speaks (a key of LOCALES, or the pseudo-locale). */
export function setLocale(locale: string): void {
  current = locale === PSEUDO_LOCALE || Object.hasOwn(CATALOGUES, locale) ? locale : SOURCE_LOCALE;
}
export function currentLocale(): string {
  return current;
}

function formatterFor(locale: string, id: MessageId): IntlMessageFormat {
  const key = `${locale}\u0000${id}`;
  let f = formatters.get(key);
  if (!f) {
    const own = locale === PSEUDO_LOCALE ? undefined : CATALOGUES[locale]?.[id];
    if (own !== undefined) f = new IntlMessageFormat(own, infoOf(locale).tag);
    else if (locale === PSEUDO_LOCALE) f = new IntlMessageFormat(pseudoMessage(parse(en[id])), infoOf(SOURCE_LOCALE).tag);
    // not translated yet: the English words, with English plurals and numbers, rather than nothing
    else f = new IntlMessageFormat(en[id], infoOf(SOURCE_LOCALE).tag);
    formatters.set(key, f);
  }
  return f;
}

/** The message `id` in the current language, with its placeholders filled. */
export function t(id: MessageId, values?: MessageValues): string {
  return String(formatterFor(current, id).format(values));
}
