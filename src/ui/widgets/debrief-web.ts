// The web of causes for one moment: nodes and arrows with their amounts and delays, drawn as SVG through the DOM (no
// markup strings), with the same web in sentences beside it for screen readers and print; loop codes in a footnote.
import type { Game } from '../../engine/session';
import { later, points, webOf, type CauseWeb, type WebEdge, type WebNode } from '../../debrief/web';
import { openMoment } from '../../state/debrief-actions';
import { button, h } from '../dom';
import { t } from '../../i18n/messages';

const SVG = 'http://www.w3.org/2000/svg';
const W = 560;
const NODE_H = 46;
const GAP_Y = 14;
/** Room between columns for the arrows and their amounts. */
const GAP_X = 104;

export function webPanel(game: Game, id: string): HTMLElement {
  const web = webOf(game, id);
  if (!web) return h('p', {}, t('debrief.web.missing'));
  return h('section', { class: 'cause-web', 'aria-labelledby': 'web-heading' },
    h('h3', { id: 'web-heading', tabindex: '-1' }, web.heading),
    drawing(web),
    h('ol', { class: 'web-words' }, ...web.sentences.map((s) => h('li', {}, s))),
    web.codes.length ? h('p', { class: 'web-codes' }, t('debrief.loopCodes', { codes: web.codes.join('; ') })) : null,
    button(t('debrief.web.close'), () => { openMoment(null); document.querySelector<HTMLElement>(`[data-focus="moment-${id}"]`)?.focus(); }, { class: 'link', 'data-focus': 'web-close' }));
}

/** Columns by distance from the truth: the truth on the right, what moved it left of it, what moved those further left. */
function columns(web: CauseWeb): WebNode[][] {
  const truth = web.nodes.find((n) => n.kind === 'truth');
  const depth = new Map<string, number>();
  if (truth) depth.set(truth.id, 0);
  for (let pass = 0; pass < web.nodes.length; pass++) {
    for (const e of web.edges) {
      const d = depth.get(e.to);
      if (d !== undefined && (depth.get(e.from) ?? -1) < d + 1) depth.set(e.from, d + 1);
    }
  }
  // a number a pin pushed that does not reach the truth stands beside those that do
  for (const n of web.nodes) if (!depth.has(n.id)) depth.set(n.id, web.edges.some((e) => e.from === n.id) ? 2 : 1);
  const most = Math.max(...depth.values());
  const cols: WebNode[][] = Array.from({ length: most + 1 }, () => []);
  for (const n of web.nodes) cols[most - depth.get(n.id)!].push(n);
  return cols.filter((c) => c.length > 0);
}

function drawing(web: CauseWeb): SVGElement {
  const cols = columns(web);
  const rows = Math.max(...cols.map((c) => c.length));
  const colOf = new Map(cols.flatMap((c, i) => c.map((n) => [n.id, i] as const)));
  // an arrow that leaps a column (a decision straight onto the truth) arcs over the others, in a band above them
  const leaps = web.edges.filter((e) => (colOf.get(e.to) ?? 0) - (colOf.get(e.from) ?? 0) > 1);
  const band = leaps.length ? 40 : 0;
  const height = band + rows * NODE_H + (rows - 1) * GAP_Y + 8;
  const colW = (W - (cols.length - 1) * GAP_X) / cols.length;
  const at = new Map<string, { x: number; y: number }>();
  cols.forEach((c, i) => c.forEach((n, j) => {
    const top = band + (height - band - (c.length * NODE_H + (c.length - 1) * GAP_Y)) / 2;
    at.set(n.id, { x: i * (colW + GAP_X), y: top + j * (NODE_H + GAP_Y) });
  }));
  const svg = el('svg', { viewBox: `0 0 ${W} ${height}`, class: 'web-drawing', role: 'img', 'aria-label': t('debrief.web.diagram', { heading: web.heading }) });
  const defs = el('defs', {});
  const marker = el('marker', { id: 'web-arrow', viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '4', markerHeight: '4', orient: 'auto-start-reverse' });
  marker.append(el('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'web-arrowhead' }));
  defs.append(marker);
  svg.append(defs);
  for (const e of web.edges) {
    const a = at.get(e.from); const b = at.get(e.to);
    if (!a || !b) continue;
    if (leaps.includes(e)) { svg.append(...leap(e, a, b, colW)); continue; }
    const x1 = a.x + colW; const y1 = a.y + NODE_H / 2; const x2 = b.x - 2; const y2 = b.y + NODE_H / 2;
    const mid = (x1 + x2) / 2;
    svg.append(el('path', { d: `M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}`, class: `web-edge ${e.amount < 0 ? 'down' : 'up'}${e.about ? ' about' : ''}`, 'marker-end': 'url(#web-arrow)' }));
    // the amount on the arrow, its delay under it: two short lines fit the gap between columns
    // on the row of the end that has only this arrow: a node with several arrows out (a decision's pushes) labels them
    // by their targets, one with one arrow out (a number into the truth) by itself, so labels never pile up
    const fanOut = web.edges.filter((x) => x.from === e.from).length > 1;
    const lx = fanOut ? x2 - Math.min(44, (x2 - x1) * 0.3) : x1 + Math.min(44, (x2 - x1) * 0.3);
    const ly = fanOut ? y2 : y1;
    const label = el('text', { x: String(lx), y: String(ly - (e.delay > 0 ? 16 : 5)), class: 'web-amount', 'text-anchor': 'middle' });
    const amount = el('tspan', { x: String(lx) });
    amount.textContent = points(e.amount, e.about);
    label.append(amount);
    if (e.delay > 0) {
      const delay = el('tspan', { x: String(lx), dy: '13', class: 'web-delay' });
      delay.textContent = later(e.delay);
      label.append(delay);
    }
    svg.append(label);
  }
  for (const c of cols) for (const n of c) {
    const p = at.get(n.id)!;
    const g = el('g', { class: `web-node ${n.kind}${n.hidden ? ' hidden-number' : ''}` });
    g.append(el('rect', { x: String(p.x), y: String(p.y), width: String(colW), height: String(NODE_H), rx: '8' }));
    wrap(n.label, Math.floor(colW / 7.2)).slice(0, 3).forEach((line, i, all) => {
      const text = el('text', { x: String(p.x + colW / 2), y: String(p.y + NODE_H / 2 + (i - (all.length - 1) / 2) * 14 + 4), 'text-anchor': 'middle' });
      text.textContent = line;
      g.append(text);
    });
    svg.append(g);
  }
  return svg;
}

/** An arrow from the top of one node over the columns between to the top of another, its label at the top of the arc. */
function leap(e: WebEdge, a: { x: number; y: number }, b: { x: number; y: number }, colW: number): SVGElement[] {
  const x1 = a.x + colW / 2; const y1 = a.y; const x2 = b.x + colW / 2; const y2 = b.y - 2;
  const top = 22;
  const path = el('path', { d: `M ${x1} ${y1} C ${x1} ${top}, ${x2} ${top}, ${x2} ${y2}`, class: `web-edge ${e.amount < 0 ? 'down' : 'up'}${e.about ? ' about' : ''}`, 'marker-end': 'url(#web-arrow)' });
  const label = el('text', { x: String((x1 + x2) / 2), y: '16', class: 'web-amount', 'text-anchor': 'middle' });
  label.textContent = `${points(e.amount, e.about)}${e.delay > 0 ? `, ${later(e.delay)}` : ''}`;
  return [path, label];
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > 3) lines[2] = `${lines[2].slice(0, Math.max(0, width - 1))}…`;
  return lines;
}

function el(name: string, attrs: Record<string, string>): SVGElement {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}
