// The web of causes for one moment: nodes and arrows with their amounts and delays, drawn as SVG through the DOM (no
// markup strings), with the same web in sentences beside it for screen readers and print; loop codes in a footnote.
import type { Game } from '../../engine/session';
import { later, points, webOf, type CauseWeb, type WebNode } from '../../debrief/web';
import { openMoment } from '../../state/debrief-actions';
import { button, h } from '../dom';

const SVG = 'http://www.w3.org/2000/svg';
const W = 560;
const NODE_H = 46;
const GAP_Y = 14;
/** Room between columns for the arrows and their amounts. */
const GAP_X = 104;

export function webPanel(game: Game, id: string): HTMLElement {
  const web = webOf(game, id);
  if (!web) return h('p', {}, 'That moment is not in this game.');
  return h('section', { class: 'cause-web', 'aria-labelledby': 'web-heading' },
    h('h3', { id: 'web-heading', tabindex: '-1' }, web.heading),
    drawing(web),
    h('ol', { class: 'web-words' }, ...web.sentences.map((s) => h('li', {}, s))),
    web.codes.length ? h('p', { class: 'web-codes' }, `Loops in the model's notes: ${web.codes.join('; ')}.`) : null,
    button('Close', () => { openMoment(null); document.querySelector<HTMLElement>(`[data-focus="moment-${id}"]`)?.focus(); }, { class: 'link', 'data-focus': 'web-close' }));
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
  const height = rows * NODE_H + (rows - 1) * GAP_Y + 8;
  const colW = (W - (cols.length - 1) * GAP_X) / cols.length;
  const at = new Map<string, { x: number; y: number }>();
  cols.forEach((c, i) => c.forEach((n, j) => {
    const top = (height - (c.length * NODE_H + (c.length - 1) * GAP_Y)) / 2;
    at.set(n.id, { x: i * (colW + GAP_X), y: top + j * (NODE_H + GAP_Y) });
  }));
  const svg = el('svg', { viewBox: `0 0 ${W} ${height}`, class: 'web-drawing', role: 'img', 'aria-label': `Diagram: ${web.heading}. The list beside it says the same in words.` });
  const defs = el('defs', {});
  const marker = el('marker', { id: 'web-arrow', viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '4', markerHeight: '4', orient: 'auto-start-reverse' });
  marker.append(el('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'web-arrowhead' }));
  defs.append(marker);
  svg.append(defs);
  for (const e of web.edges) {
    const a = at.get(e.from); const b = at.get(e.to);
    if (!a || !b) continue;
    const x1 = a.x + colW; const y1 = a.y + NODE_H / 2; const x2 = b.x - 2; const y2 = b.y + NODE_H / 2;
    const mid = (x1 + x2) / 2;
    svg.append(el('path', { d: `M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}`, class: `web-edge ${e.amount < 0 ? 'down' : 'up'}${e.about ? ' about' : ''}`, 'marker-end': 'url(#web-arrow)' }));
    // the amount on the arrow, its delay under it: two short lines fit the gap between columns
    const label = el('text', { x: String(mid), y: String((y1 + y2) / 2 - (e.delay > 0 ? 6 : 2)), class: 'web-amount', 'text-anchor': 'middle' });
    const amount = el('tspan', { x: String(mid) });
    amount.textContent = points(e.amount, e.about);
    label.append(amount);
    if (e.delay > 0) {
      const delay = el('tspan', { x: String(mid), dy: '13', class: 'web-delay' });
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
      const t = el('text', { x: String(p.x + colW / 2), y: String(p.y + NODE_H / 2 + (i - (all.length - 1) / 2) * 14 + 4), 'text-anchor': 'middle' });
      t.textContent = line;
      g.append(t);
    });
    svg.append(g);
  }
  return svg;
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
