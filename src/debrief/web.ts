// The web of causes: why the hidden truth moved, asked of a moment on the reveal's chart, in plain words and as a
// small graph of nodes and arrows with their delays (Democracy's web, cut to what one moment touched).
// - A quarter: the truth's change that quarter taken apart by the ledger (exact: the parts add up to the change), each
//   causal link traced one step upstream to what had moved its source.
// - A pin (a decision, an answer, an incident, an inspection): what it pushed, by how much and when it landed (exact),
//   and for each number it pushed that reaches the truth, about how much of that number's later pull came from it.
// - A story: what the account said and how the truth stood when it was told.
import type { Game } from '../engine/session';
import { t } from '../i18n/messages';
import { quarterLabel } from '../present/calendar';
import { explain, type Cause } from './causes';
import { labelOf, quartersPlayed, valueAt } from './common';
import { ledger, type LedgerEntry } from './ledger';
import { loopOf, type Loop } from './loops';
import { momentById, type Moment } from './moments';

export type WebNodeKind = 'moment' | 'number' | 'truth' | 'settling' | 'chance' | 'other';
export interface WebNode { id: string; label: string; kind: WebNodeKind; hidden: boolean }
export interface WebEdge {
  from: string;
  to: string;
  /** In the target's units; `about` when it is an estimate rather than the ledger's own figure. */
  amount: number;
  about: boolean;
  /** Quarters between cause and effect: a decision's landing, or a link's delay. */
  delay: number;
  loop?: Loop;
}
export interface CauseWeb {
  moment: string;
  heading: string;
  /** The truth's change the web explains, when it explains one. */
  change?: { label: string; from: number; to: number; by: number };
  nodes: WebNode[];
  edges: WebEdge[];
  /** The web in words, one sentence a strand: the text alternative and what the print carries. */
  sentences: string[];
  /** Model codes of the loops named above, for the footnote. */
  codes: string[];
}

/** Parts smaller than this (in points) are summed as "other small pushes": the web names what a person would notice. */
const NOTICEABLE = 0.5;

export function quarterMomentId(quarter: number): string {
  return `quarter:${quarter}`;
}

export function webOf(game: Game, id: string): CauseWeb | null {
  const q = /^quarter:(\d+)$/.exec(id);
  if (q) return quarterWeb(game, Number(q[1]));
  const m = momentById(game, id);
  if (!m) return null;
  return m.kind === 'story' ? storyWeb(game, m) : pinWeb(game, m);
}

/** "+4", "−1.5", "about −3": rounded for people. */
export function points(x: number, about = false): string {
  const a = Math.abs(x);
  const r = a >= 10 ? Math.round(a) : a >= 0.1 ? Math.round(a * 10) / 10 : Math.round(a * 100) / 100;
  return t('analysis.web.points', { about: about ? 'yes' : 'no', sign: x < 0 ? '−' : '+', n: String(r) });
}

/** "at once", "a quarter later", "three quarters later": up to ten in words, then in figures. */
export function later(delay: number): string {
  if (delay <= 0) return t('analysis.web.atOnce');
  return t('analysis.web.later', { n: delay, count: String(delay) });
}

/** A loop for the footnote: its model code and its name ("R1 defensive practice"). */
function loopCode(loop: Loop): string {
  return t('analysis.loop.code', { code: loop.id, name: loop.name });
}

/** "about one quarter", "about three quarters": how long a link takes, up to ten in words. */
function aboutQuarters(n: number): string {
  return t('analysis.web.aboutQuarters', { n, count: String(n) });
}

function truthNode(game: Game): WebNode {
  const id = game.scenario.model.display.truth;
  return { id, label: labelOf(game.scenario.model, id), kind: 'truth', hidden: true };
}

function numberNode(game: Game, id: string): WebNode {
  const model = game.scenario.model;
  const v = model.variables.find((x) => x.id === id);
  return { id, label: labelOf(model, id), kind: id === model.display.truth ? 'truth' : 'number', hidden: v?.visibility === 'hidden' };
}

