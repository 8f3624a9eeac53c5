// Settings: language, text size, contrast, motion and sound, remembered between visits.
import type { AppState } from '../../state/store';
import { back, updateSettings } from '../../state/actions';
import { browserLocale, infoOf, LOCALES } from '../../i18n/locales';
import { t } from '../../i18n/messages';
import { button, h } from '../dom';

export function settingsScreen(state: AppState): HTMLElement {
  const s = state.settings;
  const sizes: [1 | 1.25 | 1.5, string][] = [[1, t('settings.sizeStandard')], [1.25, t('settings.sizeLarge')], [1.5, t('settings.sizeLargest')]];
  const check = (id: keyof typeof s, label: string, hint: string) => h('div', { class: 'field' },
    h('input', { type: 'checkbox', id: `set-${id}`, checked: Boolean(s[id]), 'data-focus': `set-${id}`, onchange: (e: Event) => updateSettings({ [id]: (e.target as HTMLInputElement).checked }) }),
    h('label', { for: `set-${id}` }, label), h('p', { class: 'hint', id: `set-${id}-hint` }, hint));
  return h('section', { class: 'screen settings-screen', 'aria-labelledby': 'settings-heading' },
    h('header', { class: 'screen-head' }, button(t('common.back'), back, { class: 'link', 'data-focus': 'back' }), h('h1', { id: 'settings-heading', tabindex: '-1' }, t('settings.heading'))),
    h('form', { class: 'settings-form', onsubmit: (e: Event) => e.preventDefault() },
      languageChoice(s.locale),
      h('fieldset', {}, h('legend', {}, t('settings.textSize')),
        ...sizes.map(([v, label]) => h('div', { class: 'field inline' },
          h('input', { type: 'radio', name: 'text-size', id: `size-${v}`, checked: s.textScale === v, 'data-focus': `size-${v}`, onchange: () => updateSettings({ textScale: v }) }),
          h('label', { for: `size-${v}` }, label)))),
      h('fieldset', {}, h('legend', {}, t('settings.display')),
        check('highContrast', t('settings.highContrast'), t('settings.highContrastHint')),
        check('reducedMotion', t('settings.reducedMotion'), t('settings.reducedMotionHint')),
        check('projector', t('settings.projector'), t('settings.projectorHint')),
        check('cardDescriptions', t('settings.cardDescriptions'), t('settings.cardDescriptionsHint'))),
      h('fieldset', {}, h('legend', {}, t('settings.sound')),
        check('muted', t('settings.muted'), t('settings.mutedHint')),
        h('div', { class: 'field' }, h('label', { for: 'set-volume' }, t('settings.volume', { volume: Math.round(s.volume * 100) / 100 })),
          h('input', { type: 'range', id: 'set-volume', min: 0, max: 100, step: 5, value: Math.round(s.volume * 100), 'data-focus': 'set-volume',
            onchange: (e: Event) => updateSettings({ volume: Number((e.target as HTMLInputElement).value) / 100 }) }))),
    ),
  );
}

/** The language of the game's own words: the browser's, or one chosen here. Each language is named in itself. */
function languageChoice(chosen: string | null): HTMLElement {
  const browser = infoOf(browserLocale(navigator.languages ?? [navigator.language]));
  const option = (value: string | null, label: string, lang: string | undefined, unreviewed: boolean) => {
    const id = `lang-${value ?? 'browser'}`;
    return h('div', { class: 'field inline' },
      h('input', { type: 'radio', name: 'language', id, checked: chosen === value, 'data-focus': id, 'aria-describedby': 'lang-hint', onchange: () => updateSettings({ locale: value }) }),
      h('label', { for: id, lang }, label),
      unreviewed ? h('span', { class: 'hint' }, ` ${t('settings.unreviewed', { name: label })}`) : null);
  };
  return h('fieldset', {}, h('legend', {}, t('settings.language')),
    option(null, t('settings.languageAuto', { name: browser.name }), undefined, false),
    ...Object.entries(LOCALES).map(([key, info]) => option(key, info.name, info.tag, !info.reviewed)),
    h('p', { class: 'hint', id: 'lang-hint' }, t('settings.languageHint')));
}
