// The cold side: the dashboard the board reviews, the pressures on it, and the budget. Visible numbers only.
import { phaseOf, reports, stateOf, type Game } from '../../engine/session';
import type { VariableDef } from '../../engine/types';
import { formatValue } from '../../present/values';
import { h } from '../dom';
import { t } from '../../i18n/messages';
import { displayed } from './variables';

export function trendOf(v: Pick<VariableDef, 'better'>, now: number, before: number | undefined): { arrow: string; words: string; tone: string } {
  if (before === undefined || Math.abs(now - before) < 0.05) return { arrow: '→', words: t('board.trend.none'), tone: 'flat' };
  const up = now > before;
  const good = v.better === undefined ? 'flat' : (up === (v.better === 'higher') ? 'good' : 'bad');
  const diff = Math.abs(now - before);
  return { arrow: up ? '↑' : '↓', words: t(up ? 'board.trend.up' : 'board.trend.down', { diff: diff >= 10 ? diff.toFixed(0) : diff.toFixed(1) }), tone: good };
}

function row(v: VariableDef, now: number | string, before: number | string | undefined): HTMLElement {
  // a change too small to show at the figure's precision is no change to the reader
  const same = before !== undefined && formatValue(v, now) === formatValue(v, before);
  const trend = typeof now === 'number' && !same ? trendOf(v, now, before as number | undefined) : { arrow: typeof now === 'number' ? '→' : '', words: typeof now === 'number' ? t('board.trend.none') : '', tone: 'flat' };
  return h('tr', {},
    h('th', { scope: 'row' }, v.label),
    h('td', { class: 'value' }, formatValue(v, now)),
    h('td', { class: `trend ${trend.tone}` }, h('span', { 'aria-hidden': 'true' }, trend.arrow), h('span', { class: 'sr-only' }, trend.words)),
  );
}

/** Between resolving a quarter and ending it, the changes are known but the board's report still shows last quarter. */
function reporting(game: Game): boolean {
  const phase = phaseOf(game);
  return phase === 'resolution' || phase === 'events';
}

export function numbersPanel(game: Game): HTMLElement {
  const s = stateOf(game);
  const model = game.scenario.model;
  const { last, before } = reports(game);
  const find = (id: string) => displayed(model, id);
  const summary = find(model.display.summary);
  const sum = last[model.display.summary] as number;
  const sumTrend = trendOf(summary, sum, before?.[model.display.summary] as number | undefined);
  const resources = model.resources.map(find);
  const grade = model.inspection ? find(model.inspection.grade) : undefined;
  return h('section', { class: 'panel numbers', 'aria-labelledby': 'numbers-heading' },
    h('h2', { id: 'numbers-heading' }, t('board.numbers.heading')),
    // the quarter's report reaches the board when the quarter ends (after the inbox, whose answers move figures too)
    reporting(game) ? h('p', { class: 'hint as-reported' }, t('board.numbers.asReported')) : null,
    h('div', { class: 'summary-figure' },
      h('span', { class: 'label' }, summary.label),
      h('span', { class: 'big' }, sum.toFixed(0)),
      h('span', { class: `trend ${sumTrend.tone}` }, h('span', { 'aria-hidden': 'true' }, sumTrend.arrow), h('span', { class: 'sr-only' }, sumTrend.words)),
    ),
    h('div', { class: 'stage-slot', id: 'stage-slot', 'aria-hidden': 'true' }),
    h('p', { class: 'slot-caption', 'aria-hidden': 'true' }, t('board.numbers.caption')),
    h('table', { class: 'indicators' }, h('caption', { class: 'sr-only' }, t('board.numbers.indicators')),
      h('tbody', {}, ...model.display.indicators.map((id) => row(find(id), last[id], before?.[id])))),
    // pressure is felt at once, not reported later: the gauges move as the quarter resolves
    h('h3', { class: 'pressures-heading' }, reporting(game) ? t('board.numbers.pressureNow') : t('board.numbers.pressure')),
    h('table', { class: 'pressures' }, h('tbody', {}, ...model.display.pressures.map((id) => reporting(game) ? row(find(id), s.vars[id], last[id]) : row(find(id), last[id], before?.[id])))),
    h('table', { class: 'resources' }, h('tbody', {},
      ...resources.map((r) => row(r, s.vars[r.id], before?.[r.id])),
      grade ? row(grade, s.vars[grade.id], undefined) : null)),
  );
}
