// The guided start's guide: for each moment of a quarter, the steps the scenario wrote for it, each pointing at the part
// of the screen it speaks of. The part is outlined and numbered like its step, and "Show me" moves focus to it, so a
// player who does not play games knows where to look, and a screen-reader user lands on it.
import type { GuideStep } from '../../engine/types';
import { button, h, prose } from '../dom';
import { t, type MessageId } from '../../i18n/messages';

/** Where each target of the scenario format is on the board screen. */
const TARGETS: Record<string, string> = {
  dashboard: '.numbers .summary-figure', indicators: '.numbers table', pressures: '#stage-slot', practice: '.panel.story',
  members: '.roles-panel', voices: '.voices', agenda: '.agenda .cards', slots: '.agenda-status', resolve: '[data-focus="commit"]',
  changes: '.resolution table', front_page: '.front-page', inbox: '.panel.inbox',
};
/** Each target's "Show me" button. */
const LABELS: Record<string, MessageId> = {
  dashboard: 'board.guide.show.dashboard', indicators: 'board.guide.show.indicators', pressures: 'board.guide.show.pressures',
  practice: 'board.guide.show.practice', members: 'board.guide.show.members', voices: 'board.guide.show.voices',
  agenda: 'board.guide.show.agenda', slots: 'board.guide.show.slots', resolve: 'board.guide.show.resolve',
  changes: 'board.guide.show.changes', front_page: 'board.guide.show.frontPage', inbox: 'board.guide.show.inbox',
};

export function guidePanel(steps: readonly GuideStep[]): HTMLElement | null {
  if (steps.length === 0) return null;
  return h('aside', { class: 'guide', 'aria-label': t('board.guide.label') },
    h('ol', { class: 'guide-steps' }, ...steps.map((step, i) => h('li', { 'data-step': String(i + 1) },
      prose(step.text),
      step.points && TARGETS[step.points]
        ? button(t(LABELS[step.points]), () => showTarget(step.points!), { class: 'link guide-show', 'data-focus': `guide-${i}` })
        : null))));
}

/** Outlines what the steps point at in the screen being built, numbered like the steps; clears last moment's outlines. */
export function pointAt(screen: HTMLElement, steps: readonly GuideStep[]): void {
  for (const el of screen.querySelectorAll('[data-guide-point]')) el.removeAttribute('data-guide-point');
  steps.forEach((step, i) => {
    const el = step.points ? screen.querySelector<HTMLElement>(TARGETS[step.points] ?? '') : null;
    if (el) el.setAttribute('data-guide-point', String(i + 1));
  });
}

function showTarget(target: string): void {
  const el = document.querySelector<HTMLElement>(TARGETS[target] ?? '');
  if (!el) return;
  // the dials are drawn over an empty slot: focus goes to the pressures' table beside them, which says the same
  const focusable = target === 'pressures' ? document.querySelector<HTMLElement>('.pressures-heading') ?? el : el;
  if (!focusable.matches('button, a, input, [tabindex]')) focusable.setAttribute('tabindex', '-1');
  el.scrollIntoView({ block: 'center', behavior: 'auto' });
  focusable.focus({ preventScroll: true });
}
