// Boot: a progress bar while the game's assets load.
import type { AppState } from '../../state/store';
import { h } from '../dom';

export function loadingScreen(state: AppState): HTMLElement {
  const pct = Math.round(state.loadProgress * 100);
  const bar = h('div', { class: 'bar' });
  bar.style.width = `${pct}%`; // through the CSSOM: the Content-Security-Policy forbids inline style attributes
  return h('section', { class: 'screen loading-screen', 'aria-labelledby': 'loading-heading' },
    h('h1', { id: 'loading-heading', tabindex: '-1' }, 'Beyond the Numbers'),
    h('div', { class: 'progress', role: 'progressbar', 'aria-label': 'Loading the game', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': pct },
      bar),
    h('p', {}, `Loading… ${pct}%`));
}
