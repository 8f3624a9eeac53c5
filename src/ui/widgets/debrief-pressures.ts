// The pressures on the board over the game, as a chart as wide as the reveal's and a table: shown once the fog lifts.
import type { Game } from '../../engine/session';
import { reveal } from '../../debrief/reveal';
import { h } from '../dom';
import { t } from '../../i18n/messages';

export function pressuresPart(game: Game): HTMLElement {
  const r = reveal(game);
  return h('div', { class: 'pressures' },
    h('h3', {}, t('debrief.pressures.heading')),
    pressureChart(r.pressures),
    h('details', { class: 'table-alt' }, h('summary', { 'data-focus': 'pressure-table' }, t('debrief.pressures.show')),
      h('table', { class: 'reveal-table' }, h('caption', {}, t('debrief.pressures.caption')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('debrief.quarter')), ...r.pressures.map((p) => h('th', { scope: 'col' }, p.label)))),
        h('tbody', {}, ...r.points.map((_, q) => h('tr', {}, h('th', { scope: 'row' }, String(q)), ...r.pressures.map((p) => h('td', {}, (p.values[q] ?? 0).toFixed(0)))))))));
}

const SVG = 'http://www.w3.org/2000/svg';
const STROKES = ['#e69f00', '#d55e00', '#0072b2'];
const DASHES = ['', '6 4', '2 3'];

/** A small line chart as SVG built through the DOM (no markup strings); lines differ in dash as well as colour. The SVG
 *  stretches to the page's width at a fixed height, and its scale and key are page text, so they stay legible on a
 *  phone instead of shrinking with the drawing. */
function pressureChart(series: { label: string; values: number[] }[]): HTMLElement {
  const w = 600; const ht = 160; const n = Math.max(1, (series[0]?.values.length ?? 1) - 1);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} ${ht}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('class', 'pressure-chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('debrief.pressures.chart', { series: series.map((s) => s.label).join(', ') }));
  const line = (x1: number, y1: number, x2: number, y2: number, cls: string) => {
    const l = document.createElementNS(SVG, 'line');
    for (const [k, v] of Object.entries({ x1, y1, x2, y2 })) l.setAttribute(k, String(v));
    l.setAttribute('class', cls);
    svg.append(l);
  };
  for (const v of [0, 50, 100]) line(0, ht - (v / 100) * ht, w, ht - (v / 100) * ht, 'grid');
  series.forEach((s, i) => {
    const p = document.createElementNS(SVG, 'polyline');
    p.setAttribute('points', s.values.map((v, q) => `${((q / n) * w).toFixed(1)},${(ht - (v / 100) * ht).toFixed(1)}`).join(' '));
    p.setAttribute('fill', 'none');
    p.setAttribute('stroke', STROKES[i % 3]);
    svg.append(p);
    if (DASHES[i % 3]) p.setAttribute('stroke-dasharray', DASHES[i % 3]);
  });
  const swatch = (i: number) => {
    const k = document.createElementNS(SVG, 'svg');
    k.setAttribute('viewBox', '0 0 24 6'); k.setAttribute('class', 'swatch');
    const l = document.createElementNS(SVG, 'line');
    for (const [a, v] of Object.entries({ x1: 0, y1: 3, x2: 24, y2: 3, stroke: STROKES[i % 3] })) l.setAttribute(a, String(v));
    if (DASHES[i % 3]) l.setAttribute('stroke-dasharray', DASHES[i % 3]);
    k.append(l);
    return k;
  };
  return h('figure', { class: 'pressure-figure' },
    h('div', { class: 'pressure-plot' }, h('div', { class: 'pressure-scale', 'aria-hidden': 'true' }, h('span', {}, '100'), h('span', {}, '50'), h('span', {}, '0')), svg),
    h('figcaption', { class: 'legend', 'aria-hidden': 'true' }, ...series.map((s, i) => h('span', {}, swatch(i), s.label))));
}
