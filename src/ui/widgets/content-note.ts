// A content note shown before distressing material, with a way on and a way out.
import { button, h } from '../dom';
import { t } from '../../i18n/messages';

export function contentNoteGate(note: string, onContinue: () => void, onBack: () => void, key: string): HTMLElement {
  return h('section', { class: 'screen content-note-screen', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': `note-${key}` },
    h('h1', { id: `note-${key}`, tabindex: '-1' }, t('board.contentNote.heading')),
    h('p', { class: 'content-note' }, note),
    h('p', {}, t('board.contentNote.pause')),
    h('div', { class: 'actions' },
      button(t('board.contentNote.continue'), onContinue, { class: 'primary', 'data-focus': `note-continue-${key}` }),
      button(t('board.contentNote.back'), onBack, { 'data-focus': `note-back-${key}` })),
  );
}
