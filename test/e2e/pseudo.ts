// The pseudo-locale as the browser tests read it: the words a control shows in en-XA (made by the game's own message
// files and pseudo function, so a test names a control as the page does), and a check of a whole screen for words
// that did not come through the message files or the scenario's translation, and for text cut off.
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Page } from '@playwright/test';
import { IntlMessageFormat } from 'intl-messageformat';
import { readdirSync, readFileSync } from 'node:fs';
import type { MessageId, MessageValues } from '../../src/i18n/messages';
import { pseudoMessage, pseudoText } from '../../src/i18n/pseudo';

// a language's message files, read as the game's catalogue merges them (the test runner loads no JSON modules)
const DIR = 'src/i18n/messages';
const catalogue = (locale: string): Record<string, string> => Object.assign({}, ...readdirSync(DIR).filter((f) => new RegExp(`^${locale}(-.*)?\\.json$`).test(f)).map((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8'))));
const ENGLISH = catalogue('en');
const WELSH = catalogue('cy');

/** An interface message as the Welsh interface shows it. */
export function welsh(id: MessageId, values?: MessageValues): string {
  if (!Object.hasOwn(WELSH, id)) throw new Error(`no Welsh message ${id}`);
  return String(new IntlMessageFormat(WELSH[id], 'cy').format(values));
}

/**
 * English on a Welsh screen: each visible text, or name given to a screen reader, with a word only English has. (The
 * guided start, its model and the interface are all translated, so an English sentence there is one that bypassed
 * them.) Text in another language (lang) or marked not for translating is skipped, as are `names` that stay as they
 * are in Welsh (a newspaper's title).
 */
export async function englishOnWelshScreen(page: Page, names: readonly string[] = []): Promise<string[]> {
  return page.evaluate((names) => {
    const without = (text: string) => names.reduce((x, name) => x.split(name).join(' '), text);
    const english = /\b(the|and|with|this|your|what|which|board|quarter|not|from|has|have|been)\b/i;
    const skipped = (el: Element | null) => !el || el.closest('[translate="no"], [lang]:not(html), code, script, style, noscript, svg, canvas') !== null;
    const root = document.getElementById('app') ?? document.body;
    const bad: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!text || skipped(el) || !(el!.checkVisibility?.() ?? true)) continue;
      if (english.test(without(text))) bad.push(`English: "${text.slice(0, 80)}" in <${el!.tagName.toLowerCase()} class="${el!.className}">`);
    }
    for (const el of root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (el.closest('[translate="no"], [lang]:not(html)')) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) { const v = el.getAttribute(a); if (v && english.test(without(v))) bad.push(`English: ${a}="${v.slice(0, 80)}"`); }
    }
    return [...new Set(bad)];
  }, names);
}

/** An interface message as the pseudo-locale shows it. */
export function pseudo(id: MessageId, values?: MessageValues): string {
  if (!Object.hasOwn(ENGLISH, id)) throw new Error(`no message ${id}`);
  return String(new IntlMessageFormat(pseudoMessage(parse(ENGLISH[id])), 'en-GB').format(values));
}

/** A scenario's text as the pseudo-locale shows it. */
export const pseudoScenario = pseudoText;

/**
 * What on the screen now is plain English or cut off: each visible text, and each name or description given to a
 * screen reader, that has two letters of plain ASCII in a row (the pseudo-locale accents every letter it makes); each
 * heading, control, label or cell whose text runs past its box; a page wider than the window. Text marked as not for
 * translating (translate="no": a seed, a code, a team's name as typed) and text in another language (lang) is skipped.
 */
export async function untranslatedOrCut(page: Page, typed: readonly string[] = []): Promise<string[]> {
  return page.evaluate((names) => {
    const bad: string[] = [];
    const skipped = (el: Element | null) => !el || el.closest('[translate="no"], [lang]:not(html), code, script, style, noscript, textarea, input, select, svg, canvas') !== null;
    // values that are no language's words, inside sentences that are: what a player typed (a team's name), a seed
    // (eight hex digits), a code or a session's id (capitals and digits in dashed groups)
    const values = (text: string) => names.reduce((x, name) => x.split(name).join(' '), text).replace(/\b[0-9a-f]{8}\b/g, ' ').replace(/\b[0-9A-Z]+(?:-[0-9A-Z]+)+\b/g, ' ');
    const plain = (text: string) => /[A-Za-z]{2,}/.test(values(text));
    const shown = (el: Element) => (el as HTMLElement).checkVisibility?.({ checkOpacity: false, checkVisibilityCSS: true }) ?? true;
    const root = document.getElementById('app') ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!text || skipped(el) || !shown(el!)) continue;
      // text hidden from sight but read out (sr-only) is checked too: a screen reader hears it
      if (plain(text)) bad.push(`not translated: "${text.slice(0, 80)}" in <${el!.tagName.toLowerCase()} class="${el!.className}">`);
    }
    for (const el of root.querySelectorAll('[aria-label], [aria-description], [title], [placeholder], [alt]')) {
      if (skipped(el) && !el.matches('input, textarea, select')) continue;
      if (el.closest('[translate="no"], [lang]:not(html)')) continue;
      for (const a of ['aria-label', 'aria-description', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v && plain(v)) bad.push(`not translated: ${a}="${v.slice(0, 80)}" on <${el.tagName.toLowerCase()} class="${el.className}">`);
      }
    }
    for (const el of root.querySelectorAll('h1, h2, h3, h4, button, label, legend, summary, th, td, .card-title, .card-cost')) {
      if (!shown(el) || skipped(el)) continue;
      const box = el as HTMLElement;
      if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible') bad.push(`cut off: "${box.innerText.trim().slice(0, 60)}" in <${el.tagName.toLowerCase()} class="${el.className}">`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) bad.push(`the page is wider than the window: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    return [...new Set(bad)];
  }, typed);
}
