// Facilitator set-up: scenario, 2-8 teams, the seed (shown, changeable), pause points with prompts, a timer.
import type { AppState } from '../../state/store';
import { back } from '../../state/actions';
import { createWorkshop } from '../../state/workshop-actions';
import { store } from '../../state/store';
import { button, h } from '../dom';

export function workshopSetupScreen(state: AppState, seed: string): HTMLElement {
  const playable = state.scenarios.filter((s) => s.scenario);
  const field = (id: string, label: string, control: HTMLElement, hint?: string) => h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null, control);
  const scenario = h('select', { id: 'ws-scenario', 'data-focus': 'ws-scenario' }, ...playable.map((s) => h('option', { value: s.scenario!.id }, `${s.scenario!.title} (${s.scenario!.calendar.quarters} quarters)`)));
  const teams = h('textarea', { id: 'ws-teams', rows: 5, 'aria-describedby': 'ws-teams-hint', 'data-focus': 'ws-teams' });
  teams.value = 'Red\nBlue\nGreen';
  const seedInput = h('input', { id: 'ws-seed', type: 'text', value: seed, 'data-focus': 'ws-seed' });
  const pauses = h('textarea', { id: 'ws-pauses', rows: 3, 'aria-describedby': 'ws-pauses-hint', 'data-focus': 'ws-pauses' });
  pauses.value = '3: What did the numbers tell you, and what did the stories tell you?';
  const timer = h('input', { id: 'ws-timer', type: 'number', min: 1, max: 180, 'aria-describedby': 'ws-timer-hint', 'data-focus': 'ws-timer' });
  const create = () => {
    const pauseList = (pauses as HTMLTextAreaElement).value.split('\n').map((l) => /^\s*(\d+)\s*:\s*(.*)$/.exec(l)).filter((m): m is RegExpExecArray => !!m).map((m) => ({ quarter: Number(m[1]), prompt: m[2].trim() }));
    const minutes = Number((timer as HTMLInputElement).value);
    const problem = createWorkshop((scenario as HTMLSelectElement).value, {
      seed: (seedInput as HTMLInputElement).value.trim(),
      teams: (teams as HTMLTextAreaElement).value.split('\n').map((t) => t.trim()).filter(Boolean),
      pauses: pauseList, timerMinutes: minutes > 0 ? minutes : undefined,
    });
    if (problem) store.setState({ notice: { kind: 'error', text: `The session could not be created: it ${problem.replace(/^The session /, '')}` } });
  };
  return h('section', { class: 'screen workshop-screen', 'aria-labelledby': 'ws-heading' },
    h('header', { class: 'screen-head' }, button('Back', back, { class: 'link', 'data-focus': 'back' }), h('h1', { id: 'ws-heading', tabindex: '-1' }, 'Run a workshop')),
    h('form', { class: 'settings-form', onsubmit: (e: Event) => { e.preventDefault(); create(); } },
      h('p', {}, 'Every team plays the same scenario with the same luck. Nothing needs a network: teams join with a code, QR or link, and send their game back the same way.'),
      field('ws-scenario', 'Scenario', scenario),
      field('ws-teams', 'Teams (one name per line, 2 to 8)', teams, 'Team names only: no personal data is needed.'),
      field('ws-seed', 'Seed (the luck every team shares)', seedInput),
      field('ws-pauses', 'Pause points (one per line: quarter: prompt for discussion)', pauses, 'Teams stop at the start of each pause quarter and wait for the room.'),
      field('ws-timer', 'Minutes per quarter (optional)', timer, 'Shown to teams as a guide; the game never stops them.'),
      button('Create the session', create, { class: 'primary', 'data-focus': 'ws-create' })),
  );
}
