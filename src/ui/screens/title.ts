// Title: New game, Continue, Load a save, Settings, About.
import { teamLabel } from '../../present/values';
import type { AppState } from '../../state/store';
import { showScreen } from '../../state/actions';
import { openWorkshopFile } from '../../state/workshop-actions';
import { store } from '../../state/store';
import { pickFile } from '../browser-saves';
import { button, h } from '../dom';
import { savesPort } from '../ports';

export function titleScreen(state: AppState): HTMLElement {
  const latest = state.saves.find((s) => !s.problem);
  const broken = state.saves.filter((s) => s.problem);
  return h('section', { class: 'screen title-screen', 'aria-labelledby': 'title-heading' },
    h('div', { class: 'title-card' },
      h('h1', { id: 'title-heading', tabindex: '-1' }, 'Beyond the Numbers'),
      h('p', { class: 'tagline' }, 'Chair a local safeguarding children board through four years of pressure: the figures, the press, the council, and the people who do the work.'),
      // the room, not the lesson: what the figures hide is the debrief's to show
      h('div', { id: 'title-art', class: 'title-art', role: 'img', 'aria-label': 'A board room before the meeting: a long table with papers at every place, the chairs waiting, and the moor through the window.' }),
      h('nav', { class: 'title-menu', 'aria-label': 'Main menu' },
        button('New game', () => showScreen('chooser'), { class: 'primary', 'data-focus': 'new-game' }),
        latest ? button(`Continue: ${latest.label}`, () => savesPort().continueSave(latest.id), { 'data-focus': 'continue' }) : h('button', { type: 'button', disabled: true, 'data-focus': 'continue' }, 'Continue (no saved game yet)'),
        button('Load a saved game from a file', () => savesPort().importFromFile(), { 'data-focus': 'import' }),
        // a course in an LMS is played alone: its package has no workshop (and so no camera)
        import.meta.env.VITE_LMS ? null : button('Run a workshop', () => showScreen('workshop-setup'), { 'data-focus': 'run-workshop' }),
        import.meta.env.VITE_LMS ? null : button('Join a workshop', () => showScreen('workshop-join'), { 'data-focus': 'join-workshop' }),
        state.workshop?.role === 'facilitator' ? button(`Back to workshop ${state.workshop.session.id}`, () => showScreen('workshop-room'), { 'data-focus': 'to-room' }) : null,
        import.meta.env.VITE_LMS ? null : button('Open a workshop session file', async () => {
          const f = await pickFile('.json,application/json');
          const problem = f ? openWorkshopFile(f.text) : null;
          if (problem) store.setState({ notice: { kind: 'error', text: `${f!.name}: ${problem}` } });
        }, { 'data-focus': 'open-session-file' }),
        button('Settings', () => showScreen('settings'), { 'data-focus': 'settings' }),
        button('About the game', () => showScreen('about'), { 'data-focus': 'about' }),
      ),
      state.workshop?.role === 'team' && state.workshop.team ? h('p', { class: 'workshop-note', role: 'note' }, `This device plays for ${teamLabel(state.workshop.team)} in workshop ${state.workshop.session.id}: Continue carries on its game.`) : null,
      state.saves.length > 1 ? h('details', { class: 'saves' }, h('summary', { 'data-focus': 'all-saves' }, `All saved games (${state.saves.length})`),
        h('ul', {}, ...state.saves.map((s) => h('li', {},
          h('span', {}, Number.isNaN(Date.parse(s.savedAt)) ? s.label : `${s.label} — ${new Date(s.savedAt).toLocaleString('en-GB')}`),
          s.problem ? h('span', { class: 'problem' }, ` ${s.problem}`) : button('Continue', () => savesPort().continueSave(s.id), { 'aria-label': `Continue ${s.label}`, 'data-focus': `continue-${s.id}` }),
          button('Export', () => savesPort().exportSave(s.id), { 'aria-label': `Export ${s.label} to a file`, 'data-focus': `export-${s.id}` }),
        )))) : null,
      broken.length ? h('p', { class: 'notice-inline', role: 'note' }, `${broken.length} saved game${broken.length > 1 ? 's' : ''} could not be read; the others are safe. Open "All saved games" to export ${broken.length > 1 ? 'them' : 'it'} for help.`) : null,
    ),
  );
}