function quarterWeb(game: Game, quarter: number): CauseWeb | null {
  const sc = game.scenario;
  const truth = sc.model.display.truth;
  if (quarter < 1 || quarter > quartersPlayed(game)) return null;
  const x = explain(game, truth, { from: quarter - 1, to: quarter }, Number.POSITIVE_INFINITY);
  const tn = truthNode(game);
  const nodes = new Map<string, WebNode>([[tn.id, tn]]);
  const edges: WebEdge[] = [];
  const sentences: string[] = [];
  const codes = new Set<string>();
  let small = 0;
  for (const c of x.causes) {
    if (Math.abs(c.contribution) < NOTICEABLE || c.kind === 'limit') { small += c.contribution; continue; }
    const node = causeNode(game, c);
    nodes.set(node.id, node);
    edges.push({ from: node.id, to: tn.id, amount: c.contribution, about: false, delay: c.kind === 'link' ? c.delayQuarters ?? 0 : 0, ...(c.loop ? { loop: c.loop } : {}) });
    if (c.loop) codes.add(loopCode(c.loop));
    sentences.push(causeSentence(game, c, tn.label));
    for (const d of c.drivers ?? []) {
      if (Math.abs(d.contribution) < NOTICEABLE / 2) continue;
      const dn = causeNode(game, d);
      nodes.set(dn.id, dn);
      edges.push({ from: dn.id, to: node.id, amount: d.contribution, about: true, delay: d.delayQuarters ?? 0 });
    }
  }
  // what the ranking left out (tiny parts) and any rounding: the parts add up to the change, always
  small += x.change - x.causes.reduce((n, c) => n + c.contribution, 0);
  if (Math.abs(small) >= 0.005) {
    nodes.set('other', { id: 'other', label: t('analysis.web.node.other'), kind: 'other', hidden: true });
    edges.push({ from: 'other', to: tn.id, amount: small, about: false, delay: 0 });
    sentences.push(t('analysis.web.sentence.other', { amount: points(small) }));
  }
  const period = quarterLabel(sc, quarter);
  const headline = t('analysis.web.quarter.headline', { truth: tn.label, from: x.from.toFixed(0), to: x.to.toFixed(0), period, change: points(x.change) });
  const heading = t('analysis.web.quarter.heading', { truth: tn.label.toLowerCase(), period });
  return { moment: quarterMomentId(quarter), heading, change: { label: tn.label, from: x.from, to: x.to, by: x.change }, nodes: [...nodes.values()], edges, sentences: [headline, ...sentences], codes: [...codes] };
}

function causeNode(game: Game, c: Cause): WebNode {
  const model = game.scenario.model;
  switch (c.kind) {
    case 'link': {
      const from = c.id.split('->')[0];
      return numberNode(game, from);
    }
    case 'drift': return { id: 'settling', label: t('analysis.web.node.settling'), kind: 'settling', hidden: true };
    case 'luck': return { id: 'chance', label: t('analysis.web.node.chance'), kind: 'chance', hidden: true };
    case 'decision': case 'answer': case 'event': case 'inspection': case 'refusal': {
      const when = c.quarter ? ` (${quarterLabel(game.scenario, c.quarter - (c.delayQuarters ?? 0))})` : '';
      return { id: `${c.kind}:${c.id}`, label: `${c.label}${when}`, kind: 'moment', hidden: false };
    }
    default: return { id: `${c.kind}:${c.id}`, label: c.label || labelOf(model, c.id), kind: 'other', hidden: true };
  }
}

function causeSentence(game: Game, c: Cause, truthLabel: string): string {
  const amount = points(c.contribution);
  const sc = game.scenario;
  switch (c.kind) {
    case 'link': {
      const from = labelOf(sc.model, c.id.split('->')[0]);
      const drivers = (c.drivers ?? []).filter((d) => Math.abs(d.contribution) >= NOTICEABLE / 2).map((d) => `${driverLabel(game, d)} (${points(d.contribution, true)})`);
      const through = t('analysis.web.sentence.link', {
        amount, from: from.toLowerCase(), truth: truthLabel.toLowerCase(),
        hasDelay: c.delayQuarters ? 'yes' : 'no', duration: c.delayQuarters ? aboutQuarters(c.delayQuarters) : '',
        hasLoop: c.loop ? 'yes' : 'no', loop: c.loop?.plain ?? '',
      });
      return drivers.length ? `${through} ${t('analysis.web.sentence.linkDrivers', { from, drivers: drivers.join(', ') })}` : through; // i18n-exempt: two whole sentences, one after the other
    }
    case 'drift': return t('analysis.web.sentence.drift', { amount });
    case 'luck': return t('analysis.web.sentence.luck', { amount });
    default: return t('analysis.web.sentence.cause', { amount, cause: driverLabel(game, c), landing: c.delayQuarters ? 'yes' : 'no', later: c.delayQuarters ? later(c.delayQuarters) : '' });
  }
}

function driverLabel(game: Game, c: Cause): string {
  if (c.kind === 'decision' && c.quarter) return t('analysis.web.driver.agreed', { decision: c.label, period: quarterLabel(game.scenario, c.quarter - (c.delayQuarters ?? 0)) });
  if (c.kind === 'link') return c.label.toLowerCase();
  if (c.kind === 'drift') return `${c.label.toLowerCase()}`;
  return c.label;
}

/** Which ledger entries a pin gave: its own kind and id, from its own quarter. */
function entriesOf(game: Game, m: Moment): LedgerEntry[] {
  const kind = m.kind === 'incident' ? 'event' : m.kind;
  return ledger(game).entries.filter((e) => e.kind === kind && e.id === m.source && (m.kind === 'answer' || e.quarter - e.delay === m.quarter));
}

