// The store's first screen, before main.ts shows the real one: it does so at once (the title, or a workshop link's join
// screen) before the page is first drawn, so a browser never shows this. The stage (Phaser) and the sound files load
// after the first screen, quietly: a progress bar then would redraw the page under the player, and the screens work
// without them.
import type { AppState } from '../../state/store';
import { h } from '../dom';
import { t } from '../../i18n/messages';

export function loadingScreen(state: AppState): HTMLElement {
  const pct = Math.round(state.loadProgress * 100);
  const bar = h('div', { class: 'bar' });
  bar.style.width = `${pct}%`; // through the CSSOM: the Content-Security-Policy forbids inline style attributes
  return h('section', { class: 'screen loading-screen', 'aria-labelledby': 'loading-heading' },
    h('h1', { id: 'loading-heading', tabindex: '-1' }, t('app.title')),
    h('div', { class: 'progress', role: 'progressbar', 'aria-label': t('board.loading.label'), 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': pct },
      bar),
    h('p', {}, t('board.loading.progress', { pct })));
}
