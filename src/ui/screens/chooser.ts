// Scenario chooser: title, length, difficulty, content note and description of each scenario.
import type { AppState } from '../../state/store';
import { back, startGame } from '../../state/actions';
import { formatDiagnostic } from '../../scenario/diagnostics';
import { button, h, prose } from '../dom';

export function chooserScreen(state: AppState): HTMLElement {
  return h('section', { class: 'screen chooser-screen', 'aria-labelledby': 'chooser-heading' },
    h('header', { class: 'screen-head' }, button('Back', back, { class: 'link', 'data-focus': 'back' }), h('h1', { id: 'chooser-heading', tabindex: '-1' }, 'Choose a scenario')),
    h('ul', { class: 'scenario-list' }, ...state.scenarios.map((entry) => {
      const s = entry.scenario;
      if (!s) {
        return h('li', { class: 'scenario-card broken' }, h('h2', {}, entry.file), h('p', {}, 'This scenario has errors and cannot be played:'),
          h('pre', { class: 'diagnostics' }, entry.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d)).join('\n')));
      }
      return h('li', { class: 'scenario-card' },
        h('h2', {}, s.title),
        h('p', { class: 'meta' }, `${s.calendar.quarters} quarters · ${s.difficulty} · about ${Math.round(s.calendar.quarters * 2.2)} minutes`),
        s.contentNote ? h('p', { class: 'content-note' }, h('strong', {}, 'Content note: '), s.contentNote) : null,
        prose(s.summary),
        button(`Play ${s.title}`, () => startGame(s.id), { class: 'primary', 'data-focus': `play-${s.id}` }),
      );
    })),
  );
}
