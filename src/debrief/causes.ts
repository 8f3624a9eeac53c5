// Causes: why a number moved. The ledger's pushes on a variable over a span of quarters are summed by what gave them
// (a decision, an answer, an event, an inspection, a causal link, the drift back to a resting level) and ranked by size.
// A link also names the loop it belongs to and, one step upstream, what moved its source: that is how a procedure
// issued in quarter 2 shows up in practice quality in quarter 6.
import { withDerived } from '../engine/env';
import { decisionById, eventById } from '../engine/lookup';
import type { Game } from '../engine/session';
import type { Model } from '../engine/types';
import { t } from '../i18n/messages';
import { labelOf, numericVariables, quartersPlayed, round, valueAt } from './common';
import { eventText } from '../engine/texts';
import { flowSource, ledger, type LedgerEntry, type SourceKind } from './ledger';
import { loopOf, type Loop } from './loops';
import { gradeName } from '../present/values';

export type CauseKind = SourceKind;

export interface Cause {
  kind: CauseKind;
  id: string;
  label: string;
  /** First quarter it landed in the span; `quarters` lists them all (a decision taken several times). */
  quarter?: number;
  quarters?: number[];
  /** Quarters between choosing and landing (later effects), or a link's time constant. */
  delayQuarters?: number;
  /** Summed push on the variable over the span, in the variable's own units. */
  contribution: number;
  loop?: Loop;
  /** For a link: what moved its source the most since the start, in the source's units, net of drift (see drivers()). */
  drivers?: Cause[];
}

export interface Explanation {
  variable: string;
  label: string;
  visibility: 'visible' | 'hidden';
  span: { from: number; to: number };
  from: number;
  to: number;
  change: number;
  causes: Cause[];
}

const ONE_OFF: CauseKind[] = ['decision', 'answer', 'event', 'inspection', 'refusal'];

/**
 * Why `variable` went from its value after quarter `from` to its value after quarter `to` (default: the whole game).
 * A derived value (the dashboard, capacity) gets no pushes of its own: explain the variables it is computed from.
 */
export function explain(game: Game, variable: string, span?: { from: number; to: number }, limit = 6): Explanation {
  const model = game.scenario.model;
  const { from, to } = span ?? { from: 0, to: quartersPlayed(game) };
  const a = valueAt(game, variable, from);
  const b = valueAt(game, variable, to);
  const mine = inSpan(game, variable, from, to);
  const causes = rank(group(game, mine), limit).map((c) => (c.kind === 'link' ? { ...c, drivers: drivers(game, c, to) } : c));
  const visibility = model.variables.find((v) => v.id === variable)?.visibility ?? 'visible';
  return { variable, label: labelOf(model, variable), visibility, span: { from, to }, from: round(a, 3), to: round(b, 3), change: round(b - a, 3), causes };
}

/** The truth variable first (it is the point of the game), then the numbers that moved most for their range. */
export function causes(game: Game, count = 5, limit = 6): Explanation[] {
  const model = game.scenario.model;
  const n = quartersPlayed(game);
  const truth = model.display.truth;
  const moved = numericVariables(model)
    .filter((v) => v.id !== truth)
    .map((v) => ({ id: v.id, size: Math.abs(valueAt(game, v.id, n) - valueAt(game, v.id, 0)) / (v.max - v.min) }))
    .filter((x) => x.size > 1e-9)
    .sort((x, y) => y.size - x.size || (x.id < y.id ? -1 : 1));
  const ids = [...(numericVariables(model).some((v) => v.id === truth) ? [truth] : []), ...moved.map((x) => x.id)].slice(0, count);
  return ids.map((id) => explain(game, id, { from: 0, to: n }, limit));
}

/** The largest single-quarter moves of the truth variable, each with the causes of that quarter. */
export function truthMoves(game: Game, count = 3, limit = 6): Explanation[] {
  const truth = game.scenario.model.display.truth;
  const n = quartersPlayed(game);
  const moves = Array.from({ length: n }, (_, i) => ({ q: i + 1, size: Math.abs(valueAt(game, truth, i + 1) - valueAt(game, truth, i)) }));
  return moves.sort((x, y) => y.size - x.size || x.q - y.q).slice(0, count).map((m) => explain(game, truth, { from: m.q - 1, to: m.q }, limit));
}

function inSpan(game: Game, variable: string, from: number, to: number): LedgerEntry[] {
  return ledger(game).entries.filter((e) => e.variable === variable && e.quarter > from && e.quarter <= to);
}

