// What the quarter brought: the changes in the figures, headlines and letters, an inspection's judgement.
import { reports, stateOf, type Game } from '../../engine/session';
import { inboxText } from '../../engine/texts';
import type { ViewEffect } from '../../engine/view-effects';
import { proceed } from '../../state/actions';
import { causeLine, seenCauses } from '../../present/causes';
import { frontPage } from '../../present/front-page';
import { formatValue, gradeName } from '../../present/values';
import { button, h, prose } from '../dom';
import { t } from '../../i18n/messages';
import type { Scenario } from '../../engine/types';

export function resolutionPanel(game: Game, effects: readonly ViewEffect[]): HTMLElement {
  const s = stateOf(game);
  const model = game.scenario.model;
  const prev = reports(game).last;
  const visible = model.variables.filter((v) => v.visibility === 'visible' && v.kind === 'number');
  const moved = visible.map((v) => ({ v, from: prev[v.id] as number, to: s.vars[v.id] as number })).filter((c) => formatValue(c.v, c.from) !== formatValue(c.v, c.to));
  // each change with what the board can know of its cause; the rest waits for the debrief
  const resolved = effects.find((e) => e.type === 'resolved');
  const why = (id: string) => (resolved && resolved.type === 'resolved' ? causeLine(game.scenario, id, seenCauses(game.scenario, s.log, resolved.steps, resolved.quarter, id)) : '');
  const inspection = effects.find((e) => e.type === 'inspection');
  const incident = effects.some((e) => e.type === 'incident');
  // the board asked partner agencies; what each said is the first thing it hears back
  const asks = effects.flatMap((e) => (e.type === 'ask' ? [e] : [])).map((a) => {
    const d = game.scenario.decisions.find((x) => x.id === a.id);
    const role = game.scenario.roles.find((r) => r.id === a.of)?.name ?? t('board.resolution.partner');
    return h('li', { class: a.agreed ? 'ask agreed' : 'ask refused' }, a.agreed
      ? t('board.resolution.askAgreed', { role, title: d?.title ?? a.id })
      : t('board.resolution.askRefused', { role, title: d?.title ?? a.id, refused: d?.ask?.refused.trim() ?? '' }));
  });
  return h('section', { class: 'panel resolution', 'aria-labelledby': 'resolution-heading' },
    h('h2', { id: 'resolution-heading', tabindex: '-1' }, t('board.resolution.heading', { quarter: s.quarter })),
    // the pressures as three large meters, drawn by the stage (scenes/meters-scene.ts); the table below has the figures
    h('div', { class: 'meters-slot', id: 'meters-slot', 'aria-hidden': 'true' }),
    frontPageOf(game, effects),
    incident ? h('p', { class: 'incident-banner', role: 'note' }, t('board.resolution.incident')) : null,
    inspection && inspection.type === 'inspection' ? h('div', { class: `inspection-result grade-${inspection.grade}` },
      h('p', {}, t('board.resolution.judgement', { grade: gradeName(game.scenario, inspection.grade) })),
      inspectorsWords(game.scenario, inspection.event, inspection.grade)) : null,
    asks.length ? h('div', { class: 'asks' }, h('h3', {}, t('board.resolution.asks')), h('ul', {}, ...asks)) : null,
    h('h3', {}, t('board.resolution.changes')),
    moved.length ? h('table', { class: 'changes' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('board.resolution.indicator')), h('th', { scope: 'col' }, t('board.resolution.before')), h('th', { scope: 'col' }, t('board.resolution.after')), resolved ? h('th', { scope: 'col' }, t('board.resolution.why')) : null)),
      h('tbody', {}, ...moved.map((c) => h('tr', { 'data-change': c.v.id }, h('th', { scope: 'row' }, c.v.label), h('td', {}, formatValue(c.v, c.from)), h('td', { class: c.to > c.from ? 'rose' : 'fell' }, formatValue(c.v, c.to)), resolved ? h('td', { class: 'why' }, why(c.v.id)) : null))))
      : h('p', {}, t('board.resolution.still')),
    inboxNote(game),
    button(t('board.resolution.openInbox'), () => { proceed(); }, { class: 'primary', 'data-focus': 'open-inbox' }),
  );
}

/** The quarter's front page, as the press ran it: masthead, headline, how hot the press is, and the ticker. */
function frontPageOf(game: Game, effects: readonly ViewEffect[]): HTMLElement {
  const page = frontPage(game.scenario, stateOf(game), effects);
  return h('figure', { class: `front-page press-${page.temperature}`, 'aria-labelledby': 'front-headline' },
    h('p', { class: 'masthead' }, page.paper),
    h('h3', { id: 'front-headline', class: 'front-headline' }, page.headline),
    h('p', { class: 'standfirst' }, page.standfirst),
    page.ticker.length ? h('ul', { class: 'ticker', 'aria-label': t('board.resolution.ticker') }, ...page.ticker.map((line) => h('li', {}, line))) : null);
}

/** Who wrote to the board this quarter: the inbox holds their words. */
function inboxNote(game: Game): HTMLElement | null {
  const s = stateOf(game);
  if (!s.inbox.length) return null;
  const from = [...new Set(s.inbox.map((i) => inboxText(game.scenario, i).from))];
  return h('p', { class: 'inbox-note' }, t('board.resolution.inboxNote', { n: s.inbox.length, from: from.join('; ') }));
}

/** What the inspectors' letter says for this grade, when the scenario wrote it. */
function inspectorsWords(scenario: Scenario, event: string, grade: string): HTMLElement | null {
  const words = scenario.events.find((e) => e.id === event)?.grades[grade];
  return words ? prose(words, 'prose inspectors-words') : null;
}
