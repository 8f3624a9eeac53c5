// Team play: join by code or link, pick your team, play the session's scenario and seed.
import type { AppState } from '../../state/store';
import { back } from '../../state/actions';
import { joinWorkshop } from '../../state/workshop-actions';
import { store } from '../../state/store';
import { decodeSession } from '../../workshop/codes';
import { button, h } from '../dom';
import { cameraScanner } from './camera-scan';

export function workshopJoinScreen(_state: AppState, fromLink: string): HTMLElement {
  const code = h('input', { id: 'join-code', type: 'text', value: fromLink, autocomplete: 'off', spellcheck: 'false', 'data-focus': 'join-code', 'aria-describedby': 'join-hint' });
  const teamBox = h('div', { class: 'join-teams', 'aria-live': 'polite' });
  const showTeams = () => {
    const r = decodeSession((code as HTMLInputElement).value);
    teamBox.replaceChildren(r.session
      ? h('fieldset', {}, h('legend', {}, `Session ${r.session.id}: which team are you?`), ...r.session.teams.map((t) => button(`Join as ${t}`, () => {
        const problem = joinWorkshop((code as HTMLInputElement).value, t);
        if (problem) store.setState({ notice: { kind: 'error', text: problem } });
      }, { 'data-focus': `join-${t}` })))
      : h('p', { class: 'problem', role: 'alert' }, r.problem?.message ?? 'Type the session code.'));
  };
  if (fromLink) queueMicrotask(showTeams);
  return h('section', { class: 'screen workshop-screen', 'aria-labelledby': 'join-heading' },
    h('header', { class: 'screen-head' }, button('Back', back, { class: 'link', 'data-focus': 'back' }), h('h1', { id: 'join-heading', tabindex: '-1' }, 'Join a workshop')),
    h('div', { class: 'settings-form' },
      h('div', { class: 'field' }, h('label', { for: 'join-code' }, 'Session code'), h('p', { class: 'hint', id: 'join-hint' }, 'From the facilitator\'s screen, e.g. BTN1S-….'), code),
      button('Find the session', showTeams, { class: 'primary', 'data-focus': 'join-find' }),
      cameraScanner((text) => { (code as HTMLInputElement).value = text; showTeams(); }, 'Scan the session\'s QR code with the camera'),
      teamBox),
  );
}
