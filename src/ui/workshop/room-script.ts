// The debrief script on the projector: the step the room is at, large, with what to do and the questions to ask; Next
// and Back move through it, and the step past "Lift the fog" lifts it for every team. All steps stay listed for the
// facilitator (and for the printed pack).
import { roomScript } from '../../debrief/room-script';
import { setReveal, setScriptStep } from '../../state/workshop-actions';
import type { Workshop } from '../../state/store';
import { t } from '../../i18n/messages';
import { button, h } from '../dom';

export function roomScriptSection(w: Workshop): HTMLElement {
  const steps = roomScript(w.teams.map((team) => ({ name: team.name, game: team.game })));
  const lift = steps.findIndex((s) => s.fog === 'lift');
  const at = Math.min(steps.length - 1, Math.max(0, w.scriptStep ?? 0));
  const now = steps[at];
  return h('section', { class: 'debrief-section room-script', 'aria-labelledby': 'script-heading' },
    h('h2', { id: 'script-heading' }, t('workshop.script.heading')),
    h('p', {}, t('workshop.script.step', { step: at + 1, steps: steps.length, state: at < lift ? t('workshop.script.fogDown') : w.reveal ? t('workshop.script.fogLifted') : t('workshop.script.fogReady') })),
    h('div', { class: 'script-now', 'aria-live': 'polite' },
      h('h3', {}, now.title),
      h('p', { class: 'script-doing' }, now.doing),
      h('ol', { class: 'questions' }, ...now.questions.map((q) => h('li', {}, q))),
      now.fog === 'lift' && !w.reveal ? button(t('workshop.script.lift'), () => setReveal(true), { class: 'primary', 'data-focus': 'script-lift' }) : null),
    h('div', { class: 'actions' },
      button(t('common.back'), () => setScriptStep(at - 1, lift), { 'data-focus': 'script-back', disabled: at === 0 }),
      button(t('workshop.script.next', { title: steps[at + 1]?.title ?? t('workshop.script.theEnd') }), () => setScriptStep(at + 1, lift), { class: 'primary', 'data-focus': 'script-next', disabled: at === steps.length - 1 })),
    h('details', { class: 'script-all' }, h('summary', { 'data-focus': 'script-all' }, t('workshop.script.all')),
      h('ol', {}, ...steps.map((s, i) => h('li', { 'aria-current': i === at ? 'step' : null }, `${s.title}: ${s.doing} `, h('ul', {}, ...s.questions.map((q) => h('li', {}, q))))))));
}
