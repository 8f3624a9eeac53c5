// The briefing before the first quarter: the situation and the board, each role with its brief.
import type { AppState } from '../../state/store';
import { acceptContentNote, showScreen } from '../../state/actions';
import { button, h, prose } from '../dom';
import { t } from '../../i18n/messages';
import { contentNoteGate } from '../widgets/content-note';
import { checkStage } from '../../learning/record';
import { checkBeforeScreen } from './check';

export function briefingScreen(state: AppState): HTMLElement {
  const game = state.game!;
  const s = game.scenario;
  const key = `scenario:${s.id}`;
  if (s.contentNote && !state.contentNoteAccepted[key]) {
    return contentNoteGate(s.contentNote, () => acceptContentNote(key), () => showScreen('chooser'), 'briefing');
  }
  if (s.check && checkStage(s.check.offered, state.learning) === 'before') return checkBeforeScreen(state, s.check);
  return h('section', { class: 'screen briefing-screen', 'aria-labelledby': 'briefing-heading' },
    h('h1', { id: 'briefing-heading', tabindex: '-1' }, s.title),
    h('div', { class: 'briefing-body' },
      h('div', { class: 'situation' }, h('h2', {}, t('board.start.situation')), prose(s.intro)),
      h('div', { class: 'roles' }, h('h2', {}, t('board.start.roles')),
        h('ul', { class: 'role-list' }, ...s.roles.map((r) => h('li', { class: 'role' },
          h('h3', {}, r.name), h('p', {}, r.brief),
          r.private ? h('details', { class: 'private' }, h('summary', { 'data-focus': `private-${r.id}` }, t('board.start.private', { name: r.name })), prose(r.private)) : null,
        )))),
    ),
    h('p', { class: 'seed' }, t('board.start.seed', { seed: game.seed })),
    button(t('board.start.begin'), () => showScreen('board'), { class: 'primary', 'data-focus': 'start', 'data-autofocus': true }),
  );
}
