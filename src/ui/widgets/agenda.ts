// The agenda: decision cards with their costs; a card that cannot be chosen says why. Tags stay hidden until the debrief.
import { committed, slotsFree, spent, unaffordableBecause, unavailableBecause, unmetDemands } from '../../engine/agenda';
import { stateOf, type Game } from '../../engine/session';
import { commit, toggleDecision, updateSettings } from '../../state/actions';
import { button, h } from '../dom';
import { t } from '../../i18n/messages';
import { gridNavigation } from './arrows';
import { refusalMessage, refusalOrNull } from '../../i18n/refusal';

export function costText(game: Game, id: string): string {
  const d = game.scenario.decisions.find((x) => x.id === id)!;
  const parts = Object.entries(d.cost.resources).filter(([, n]) => n > 0).map(([r, n]) => `${game.scenario.model.variables.find((v) => v.id === r)?.label ?? r} ${n}`);
  parts.push(t('board.agenda.slots', { n: d.cost.slots }));
  if (d.cost.quarters > 1) parts.push(t('board.agenda.runs', { n: d.cost.quarters }));
  return parts.join(' · ');
}

export function agendaPanel(game: Game, descriptions: boolean): HTMLElement {
  const s = stateOf(game);
  const sc = game.scenario;
  const free = slotsFree(sc, s);
  const budgetLeft = sc.model.resources.map((r) => {
    const label = sc.model.variables.find((v) => v.id === r)?.label ?? r;
    const bound = committed(s, r);
    const left = Math.floor((s.vars[r] as number) - spent(sc, s, r));
    return bound > 0 ? t('board.agenda.budgetLeftCommitted', { label, left, committed: bound }) : t('board.agenda.budgetLeft', { label, left });
  }).join(' · ');
  // a demand the board accepted that it cannot take up now is not on the agenda: say so, and why
  const unmet = unmetDemands(sc, s);
  const titleOf = (id: string) => {
    const title = sc.decisions.find((d) => d.id === id)?.title ?? id;
    return s.required.includes(id) ? t('board.agenda.required', { title }) : title;
  };
  const cards = sc.decisions.map((d) => {
    const on = s.agenda.includes(d.id);
    const demanded = unmet.find((u) => u.id === d.id);
    const closedNow = on ? null : demanded ? t('board.agenda.demandClosed', { reason: refusalMessage(demanded.refusal) }) : refusalOrNull(unavailableBecause(sc, s, d));
    const reason = on ? null : closedNow ?? refusalOrNull(unaffordableBecause(sc, s, d));
    const descId = `dec-${d.id}-desc`;
    return { reason, closed: closedNow !== null, el: h('li', { class: `card${on ? ' chosen' : ''}${reason ? ' unavailable' : ''}` },
      h('button', {
        type: 'button', class: 'card-button', 'aria-pressed': on ? 'true' : 'false', 'aria-disabled': reason ? 'true' : null,
        'aria-describedby': descId, 'data-focus': `decision-${d.id}`, 'data-card': d.id, onclick: () => { toggleDecision(d.id); },
      }, h('span', { class: 'card-title' }, d.title), h('span', { class: 'card-cost' }, costText(game, d.id))),
      h('div', { id: descId, class: 'card-desc' }, h('p', {}, d.text.trim()), reason ? h('p', { class: 'reason' }, h('span', { class: 'sr-only' }, t('board.agenda.notAvailable')), reason) : null),
    ) };
  });
  // the agenda at a glance: what the board can take up this quarter on one screen (greyed in place while the slots or the
  // budget do not stretch to it), and what it cannot yet, folded away with the reasons
  const kind = descriptions ? 'cards' : 'cards glance';
  const open = h('ul', { class: kind, 'aria-label': t('board.agenda.open'), 'aria-describedby': 'cards-keys' }, ...cards.filter((c) => !c.closed).map((c) => c.el));
  const closedCards = cards.filter((c) => c.closed);
  const closed = closedCards.length ? h('details', { class: 'not-open' },
    h('summary', { 'data-focus': 'not-open' }, t('board.agenda.notOpen', { n: closedCards.length })),
    h('ul', { class: `${kind} closed`, 'aria-label': t('board.agenda.closed') }, ...closedCards.map((c) => c.el))) : null;
  gridNavigation(open, '.card-button');
  // what a sighted player reads of the card in hand; a screen reader hears the same as the card's description
  const detail = descriptions ? null : h('p', { class: 'card-detail', 'aria-hidden': 'true' }, t('board.agenda.detailHint'));
  if (detail) {
    const show = (e: Event) => {
      const button = (e.target as HTMLElement).closest<HTMLElement>('.card-button');
      const d = button ? sc.decisions.find((x) => x.id === button.dataset.card) : undefined;
      if (!d) return;
      const notAvailable = t('board.agenda.notAvailable');
      const said = button!.parentElement!.querySelector('.reason')?.textContent;
      const reason = said?.startsWith(notAvailable) ? said.slice(notAvailable.length) : said;
      detail.replaceChildren(h('strong', {}, `${d.title}. `), reason ? h('span', { class: 'reason' }, `${reason} `) : '', d.text.trim());
    };
    for (const list of [open, closed]) list?.addEventListener('focusin', show);
    for (const list of [open, closed]) list?.addEventListener('mouseover', show);
  }
  const resolve = button(s.agenda.length ? t('board.agenda.commit', { n: s.agenda.length }) : t('board.agenda.commitNone'), () => { commit(); },
    // once the last slot is taken, the next thing to do is to resolve: focus moves there after the choice
    { class: 'primary', 'data-focus': 'commit', 'data-when-full': free === 0 && s.agenda.length > 0 ? '' : null });
  return h('section', { class: 'panel agenda', 'aria-labelledby': 'agenda-heading' },
    h('div', { class: 'agenda-head' },
      h('h2', { id: 'agenda-heading' }, t('board.agenda.heading')),
      button(t('board.agenda.showDescriptions'), () => updateSettings({ cardDescriptions: !descriptions }),
        { class: 'link', 'aria-pressed': descriptions ? 'true' : 'false', 'data-focus': 'card-details' })),
    unmet.length ? h('p', { class: 'agenda-unmet' }, t('board.agenda.unmet', { list: unmet.map((u) => `${sc.decisions.find((d) => d.id === u.id)?.title ?? u.id}. ${refusalMessage(u.refusal)}`).join(' ') })) : null,
    h('p', { id: 'cards-keys', class: 'sr-only' }, t('board.agenda.keys')),
    open,
    closed,
    h('div', { class: 'agenda-foot' },
      detail,
      h('p', { class: 'agenda-status', 'aria-live': 'off' }, t('board.agenda.status', { free, slots: sc.calendar.slots, budget: budgetLeft })),
      h('p', { class: 'agenda-chosen' }, s.agenda.length
        ? t('board.agenda.chosen', { list: s.agenda.map(titleOf).join('; ') })
        : t('board.agenda.nothingChosen')),
      resolve),
  );
}