function pinWeb(game: Game, m: Moment): CauseWeb {
  const sc = game.scenario;
  const model = sc.model;
  const truth = model.display.truth;
  const mine = entriesOf(game, m);
  const pin: WebNode = { id: m.id, label: `${m.label} (${m.period})`, kind: 'moment', hidden: false };
  const tn = truthNode(game);
  const nodes = new Map<string, WebNode>([[pin.id, pin]]);
  const edges: WebEdge[] = [];
  const sentences: string[] = [];
  const codes = new Set<string>();
  // what it pushed, summed by number, from when it first landed to when it last did
  const pushed = new Map<string, { variable: string; amount: number; first: number; last: number; landed: number }>();
  for (const e of mine) {
    const p = pushed.get(e.variable) ?? { variable: e.variable, amount: 0, first: e.delay, last: e.delay, landed: e.quarter };
    p.amount += e.amount;
    p.first = Math.min(p.first, e.delay);
    p.last = Math.max(p.last, e.delay);
    p.landed = Math.min(p.landed, e.quarter);
    pushed.set(e.variable, p);
  }
  const direct = [...pushed.values()].filter((p) => Math.abs(p.amount) >= 0.05).sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
  if (direct.length === 0) sentences.push(t('analysis.web.sentence.none', { moment: m.label, period: m.period }));
  for (const p of direct) {
    const n = numberNode(game, p.variable);
    nodes.set(n.id, n);
    edges.push({ from: pin.id, to: n.id, amount: p.amount, about: false, delay: p.first });
    const when = p.first === p.last ? later(p.first) : t('analysis.web.fromTo', { first: p.first === 1 ? t('analysis.web.nextQuarter') : later(p.first), last: later(p.last) });
    sentences.push(t('analysis.web.sentence.pushed', { number: n.label, amount: points(p.amount), when, hidden: n.hidden ? 'yes' : 'no' }));
  }
  // onward to the truth: each pushed number's later pull on it, and about how much of that came from this push
  for (const p of direct) {
    if (p.variable === truth) continue;
    const key = `${p.variable}->${truth}`;
    const pull = ledger(game).entries.filter((e) => e.kind === 'link' && e.id === key && e.quarter > p.landed);
    if (pull.length === 0) continue;
    const share = shareOf(game, p.variable, mine.filter((e) => e.variable === p.variable), pull);
    if (Math.abs(share.amount) < 0.05) continue;
    nodes.set(tn.id, tn);
    const loop = loopOf(model.id, p.variable, truth);
    if (loop) codes.add(loopCode(loop));
    edges.push({ from: p.variable, to: tn.id, amount: share.amount, about: true, delay: share.delay, ...(loop ? { loop } : {}) });
    const from = labelOf(model, p.variable).toLowerCase();
    sentences.push(t('analysis.web.sentence.onward', {
      from, truth: tn.label.toLowerCase(), amount: points(share.amount, true), later: later(share.delay), hasLoop: loop ? 'yes' : 'no', loop: loop?.plain ?? '',
    }));
  }
  const heading = t('analysis.web.pin.heading', { kind: m.kind, period: m.period });
  return { moment: m.id, heading, nodes: [...nodes.values()], edges, sentences, codes: [...codes] };
}

/**
 * About how much of a link's pull on the truth came from one push on its source: the push wears off as the source
 * settles back (its own relaxation rate), and each quarter's pull is shared in proportion to how much of the source's
 * distance from its start the push still made up. An estimate, said as one ("about"); the quarter's web is exact.
 */
function shareOf(game: Game, variable: string, pushes: readonly LedgerEntry[], pull: readonly LedgerEntry[]): { amount: number; delay: number } {
  const model = game.scenario.model;
  const rate = model.variables.find((v) => v.id === variable)?.relax?.rate ?? 0;
  const start = valueAt(game, variable, 0);
  const first = Math.min(...pushes.map((e) => e.quarter));
  let total = 0;
  let peak = { at: first, size: 0 };
  for (const e of pull) {
    // what is left of the pushes that had landed by the quarter before this pull
    const left = pushes.filter((p) => p.quarter < e.quarter).reduce((n, p) => n + p.amount * (1 - rate) ** (e.quarter - 1 - p.quarter), 0);
    const gap = valueAt(game, variable, e.quarter - 1) - start;
    const part = gap === 0 || Math.sign(gap) !== Math.sign(left) ? 0 : Math.min(1, Math.abs(left / gap));
    const got = e.amount * part;
    total += got;
    if (Math.abs(got) > peak.size) peak = { at: e.quarter, size: Math.abs(got) };
  }
  return { amount: total, delay: peak.at - first };
}

function storyWeb(game: Game, m: Moment): CauseWeb {
  const sc = game.scenario;
  const truth = sc.model.display.truth;
  const tn = truthNode(game);
  const pin: WebNode = { id: m.id, label: t('analysis.web.story.pin', { period: m.period }), kind: 'moment', hidden: false };
  const level = valueAt(game, truth, m.quarter);
  return {
    moment: m.id,
    heading: t('analysis.web.story.heading', { period: m.period }),
    nodes: [tn, pin],
    edges: [{ from: tn.id, to: pin.id, amount: 0, about: false, delay: 0 }],
    sentences: [m.label, t('analysis.web.story.level', { truth: tn.label.toLowerCase(), level: String(Math.round(level)) })],
    codes: [],
  };
}