/** Sums entries by what gave them (and, for later effects, by their delay). */
function group(game: Game, entries: readonly LedgerEntry[]): Cause[] {
  const byKey = new Map<string, Cause & { landed: Set<number> }>();
  for (const e of entries) {
    const key = `${e.kind}|${e.id}|${e.delay}`;
    let c = byKey.get(key);
    if (!c) { c = { ...describe(game, e), contribution: 0, landed: new Set() }; byKey.set(key, c); }
    c.contribution += e.amount;
    c.landed.add(e.quarter);
  }
  return [...byKey.values()].map(({ landed, ...c }) => {
    if (!ONE_OFF.includes(c.kind)) return c;
    const quarters = [...landed].sort((x, y) => x - y);
    return { ...c, quarter: quarters[0], quarters };
  });
}

function rank(cs: Cause[], limit: number): Cause[] {
  return cs
    .filter((c) => Math.abs(c.contribution) >= 0.005)
    .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || (`${x.kind}|${x.id}` < `${y.kind}|${y.id}` ? -1 : 1))
    .slice(0, limit)
    .map((c) => ({ ...c, contribution: round(c.contribution, 3) }));
}

function describe(game: Game, e: LedgerEntry): Omit<Cause, 'contribution'> {
  const scenario = game.scenario;
  const model = scenario.model;
  const base = { kind: e.kind, id: e.id, delayQuarters: e.delay };
  switch (e.kind) {
    case 'decision': return { ...base, label: decisionById(scenario, e.id)?.title ?? e.id };
    case 'answer': {
      const [event, choice] = e.id.split('.');
      const ev = eventById(scenario, event);
      return { ...base, label: `${ev?.headline ?? event}: ${ev?.choices.find((c) => c.id === choice)?.label ?? choice}` };
    }
    case 'event': { const ev = eventById(scenario, e.id); return { ...base, label: ev ? eventText(ev, e.variant).headline : e.id }; }
    case 'refusal': {
      const d = decisionById(scenario, e.id);
      const role = scenario.roles.find((r) => r.id === d?.ask?.of)?.name;
      const decision = d?.title ?? e.id;
      return { ...base, label: role ? t('analysis.cause.refusal', { decision, role: `${role.charAt(0).toLowerCase()}${role.slice(1)}` }) : t('analysis.cause.refusalByPartner', { decision }) };
    }
    case 'inspection': return { ...base, label: t('analysis.cause.inspection', { grade: gradeName(scenario, e.id.split(':')[1]) }) };
    case 'drift': return { kind: e.kind, id: e.id, label: t('analysis.cause.drift', { number: labelOf(model, e.id) }) };
    case 'limit': return { kind: e.kind, id: e.id, label: t('analysis.cause.limit', { number: labelOf(model, e.id) }) };
    case 'luck': return { kind: e.kind, id: e.id, label: t('analysis.cause.luck', { number: labelOf(model, e.id).toLowerCase() }) };
    case 'link': {
      const flow = model.flows[e.flow ?? -1];
      const from = flow ? flowSource(flow)?.from : undefined;
      const to = labelOf(model, e.variable).toLowerCase();
      const loop = from ? loopOf(model.id, from, e.variable) : undefined;
      const label = from ? `${labelOf(model, from)} → ${to}` : t('analysis.cause.formula', { number: to });
      return { ...base, label, ...(loop ? { loop } : {}) };
    }
  }
}

/**
 * What moved a link's source since the start (the reference a link measures from). Each push counts for what was left
 * of it at the end of the span once the source's drift back to rest had worn it down, so the drivers of a source
 * roughly add up to how far it stood from its start. A derived source (say an administration share computed from
 * prescription and gaming) is read through its slope on each input at the start.
 */
function drivers(game: Game, link: Cause, to: number): Cause[] {
  const model = game.scenario.model;
  const from = link.id.includes('->') ? link.id.split('->')[0] : undefined;
  if (!from) return [];
  const inputs = numericVariables(model).some((v) => v.id === from) ? [{ id: from, slope: 1 }] : slopes(model, game.scenario.start, from, game.scenario.calendar.quarters);
  const parts = inputs.flatMap(({ id, slope }) => {
    const rate = model.variables.find((v) => v.id === id)?.relax?.rate ?? 0;
    return inSpan(game, id, 0, to)
      .filter((e) => e.kind !== 'drift' && e.kind !== 'limit')
      // a decision's own effects land before the quarter's drift, everything else after it
      .map((e) => ({ ...e, amount: e.amount * slope * (1 - rate) ** (to - e.quarter + (e.kind === 'decision' && e.delay === 0 ? 1 : 0)) }));
  });
  return rank(group(game, parts), 3);
}

function slopes(model: Model, start: Record<string, number | string>, derived: string, quarters: number): { id: string; slope: number }[] {
  const at = (vars: Record<string, number | string>) => withDerived(model, vars, { quarter: 0, quarters }, null)[derived] as number;
  const base = at(start);
  return numericVariables(model)
    .map((v) => ({ id: v.id, slope: at({ ...start, [v.id]: (start[v.id] as number) + 1 }) - base }))
    .filter((s) => Math.abs(s.slope) > 1e-12);
}
