// The debrief: the fog lifts. Placeholder until the analysis lands: the reveal table from the game's history.
import { stateOf } from '../../engine/session';
import type { AppState } from '../../state/store';
import { showScreen } from '../../state/actions';
import { button, h } from '../dom';

export function debriefScreen(state: AppState): HTMLElement {
  const game = state.game!;
  const s = stateOf(game);
  const m = game.scenario.model.display;
  return h('section', { class: 'screen debrief-screen', 'aria-labelledby': 'debrief-heading' },
    h('h1', { id: 'debrief-heading', tabindex: '-1' }, 'The debrief'),
    h('div', { id: 'reveal-slot', class: 'reveal-slot', 'aria-hidden': 'true' }),
    h('table', { class: 'reveal-table' }, h('caption', {}, 'What the dashboard said, and what practice was'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Quarter'), h('th', { scope: 'col' }, 'Dashboard'), h('th', { scope: 'col' }, 'Practice quality'))),
      h('tbody', {}, ...s.history.map((row, q) => h('tr', {}, h('th', { scope: 'row' }, String(q)), h('td', {}, (row[m.summary] as number).toFixed(0)), h('td', {}, (row[m.truth] as number).toFixed(0)))))),
    button('Main menu', () => showScreen('title'), { class: 'primary', 'data-focus': 'to-title' }),
  );
}
