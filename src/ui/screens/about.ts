// About: the paper the game is built on, how to play, and the credits.
import { back } from '../../state/actions';
import { t } from '../../i18n/messages';
import { button, h } from '../dom';

export function aboutScreen(): HTMLElement {
  return h('section', { class: 'screen about-screen', 'aria-labelledby': 'about-heading' },
    h('header', { class: 'screen-head' }, button(t('common.back'), back, { class: 'link', 'data-focus': 'back' }), h('h1', { id: 'about-heading', tabindex: '-1' }, t('misc.about.heading'))),
    h('div', { class: 'about-body' },
      h('p', {}, t('misc.about.intro')),
      h('h2', {}, t('misc.about.paperHeading')),
      h('p', { class: 'citation' }, t('misc.about.citation'), h('cite', {}, t('misc.about.citationJournal')), t('misc.about.citationPages')),
      h('p', {}, t('misc.about.argument')),
      h('h2', {}, t('misc.about.howHeading')),
      h('ul', {},
        h('li', {}, t('misc.about.howQuarter')),
        h('li', {}, t('misc.about.howKeyboard')),
        h('li', {}, t('misc.about.howSeed')),
      ),
      h('h2', {}, t('misc.about.creditsHeading')),
      h('ul', {},
        h('li', {}, t('misc.about.creditDesign')),
        h('li', {}, t('misc.about.creditTypeface')),
        h('li', {}, t('misc.about.creditSounds')),
        h('li', {}, t('misc.about.creditBuilt')),
      ),
      h('p', {}, t('misc.about.fiction')),
    ),
  );
}
