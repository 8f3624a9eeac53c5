// The inbox: what arrived this quarter, and the answers the board must give. Content notes come before the text.
import { stateOf, type Game } from '../../engine/session';
import { answer, proceed } from '../../state/actions';
import { button, h, prose } from '../dom';
import { arrowNavigation } from './arrows';

export function inboxItems(game: Game, answerable: boolean): HTMLElement[] {
  const s = stateOf(game);
  const sc = game.scenario;
  return s.inbox.map((item) => {
    const e = sc.events.find((x) => x.id === item.event)!;
    const body = h('div', { class: 'letter-body' }, prose(e.text));
    const choices = e.choices.length && answerable && item.choice === undefined
      ? h('fieldset', { class: 'choices' }, h('legend', {}, 'The board answers:'),
        ...e.choices.map((c) => button(c.label, () => { answer(e.id, c.id); }, { class: 'choice', 'data-focus': `answer-${e.id}-${c.id}` })))
      : null;
    if (choices) arrowNavigation(choices, 'button');
    const answered = item.choice ? h('p', { class: 'answered' }, `The board answered: ${e.choices.find((c) => c.id === item.choice)?.label}`) : null;
    return h('article', { class: `letter cue-${e.cue}`, 'aria-labelledby': `ev-${e.id}` },
      h('p', { class: 'from' }, e.from),
      h('h3', { id: `ev-${e.id}` }, e.headline),
      e.contentNote ? h('details', { class: 'noted' }, h('summary', { 'data-focus': `note-${e.id}` }, `Content note: ${e.contentNote} Read the item`), body) : body,
      answered, choices,
    );
  });
}

export function inboxPanel(game: Game): HTMLElement {
  const s = stateOf(game);
  const open = s.inbox.filter((i) => i.choice === undefined && (game.scenario.events.find((e) => e.id === i.event)?.choices.length ?? 0) > 0).length;
  return h('section', { class: 'panel inbox', 'aria-labelledby': 'inbox-heading' },
    h('h2', { id: 'inbox-heading' }, s.inbox.length ? `The inbox (${s.inbox.length})` : 'The inbox'),
    s.inbox.length ? null : h('p', {}, 'Nothing arrived this quarter.'),
    ...inboxItems(game, true),
    open ? h('p', { class: 'hint' }, `${open} item${open > 1 ? 's need' : ' needs'} an answer before the quarter can end.`) : null,
    button(s.quarter >= game.scenario.calendar.quarters ? 'End the final quarter' : 'End the quarter', () => { proceed(); }, { class: 'primary', 'data-focus': 'end-quarter', 'aria-disabled': open ? 'true' : null }),
  );
}
