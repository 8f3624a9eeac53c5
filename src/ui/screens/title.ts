// Title: New game, Continue, Load a save, Settings, About.
import { teamLabel } from '../../present/values';
import type { AppState } from '../../state/store';
import { showScreen } from '../../state/actions';
import { openWorkshopFile } from '../../state/workshop-actions';
import { store } from '../../state/store';
import { pickFile } from '../browser-saves';
import { button, h } from '../dom';
import { infoOf } from '../../i18n/locales';
import { currentLocale, t } from '../../i18n/messages';
import { savesPort } from '../ports';

export function titleScreen(state: AppState): HTMLElement {
  const latest = state.saves.find((s) => !s.problem);
  const broken = state.saves.filter((s) => s.problem);
  return h('section', { class: 'screen title-screen', 'aria-labelledby': 'title-heading' },
    h('div', { class: 'title-card' },
      h('h1', { id: 'title-heading', tabindex: '-1' }, t('app.title')),
      h('p', { class: 'tagline' }, t('title.tagline')),
      // the room, not the lesson: what the figures hide is the debrief's to show
      h('div', { id: 'title-art', class: 'title-art', role: 'img', 'aria-label': t('title.art') }),
      h('nav', { class: 'title-menu', 'aria-label': t('title.menu') },
        button(t('title.newGame'), () => showScreen('chooser'), { class: 'primary', 'data-focus': 'new-game' }),
        latest ? button(t('title.continueSave', { label: latest.label }), () => savesPort().continueSave(latest.id), { 'data-focus': 'continue' }) : h('button', { type: 'button', disabled: true, 'data-focus': 'continue' }, t('title.noSave')),
        button(t('title.import'), () => savesPort().importFromFile(), { 'data-focus': 'import' }),
        // a course in an LMS is played alone: its package has no workshop (and so no camera)
        import.meta.env.VITE_LMS ? null : button(t('title.runWorkshop'), () => showScreen('workshop-setup'), { 'data-focus': 'run-workshop' }),
        import.meta.env.VITE_LMS ? null : button(t('title.joinWorkshop'), () => showScreen('workshop-join'), { 'data-focus': 'join-workshop' }),
        state.workshop?.role === 'facilitator' ? button(t('title.backToWorkshop', { session: state.workshop.session.id }), () => showScreen('workshop-room'), { 'data-focus': 'to-room' }) : null,
        import.meta.env.VITE_LMS ? null : button(t('title.openSessionFile'), async () => {
          const f = await pickFile('.json,application/json');
          const problem = f ? openWorkshopFile(f.text) : null;
          if (problem) store.setState({ notice: { kind: 'error', text: `${f!.name}: ${problem}` } });
        }, { 'data-focus': 'open-session-file' }),
        button(t('title.settings'), () => showScreen('settings'), { 'data-focus': 'settings' }),
        button(t('title.about'), () => showScreen('about'), { 'data-focus': 'about' }),
      ),
      state.workshop?.role === 'team' && state.workshop.team ? h('p', { class: 'workshop-note', role: 'note' }, t('title.teamDevice', { team: teamLabel(state.workshop.team), session: state.workshop.session.id })) : null,
      state.saves.length > 1 ? h('details', { class: 'saves' }, h('summary', { 'data-focus': 'all-saves' }, t('title.allSaves', { count: state.saves.length })),
        h('ul', {}, ...state.saves.map((s) => h('li', {},
          h('span', {}, Number.isNaN(Date.parse(s.savedAt)) ? s.label : `${s.label} — ${new Date(s.savedAt).toLocaleString(infoOf(currentLocale()).tag)}`),
          s.problem ? h('span', { class: 'problem' }, ` ${s.problem}`) : button(t('title.continue'), () => savesPort().continueSave(s.id), { 'aria-label': t('title.continueLabel', { label: s.label }), 'data-focus': `continue-${s.id}` }),
          button(t('title.export'), () => savesPort().exportSave(s.id), { 'aria-label': t('title.exportLabel', { label: s.label }), 'data-focus': `export-${s.id}` }),
        )))) : null,
      broken.length ? h('p', { class: 'notice-inline', role: 'note' }, t('title.brokenSaves', { count: broken.length })) : null,
    ),
  );
}
