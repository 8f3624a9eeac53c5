// Settings: text size, contrast, motion and sound, remembered between visits.
import type { AppState } from '../../state/store';
import { back, updateSettings } from '../../state/actions';
import { button, h } from '../dom';

export function settingsScreen(state: AppState): HTMLElement {
  const s = state.settings;
  const sizes: [1 | 1.25 | 1.5, string][] = [[1, 'Standard'], [1.25, 'Large'], [1.5, 'Largest']];
  const check = (id: keyof typeof s, label: string, hint: string) => h('div', { class: 'field' },
    h('input', { type: 'checkbox', id: `set-${id}`, checked: Boolean(s[id]), 'data-focus': `set-${id}`, onchange: (e: Event) => updateSettings({ [id]: (e.target as HTMLInputElement).checked }) }),
    h('label', { for: `set-${id}` }, label), h('p', { class: 'hint', id: `set-${id}-hint` }, hint));
  return h('section', { class: 'screen settings-screen', 'aria-labelledby': 'settings-heading' },
    h('header', { class: 'screen-head' }, button('Back', back, { class: 'link', 'data-focus': 'back' }), h('h1', { id: 'settings-heading', tabindex: '-1' }, 'Settings')),
    h('form', { class: 'settings-form', onsubmit: (e: Event) => e.preventDefault() },
      h('fieldset', {}, h('legend', {}, 'Text size'),
        ...sizes.map(([v, label]) => h('div', { class: 'field inline' },
          h('input', { type: 'radio', name: 'text-size', id: `size-${v}`, checked: s.textScale === v, 'data-focus': `size-${v}`, onchange: () => updateSettings({ textScale: v }) }),
          h('label', { for: `size-${v}` }, label)))),
      h('fieldset', {}, h('legend', {}, 'Display'),
        check('highContrast', 'High contrast', 'Stronger colours and borders.'),
        check('reducedMotion', 'Reduce motion', 'No animated changes; values appear at once.'),
        check('projector', 'Projector size', 'For a 1920 by 1080 projector: everything half as large again, to be read from the back of a room.'),
        check('cardDescriptions', 'Decision descriptions on the agenda', 'Each card shows its description. Off, the agenda fits one screen: a card shows its title and cost, its description appears when it has focus or the pointer, and is read out with it.')),
      h('fieldset', {}, h('legend', {}, 'Sound'),
        check('muted', 'Mute all sound', 'Captions still describe every sound.'),
        h('div', { class: 'field' }, h('label', { for: 'set-volume' }, `Volume: ${Math.round(s.volume * 100)}%`),
          h('input', { type: 'range', id: 'set-volume', min: 0, max: 100, step: 5, value: Math.round(s.volume * 100), 'data-focus': 'set-volume',
            onchange: (e: Event) => updateSettings({ volume: Number((e.target as HTMLInputElement).value) / 100 }) }))),
    ),
  );
}
