// The check before play: a few questions about how a system like this behaves, answered before the briefing and
// again, in other words, after the debrief. It is offered, never required: skipping it costs nothing.
import type { CheckDef } from '../../engine/types';
import { t } from '../../i18n/messages';
import { formItems } from '../../learning/check';
import type { AppState } from '../../state/store';
import { finishCheck, skipCheck } from '../../state/learning-actions';
import { button, h, prose } from '../dom';
import { checkItems } from '../widgets/check-form';

export function checkBeforeScreen(state: AppState, check: CheckDef): HTMLElement {
  const items = formItems(check, 'before');
  return h('section', { class: 'screen check-screen', 'aria-labelledby': 'check-heading' },
    h('h1', { id: 'check-heading', tabindex: '-1' }, t('misc.check.heading')),
    prose(check.intro),
    h('p', { class: 'hint' }, t('misc.check.hint', { n: items.length })),
    h('p', {}, button(t('misc.check.skip'), skipCheck, { class: 'link', 'data-focus': 'check-skip' })),
    checkItems(items, state.learning?.draft),
    h('div', { class: 'actions' },
      button(t('misc.check.done'), () => finishCheck('before'), { class: 'primary', 'data-focus': 'check-done' })));
}
