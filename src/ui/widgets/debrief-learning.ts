// The end of the debrief: the check again (other questions about the same things), then what changed for the player,
// construct by construct, with what each was about; and the reaction form. Nothing here is a mark of the person: the
// change is the player's own, shown to them, and reaches a workshop room only as part of an anonymous total.
import type { Game } from '../../engine/session';
import { checkChange, formItems, type ConstructChange } from '../../learning/check';
import { checkStage, REACTION_SCALE, type LearningRecord } from '../../learning/record';
import { finishCheck, react } from '../../state/learning-actions';
import { button, h } from '../dom';
import { t } from '../../i18n/messages';
import { checkItems } from './check-form';

export function learningSection(game: Game, record: LearningRecord | null): HTMLElement {
  const check = game.scenario.check;
  const stage = check ? checkStage(check.offered, record) : 'none';
  return h('section', { class: 'debrief-section learning', 'aria-labelledby': 'learning-heading' },
    h('h2', { id: 'learning-heading' }, t('debrief.learning.heading')),
    check && stage === 'after' ? h('div', { class: 'check-after' },
      h('p', {}, t('debrief.learning.checkAgain')),
      checkItems(formItems(check, 'after'), record?.draft),
      button(t('debrief.learning.done'), () => finishCheck('after'), { class: 'primary', 'data-focus': 'check-after-done' })) : null,
    check && stage === 'done' ? changeTable(checkChange(check, record?.before, record?.after)) : null,
    reactionForm(record));
}

const pct = (x: number | null) => (x === null ? t('debrief.learning.notAnswered') : `${Math.round(x * 100)}%`);
function changeWords(c: ConstructChange): string {
  if (c.change === null) return t('debrief.learning.change.notAnsweredBoth');
  if (c.kind === 'scale') return c.change > 0 ? t('debrief.learning.change.moreConfident') : c.change < 0 ? t('debrief.learning.change.lessConfident') : t('debrief.learning.change.asConfident');
  return c.change > 0 ? t('debrief.learning.change.moreFit') : c.change < 0 ? t('debrief.learning.change.fewerFit') : t('debrief.learning.change.none');
}

function changeTable(changes: ConstructChange[]): HTMLElement {
  return h('div', { class: 'check-change' },
    h('h3', {}, t('debrief.learning.changed.heading')),
    h('p', { class: 'hint' }, t('debrief.learning.changed.hint')),
    h('table', { class: 'reveal-table' },
      h('caption', { class: 'sr-only' }, t('debrief.learning.changed.caption')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('debrief.learning.changed.about')), h('th', { scope: 'col' }, t('debrief.learning.changed.atStart')), h('th', { scope: 'col' }, t('debrief.learning.changed.now')), h('th', { scope: 'col' }, t('debrief.learning.changed.change')))),
      h('tbody', {}, ...changes.map((c) => h('tr', {}, h('th', { scope: 'row' }, c.title), h('td', {}, pct(c.before)), h('td', {}, pct(c.after)), h('td', {}, changeWords(c)))))),
    h('dl', { class: 'check-about' }, ...changes.flatMap((c) => [h('dt', {}, c.title), h('dd', {}, c.about)])));
}

function reactionForm(record: LearningRecord | null): HTMLElement {
  const r = record?.reaction ?? {};
  const scale = (key: 'useful' | 'relevant') => h('fieldset', { class: 'check-item' },
    h('legend', {}, REACTION_SCALE[key]),
    h('div', { class: 'check-scale' }, ...[1, 2, 3, 4, 5].map((p) => h('label', { class: 'check-choice scale-point' },
      h('input', { type: 'radio', name: `reaction-${key}`, value: String(p), checked: r[key] === p, 'data-focus': `reaction-${key}-${p}`, onchange: () => react({ [key]: p }) }),
      h('span', {}, p === 1 ? t('debrief.learning.scaleLow') : p === 5 ? t('debrief.learning.scaleHigh') : String(p))))));
  return h('div', { class: 'reaction' },
    h('h3', {}, t('debrief.learning.reaction.heading')),
    scale('useful'), scale('relevant'),
    h('div', { class: 'field' },
      h('label', { for: 'reaction-will-do' }, t('debrief.learning.reaction.willDo')),
      h('textarea', { id: 'reaction-will-do', rows: 3, 'data-focus': 'reaction-will-do', oninput: (e: Event) => react({ willDo: (e.target as HTMLTextAreaElement).value }) }, r.willDo ?? '')),
    h('p', { class: 'hint' }, t('debrief.learning.reaction.hint')));
}
