// Team play: join by code or link, pick your team, play the session's scenario and seed. A typed code names the teams
// by number (Team 1, Team 2 …, as the projector lists them); a link or QR code brings their names too.
import type { AppState } from '../../state/store';
import { back } from '../../state/actions';
import { t } from '../../i18n/messages';
import { joinWorkshop, sessionOfCode, withNames } from '../../state/workshop-actions';
import { store } from '../../state/store';
import { button, h } from '../dom';
import { cameraScanner } from './camera-scan';
import { selectGroup } from './code-box';
import { parseJoinText } from './join-link';

export function workshopJoinScreen(_state: AppState, fromLink: string, linkNames?: string[]): HTMLElement {
  let names = linkNames;
  const code = h('input', { id: 'join-code', type: 'text', value: fromLink, autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', 'data-focus': 'join-code', 'aria-describedby': 'join-hint' }) as HTMLInputElement;
  const teamBox = h('div', { class: 'join-teams', 'aria-live': 'polite' });
  const showTeams = () => {
    const r = sessionOfCode(code.value);
    if (!r.session) {
      teamBox.replaceChildren(h('p', { class: 'problem', role: 'alert' }, r.problem?.message ?? t('misc.join.typeCode')));
      if (r.problem?.group) selectGroup(code, r.problem.group);
      return;
    }
    const session = withNames(r.session, names);
    teamBox.replaceChildren(h('fieldset', {}, h('legend', {}, t('misc.join.whichTeam', { session: session.id })),
      ...session.teams.map((team, i) => button(session.teams[i] === r.session!.teams[i] ? t('misc.join.joinAs', { team }) : t('misc.join.joinAsNumbered', { team, n: i + 1 }), () => {
        const problem = joinWorkshop(code.value, team, names);
        if (problem) store.setState({ notice: { kind: 'error', text: problem } });
      }, { 'data-focus': `join-${team}` }))));
  };
  if (fromLink) queueMicrotask(showTeams);
  return h('section', { class: 'screen workshop-screen', 'aria-labelledby': 'join-heading' },
    h('header', { class: 'screen-head' }, button(t('common.back'), back, { class: 'link', 'data-focus': 'back' }), h('h1', { id: 'join-heading', tabindex: '-1' }, t('misc.join.heading'))),
    h('div', { class: 'settings-form' },
      h('div', { class: 'field' }, h('label', { for: 'join-code' }, t('misc.join.codeLabel')), h('p', { class: 'hint', id: 'join-hint' }, t('misc.join.codeHint', { example: 'BTN2S-7K3QX-…' })), code),
      button(t('misc.join.find'), showTeams, { class: 'primary', 'data-focus': 'join-find' }),
      cameraScanner((text) => { const scanned = parseJoinText(text); code.value = scanned.code; names = scanned.names ?? names; showTeams(); }, t('misc.join.scan')),
      teamBox),
  );
}
