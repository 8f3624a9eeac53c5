// The inbox: what arrived this quarter, and the answers the board must give. Content notes come before the text.
import { needsAnswer } from '../../engine/answers';
import { stateOf, type Game } from '../../engine/session';
import { choiceLabel, inboxText, offeredChoices } from '../../engine/texts';
import { answer, proceed } from '../../state/actions';
import { button, h, prose } from '../dom';
import { t } from '../../i18n/messages';
import { arrowNavigation } from './arrows';

export function inboxItems(game: Game, answerable: boolean): HTMLElement[] {
  const s = stateOf(game);
  const sc = game.scenario;
  return s.inbox.map((item) => {
    const e = sc.events.find((x) => x.id === item.event)!;
    const words = inboxText(sc, item);
    const offered = offeredChoices(sc, item);
    const body = h('div', { class: 'letter-body' }, prose(words.text));
    const choices = offered.length && answerable && item.choice === undefined
      ? h('fieldset', { class: 'choices' }, h('legend', {}, t('board.inbox.answers')),
        ...offered.map((c) => button(choiceLabel(c, item), () => { answer(e.id, c.id); }, { class: 'choice', 'data-focus': `answer-${e.id}-${c.id}` })))
      : null;
    if (choices) arrowNavigation(choices, 'button');
    const given = e.choices.find((c) => c.id === item.choice);
    const answered = given ? h('p', { class: 'answered' }, t('board.inbox.answered', { choice: choiceLabel(given, item) })) : null;
    return h('article', { class: `letter cue-${e.cue}`, 'aria-labelledby': `ev-${e.id}` },
      h('p', { class: 'from' }, words.from),
      h('h3', { id: `ev-${e.id}` }, words.headline),
      e.contentNote ? h('details', { class: 'noted' }, h('summary', { 'data-focus': `note-${e.id}` }, t('board.inbox.contentNote', { note: e.contentNote })), body) : body,
      answered, choices,
    );
  });
}

export function inboxPanel(game: Game): HTMLElement {
  const s = stateOf(game);
  const open = s.inbox.filter((i) => needsAnswer(game.scenario, i)).length;
  return h('section', { class: 'panel inbox', 'aria-labelledby': 'inbox-heading' },
    h('h2', { id: 'inbox-heading' }, s.inbox.length ? t('board.inbox.headingCount', { n: s.inbox.length }) : t('board.inbox.heading')),
    s.inbox.length ? null : h('p', {}, t('board.inbox.empty')),
    ...inboxItems(game, true),
    open ? h('p', { class: 'hint' }, t('board.inbox.needAnswer', { n: open })) : null,
    button(s.quarter >= game.scenario.calendar.quarters ? t('board.inbox.endFinal') : t('board.inbox.end'), () => { proceed(); }, { class: 'primary', 'data-focus': 'end-quarter', 'aria-disabled': open ? 'true' : null }),
  );
}
