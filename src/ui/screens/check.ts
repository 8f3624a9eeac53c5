// The check before play: a few questions about how a system like this behaves, answered before the briefing and
// again, in other words, after the debrief. It is offered, never required: skipping it costs nothing.
import type { CheckDef } from '../../engine/types';
import { formItems } from '../../learning/check';
import type { AppState } from '../../state/store';
import { finishCheck, skipCheck } from '../../state/learning-actions';
import { button, h, prose } from '../dom';
import { checkItems } from '../widgets/check-form';

export function checkBeforeScreen(state: AppState, check: CheckDef): HTMLElement {
  const items = formItems(check, 'before');
  return h('section', { class: 'screen check-screen', 'aria-labelledby': 'check-heading' },
    h('h1', { id: 'check-heading', tabindex: '-1' }, 'Before you start: a few questions'),
    prose(check.intro),
    h('p', { class: 'hint' }, `${items.length} questions, about three minutes. There are no trick questions; pick what you would expect.`),
    h('p', {}, button('Skip the questions (in a hurry)', skipCheck, { class: 'link', 'data-focus': 'check-skip' })),
    checkItems(items, state.learning?.draft),
    h('div', { class: 'actions' },
      button('Done: on to the briefing', () => finishCheck('before'), { class: 'primary', 'data-focus': 'check-done' })));
}
