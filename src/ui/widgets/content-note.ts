// A content note shown before distressing material, with a way on and a way out.
import { button, h } from '../dom';

export function contentNoteGate(note: string, onContinue: () => void, onBack: () => void, key: string): HTMLElement {
  return h('section', { class: 'screen content-note-screen', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': `note-${key}` },
    h('h1', { id: `note-${key}`, tabindex: '-1' }, 'Content note'),
    h('p', { class: 'content-note' }, note),
    h('p', {}, 'You can pause at any time. The scenario is fictional; the situations it draws on are real.'),
    h('div', { class: 'actions' },
      button('Continue', onContinue, { class: 'primary', 'data-focus': `note-continue-${key}` }),
      button('Go back', onBack, { 'data-focus': `note-back-${key}` })),
  );
}
