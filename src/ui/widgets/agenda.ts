// The agenda: decision cards with their costs; a card that cannot be chosen says why. Tags stay hidden until the debrief.
import { committed, slotsFree, spent, unmetDemands, whyUnaffordable, whyUnavailable } from '../../engine/agenda';
import { stateOf, type Game } from '../../engine/session';
import { commit, toggleDecision, updateSettings } from '../../state/actions';
import { button, h } from '../dom';
import { arrowNavigation } from './arrows';

export function costText(game: Game, id: string): string {
  const d = game.scenario.decisions.find((x) => x.id === id)!;
  const parts = Object.entries(d.cost.resources).filter(([, n]) => n > 0).map(([r, n]) => `${game.scenario.model.variables.find((v) => v.id === r)?.label ?? r} ${n}`);
  parts.push(`${d.cost.slots} slot${d.cost.slots === 1 ? '' : 's'}`);
  if (d.cost.quarters > 1) parts.push(`runs ${d.cost.quarters} quarters`);
  return parts.join(' · ');
}

export function agendaPanel(game: Game, short: boolean): HTMLElement {
  const s = stateOf(game);
  const sc = game.scenario;
  const free = slotsFree(sc, s);
  const budgetLeft = sc.model.resources.map((r) => {
    const label = sc.model.variables.find((v) => v.id === r)?.label ?? r;
    const bound = committed(s, r);
    return `${label} left: ${Math.floor((s.vars[r] as number) - spent(sc, s, r))}${bound > 0 ? ` (${bound} committed by earlier decisions)` : ''}`;
  }).join(' · ');
  // a demand the board accepted that it cannot take up now is not on the agenda: say so, and why
  const unmet = unmetDemands(sc, s);
  const titleOf = (id: string) => `${sc.decisions.find((d) => d.id === id)?.title ?? id}${s.required.includes(id) ? ' (agreed under a demand; it stays)' : ''}`;
  const list = h('ul', { class: short ? 'cards short' : 'cards', 'aria-label': 'Decisions the board can take' }, ...sc.decisions.map((d) => {
    const on = s.agenda.includes(d.id);
    const demanded = unmet.find((u) => u.id === d.id);
    const reason = on ? null : demanded ? `Agreed under a demand last quarter, but it cannot be taken up: ${demanded.reason}` : whyUnavailable(sc, s, d) ?? whyUnaffordable(sc, s, d);
    const descId = `dec-${d.id}-desc`;
    return h('li', { class: `card${on ? ' chosen' : ''}${reason ? ' unavailable' : ''}` },
      h('button', {
        type: 'button', class: 'card-button', 'aria-pressed': on ? 'true' : 'false', 'aria-disabled': reason ? 'true' : null,
        'aria-describedby': descId, 'data-focus': `decision-${d.id}`, onclick: () => { toggleDecision(d.id); },
      }, h('span', { class: 'card-title' }, d.title), h('span', { class: 'card-cost' }, costText(game, d.id))),
      h('div', { id: descId, class: 'card-desc' }, h('p', {}, d.text.trim()), reason ? h('p', { class: 'reason' }, h('span', { class: 'sr-only' }, 'Not available: '), reason) : null),
    );
  }));
  arrowNavigation(list, '.card-button');
  return h('section', { class: 'panel agenda', 'aria-labelledby': 'agenda-heading' },
    h('h2', { id: 'agenda-heading' }, 'The agenda'),
    h('p', { class: 'agenda-status', 'aria-live': 'off' }, `${free} of ${sc.calendar.slots} slots free · ${budgetLeft}`),
    h('p', { class: 'agenda-chosen' }, s.agenda.length
      ? `Chosen: ${s.agenda.map(titleOf).join('; ')}.`
      : 'Nothing chosen yet: pick up to the slots free, or resolve the quarter without new decisions.'),
    unmet.length ? h('p', { class: 'agenda-unmet' }, `Agreed under a demand but not on this agenda: ${unmet.map((u) => `${sc.decisions.find((d) => d.id === u.id)?.title ?? u.id}. ${u.reason}`).join(' ')}`) : null,
    // a long agenda (Northmoor has 22 decisions) fits on one screen with the descriptions folded away
    button('Show the descriptions', () => updateSettings({ shortCards: !short }),
      { class: 'link', 'aria-pressed': short ? 'false' : 'true', 'data-focus': 'card-details' }),
    list,
    button(s.agenda.length ? `Resolve the quarter with ${s.agenda.length} decision${s.agenda.length === 1 ? '' : 's'}` : 'Resolve the quarter without new decisions', () => { commit(); }, { class: 'primary', 'data-focus': 'commit' }),
  );
}
