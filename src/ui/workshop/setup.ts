// Facilitator set-up: scenario, 2-8 teams, the seed (shown, changeable), pause points with prompts, a timer.
import type { AppState } from '../../state/store';
import { back } from '../../state/actions';
import { t } from '../../i18n/messages';
import { createWorkshop } from '../../state/workshop-actions';
import { store } from '../../state/store';
import { button, h } from '../dom';

export function workshopSetupScreen(state: AppState, seed: string): HTMLElement {
  const playable = state.scenarios.filter((s) => s.scenario);
  const field = (id: string, label: string, control: HTMLElement, hint?: string) => h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null, control);
  const scenario = h('select', { id: 'ws-scenario', 'data-focus': 'ws-scenario' }, ...playable.map((s) => h('option', { value: s.scenario!.id }, t('misc.setup.scenarioOption', { title: s.scenario!.title, n: s.scenario!.calendar.quarters }))));
  const teams = h('textarea', { id: 'ws-teams', rows: 5, 'aria-describedby': 'ws-teams-hint', 'data-focus': 'ws-teams' });
  teams.value = t('misc.setup.defaultTeams');
  const seedInput = h('input', { id: 'ws-seed', type: 'text', value: seed, 'data-focus': 'ws-seed' });
  const pauses = h('textarea', { id: 'ws-pauses', rows: 3, 'aria-describedby': 'ws-pauses-hint', 'data-focus': 'ws-pauses' });
  pauses.value = `3: ${t('misc.setup.defaultPrompt')}`;
  const timer = h('input', { id: 'ws-timer', type: 'number', min: 1, max: 180, 'aria-describedby': 'ws-timer-hint', 'data-focus': 'ws-timer' });
  const create = () => {
    const pauseList = (pauses as HTMLTextAreaElement).value.split('\n').map((l) => /^\s*(\d+)\s*:\s*(.*)$/.exec(l)).filter((m): m is RegExpExecArray => !!m).map((m) => ({ quarter: Number(m[1]), prompt: m[2].trim() }));
    const minutes = Number((timer as HTMLInputElement).value);
    const problem = createWorkshop((scenario as HTMLSelectElement).value, {
      seed: (seedInput as HTMLInputElement).value.trim(),
      teams: (teams as HTMLTextAreaElement).value.split('\n').map((name) => name.trim()).filter(Boolean),
      pauses: pauseList, timerMinutes: minutes > 0 ? minutes : undefined,
    });
    if (problem) store.setState({ notice: { kind: 'error', text: t('misc.setup.notCreated', { problem }) } });
  };
  return h('section', { class: 'screen workshop-screen', 'aria-labelledby': 'ws-heading' },
    h('header', { class: 'screen-head' }, button(t('common.back'), back, { class: 'link', 'data-focus': 'back' }), h('h1', { id: 'ws-heading', tabindex: '-1' }, t('misc.setup.heading'))),
    h('form', { class: 'settings-form', onsubmit: (e: Event) => { e.preventDefault(); create(); } },
      h('p', {}, t('misc.setup.intro')),
      field('ws-scenario', t('misc.setup.scenario'), scenario),
      field('ws-teams', t('misc.setup.teams'), teams, t('misc.setup.teamsHint')),
      field('ws-seed', t('misc.setup.seed'), seedInput),
      field('ws-pauses', t('misc.setup.pauses'), pauses, t('misc.setup.pausesHint')),
      field('ws-timer', t('misc.setup.timer'), timer, t('misc.setup.timerHint')),
      button(t('misc.setup.create'), create, { class: 'primary', 'data-focus': 'ws-create' })),
  );
}
