// The items of one form of the check: each a fieldset whose legend is the question, with its lines drawn above it
// (and their figures in a table for screen readers), its answers as radio buttons. Answers are kept as they are given
// and the page is not redrawn for them: the radio already shows the choice.
import type { CheckItemDef } from '../../engine/types';
import { t } from '../../i18n/messages';
import type { CheckAnswers } from '../../learning/check';
import { answerCheck } from '../../state/learning-actions';
import { h } from '../dom';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#0072b2', '#d55e00', '#009e73']; // Okabe-Ito: told apart without colour vision too (and dashed)
const DASHES = ['', '6 4', '2 3'];

export function checkItems(items: readonly CheckItemDef[], draft: CheckAnswers | undefined): HTMLElement {
  return h('ol', { class: 'check-items' }, ...items.map((it, i) => h('li', {}, itemField(it, i, items.length, draft?.[it.id]))));
}

function itemField(it: CheckItemDef, i: number, n: number, answer: string | number | undefined): HTMLElement {
  const name = `check-${it.id}`;
  const radio = (value: string | number, label: string, extra?: string) => h('label', { class: `check-choice${extra ? ` ${extra}` : ''}` },
    h('input', { type: 'radio', name, value: String(value), checked: answer === value, 'data-focus': `${name}-${value}`, onchange: () => answerCheck(it.id, value) }),
    h('span', {}, label));
  return h('fieldset', { class: 'check-item' },
    h('legend', {}, h('span', { class: 'check-number' }, t('misc.checkForm.number', { n: i + 1, total: n })), it.prompt),
    it.series.length ? seriesFigure(it) : null,
    it.choices
      ? h('div', { class: 'check-choices' }, ...it.choices.map((c) => radio(c.id, c.label)))
      : h('div', { class: 'check-scale' },
        ...range(it.scale!.from, it.scale!.to).map((p) => radio(p, p === it.scale!.from ? `${p}: ${it.scale!.low}` : p === it.scale!.to ? `${p}: ${it.scale!.high}` : String(p), 'scale-point'))));
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

/** One small chart a line, each from zero to a little above its own highest point (the lines are in different units:
 *  referrals and staff), with its first and last figures printed at its ends; and a table of every figure. */
function seriesFigure(it: CheckItemDef): HTMLElement {
  const points = Math.max(...it.series.map((s) => s.values.length));
  const charts = it.series.map((s, k) => {
    const hi = Math.max(...s.values, 0) * 1.15 || 1;
    const lo = Math.min(0, ...s.values);
    const x = (i: number) => 34 + (i / Math.max(1, points - 1)) * 172;
    const y = (v: number) => 44 - ((v - lo) / (hi - lo)) * 38;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 240 48');
    svg.setAttribute('class', 'check-chart');
    svg.setAttribute('aria-hidden', 'true');
    const base = document.createElementNS(SVG, 'line');
    base.setAttribute('x1', '34'); base.setAttribute('x2', '206'); base.setAttribute('y1', '44'); base.setAttribute('y2', '44'); base.setAttribute('class', 'check-axis');
    const p = document.createElementNS(SVG, 'polyline');
    p.setAttribute('points', s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' '));
    p.setAttribute('fill', 'none'); p.setAttribute('stroke', COLOURS[k]); p.setAttribute('stroke-width', '2.5');
    if (DASHES[k]) p.setAttribute('stroke-dasharray', DASHES[k]);
    const label = (v: number, anchor: 'end' | 'start') => {
      const text = document.createElementNS(SVG, 'text');
      text.setAttribute('x', String(anchor === 'end' ? 30 : 210)); text.setAttribute('y', String(Math.min(44, Math.max(10, y(v) + 4))));
      text.setAttribute('text-anchor', anchor); text.setAttribute('class', 'check-value');
      text.textContent = String(v);
      return text;
    };
    svg.append(base, p, label(s.values[0], 'end'), label(s.values[s.values.length - 1], 'start'));
    return h('div', { class: 'check-series' }, h('p', { class: 'check-series-label', 'aria-hidden': 'true' }, h('span', { class: `swatch swatch-${k}` }), s.label), svg);
  });
  const table = h('table', { class: 'sr-only' },
    h('caption', {}, t('misc.checkForm.caption')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('misc.checkForm.point')), ...it.series.map((s) => h('th', { scope: 'col' }, s.label)))),
    h('tbody', {}, ...range(1, points).map((i) => h('tr', {}, h('th', { scope: 'row' }, String(i)), ...it.series.map((s) => h('td', {}, s.values[i - 1] === undefined ? '' : String(s.values[i - 1])))))));
  return h('figure', { class: 'check-figure' }, ...charts, h('p', { class: 'check-axis-note', 'aria-hidden': 'true' }, t('misc.checkForm.axisNote', { n: points })), table);
}
