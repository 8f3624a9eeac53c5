// The end of the debrief: the check again (other questions about the same things), then what changed for the player,
// construct by construct, with what each was about; and the reaction form. Nothing here is a mark of the person: the
// change is the player's own, shown to them, and reaches a workshop room only as part of an anonymous total.
import type { Game } from '../../engine/session';
import { checkChange, formItems, type ConstructChange } from '../../learning/check';
import { checkStage, REACTION_SCALE, type LearningRecord } from '../../learning/record';
import { finishCheck, react } from '../../state/learning-actions';
import { button, h } from '../dom';
import { checkItems } from './check-form';

export function learningSection(game: Game, record: LearningRecord | null): HTMLElement {
  const check = game.scenario.check;
  const stage = check ? checkStage(check.offered, record) : 'none';
  return h('section', { class: 'debrief-section learning', 'aria-labelledby': 'learning-heading' },
    h('h2', { id: 'learning-heading' }, 'Before you go'),
    check && stage === 'after' ? h('div', { class: 'check-after' },
      h('p', {}, 'The same kinds of question as at the start, asked differently. Answer from what you think now.'),
      checkItems(formItems(check, 'after'), record?.draft),
      button('Done: show what changed for me', () => finishCheck('after'), { class: 'primary', 'data-focus': 'check-after-done' })) : null,
    check && stage === 'done' ? changeTable(checkChange(check, record?.before, record?.after)) : null,
    reactionForm(record));
}

const pct = (x: number | null) => (x === null ? 'not answered' : `${Math.round(x * 100)}%`);
function changeWords(c: ConstructChange): string {
  if (c.change === null) return 'not answered both times';
  if (c.kind === 'scale') return c.change > 0 ? 'more confident' : c.change < 0 ? 'less confident' : 'as confident';
  return c.change > 0 ? 'more answers that fit how such systems behave' : c.change < 0 ? 'fewer answers that fit' : 'no change';
}

function changeTable(changes: ConstructChange[]): HTMLElement {
  return h('div', { class: 'check-change' },
    h('h3', {}, 'What changed for you'),
    h('p', { class: 'hint' }, 'Your answers at the start and now, by what the questions were about. For the confidence question the figure is how far up the scale you put yourself.'),
    h('table', { class: 'reveal-table' },
      h('caption', { class: 'sr-only' }, 'Your check at the start and now'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'About'), h('th', { scope: 'col' }, 'At the start'), h('th', { scope: 'col' }, 'Now'), h('th', { scope: 'col' }, 'Change'))),
      h('tbody', {}, ...changes.map((c) => h('tr', {}, h('th', { scope: 'row' }, c.title), h('td', {}, pct(c.before)), h('td', {}, pct(c.after)), h('td', {}, changeWords(c)))))),
    h('dl', { class: 'check-about' }, ...changes.flatMap((c) => [h('dt', {}, c.title), h('dd', {}, c.about)])));
}

function reactionForm(record: LearningRecord | null): HTMLElement {
  const r = record?.reaction ?? {};
  const scale = (key: 'useful' | 'relevant') => h('fieldset', { class: 'check-item' },
    h('legend', {}, REACTION_SCALE[key]),
    h('div', { class: 'check-scale' }, ...[1, 2, 3, 4, 5].map((p) => h('label', { class: 'check-choice scale-point' },
      h('input', { type: 'radio', name: `reaction-${key}`, value: String(p), checked: r[key] === p, 'data-focus': `reaction-${key}-${p}`, onchange: () => react({ [key]: p }) }),
      h('span', {}, p === 1 ? '1: not at all' : p === 5 ? '5: very' : String(p))))));
  return h('div', { class: 'reaction' },
    h('h3', {}, 'How was it for you?'),
    scale('useful'), scale('relevant'),
    h('div', { class: 'field' },
      h('label', { for: 'reaction-will-do' }, 'One thing you will do, or ask, at your own board'),
      h('textarea', { id: 'reaction-will-do', rows: 3, 'data-focus': 'reaction-will-do', oninput: (e: Event) => react({ willDo: (e.target as HTMLTextAreaElement).value }) }, r.willDo ?? '')),
    h('p', { class: 'hint' }, 'Kept with this game on this device and in its exports, and never sent anywhere: a workshop room or an LMS receives only the two scores above.'));
}
