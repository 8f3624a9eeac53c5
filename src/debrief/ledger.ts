// The ledger: every push on every number, quarter by quarter, taken apart by what gave it. It replays the game and
// re-resolves each quarter in the engine's own order (decisions, the model step flow by flow, drift and range limits,
// later effects, events and inspections; then the board's answers), with the engine's own functions, so the pushes on
// a variable add up exactly to its change. `exact` says whether every re-resolved quarter matched the engine's state.
import { applyEffects } from '../engine/apply-effects';
import { makeEnv, withDerived } from '../engine/env';
import { decisionById, eventById } from '../engine/lookup';
import { advanceModel, startValues } from '../engine/model-step';
import { newGame, stateOf, step, type Game } from '../engine/session';
import type { GameState } from '../engine/state';
import type { EffectMap, FlowDef, Scenario } from '../engine/types';
import { numericVariables } from './common';

export type SourceKind = 'decision' | 'answer' | 'event' | 'inspection' | 'link' | 'drift' | 'limit';

export interface LedgerEntry {
  quarter: number;
  variable: string;
  kind: SourceKind;
  /** decision id, "event.choice", event id, "event:grade", "from->to" for a link, the variable for drift and limit */
  id: string;
  amount: number;
  /** Quarters between the choice and the landing for later effects; a link's time constant. */
  delay: number;
  /** For a link: its index in model.flows. */
  flow?: number;
}

export interface Ledger { entries: LedgerEntry[]; exact: boolean }

interface Pending { quarter: number; kind: 'decision' | 'answer'; id: string; delay: number; effects: EffectMap }

/** "from->to" for a link (compiled with the label "from sign to"); the label itself for a formula flow. */
export function flowKey(flow: FlowDef): { key: string; from?: string } {
  const m = /^([a-z][a-z0-9_]*) [+-] ([a-z][a-z0-9_]*)$/.exec(flow.label);
  return m ? { key: `${m[1]}->${m[2]}`, from: m[1] } : { key: flow.label };
}

const cache = new WeakMap<Game, Ledger>();
export function ledger(game: Game): Ledger {
  let hit = cache.get(game);
  if (!hit) { hit = build(game); cache.set(game, hit); }
  return hit;
}

function build(game: Game): Ledger {
  const scenario = game.scenario;
  let g = newGame(scenario, game.seed, game.forced).game;
  const start = g.snap.context.start;
  const pending: Pending[] = [];
  const entries: LedgerEntry[] = [];
  let exact = true;
  for (const intent of game.decisions) {
    const r = step(g, intent);
    if (!r.accepted) { exact = false; break; }
    const pre = stateOf(g);
    const post = stateOf(r.game);
    g = r.game;
    if (intent.type === 'COMMIT') exact = resolution(scenario, pre, post, start, pending, entries) && exact;
    if (intent.type === 'ANSWER') {
      const id = `${intent.event}.${intent.choice}`;
      diff(scenario, pre.vars, post.vars, (variable, amount) => entries.push({ quarter: pre.quarter, variable, kind: 'answer', id, amount, delay: 0 }));
      const choice = eventById(scenario, intent.event)?.choices.find((c) => c.id === intent.choice);
      for (const l of choice?.later ?? []) pending.push({ quarter: pre.quarter + l.after, kind: 'answer', id, delay: l.after, effects: l.effects });
    }
  }
  return { entries, exact };
}

function diff(scenario: Scenario, before: Record<string, number | string>, after: Record<string, number | string>, add: (variable: string, amount: number) => void): void {
  for (const v of numericVariables(scenario.model)) {
    if (after[v.id] !== before[v.id]) add(v.id, (after[v.id] as number) - (before[v.id] as number));
  }
}

/** Re-resolves one quarter from the state before COMMIT; true when it lands on the engine's numbers. */
function resolution(scenario: Scenario, pre: GameState, post: GameState, start: Record<string, number | string>, pending: Pending[], entries: LedgerEntry[]): boolean {
  const model = scenario.model;
  const q = pre.quarter;
  const work: GameState = { ...pre, log: [...pre.log], last: { ...pre.last }, counts: { ...pre.counts }, lastShock: { ...pre.lastShock }, agenda: [] };
  let vars = { ...pre.vars };
  const measured = (kind: SourceKind, id: string, delay: number, apply: () => void) => {
    const before = { ...vars };
    apply();
    diff(scenario, before, vars, (variable, amount) => entries.push({ quarter: q, variable, kind, id, amount, delay }));
  };

  for (const id of pre.agenda) {
    const d = decisionById(scenario, id);
    if (!d) continue;
    measured('decision', id, 0, () => applyEffects(model, work, vars, d.effects));
    for (const l of d.later) pending.push({ quarter: q + l.after, kind: 'decision', id, delay: l.after, effects: l.effects });
    // chose()/count() may be read by formula flows, so the decision is marked as the engine marks it
    work.log.push({ quarter: q, kind: 'decision', id });
    work.last[id] = q;
    work.counts[id] = (work.counts[id] ?? 0) + 1;
  }

  // the model step: the engine computes it; each flow's push is read back the way the engine formed it
  const stepped = advanceModel(scenario, { ...work, vars }, start);
  const env = makeEnv(withDerived(model, vars, { quarter: q, quarters: scenario.calendar.quarters }, work), work);
  const startAll = startValues(scenario, start);
  const push: Record<string, number> = {};
  model.flows.forEach((f, i) => {
    const stages = stepped.delays[i];
    const amount = f.gain * (f.delay > 0 ? stages[stages.length - 1] : f.input(env, startAll));
    push[f.to] = (push[f.to] ?? 0) + amount;
    if (amount !== 0) entries.push({ quarter: q, variable: f.to, kind: 'link', id: flowKey(f).key, amount, delay: f.delay, flow: i });
  });
  for (const v of numericVariables(model)) {
    const x0 = vars[v.id] as number;
    const relax = v.relax ? v.relax.rate * (v.relax.toward - x0) : 0;
    if (relax !== 0) entries.push({ quarter: q, variable: v.id, kind: 'drift', id: v.id, amount: relax, delay: 0 });
    const limit = (stepped.vars[v.id] as number) - (x0 + ((push[v.id] ?? 0) + relax));
    if (limit !== 0) entries.push({ quarter: q, variable: v.id, kind: 'limit', id: v.id, amount: limit, delay: 0 });
  }
  vars = { ...stepped.vars };

  for (let i = 0; i < pending.length;) {
    const p = pending[i];
    if (p.quarter !== q) { i++; continue; }
    pending.splice(i, 1);
    measured(p.kind, p.id, p.delay, () => applyEffects(model, work, vars, p.effects));
  }

  // events and inspections fired this quarter, in the order the engine logged them (the order matters for cascades)
  for (const entry of post.log.slice(pre.log.length)) {
    if (entry.kind === 'event' || entry.kind === 'incident') {
      const e = eventById(scenario, entry.id);
      if (e) measured('event', e.id, 0, () => applyEffects(model, work, vars, e.effects, true));
    } else if (entry.kind === 'inspection' && model.inspection && entry.detail) {
      const ins = model.inspection;
      const grade = entry.detail;
      measured('inspection', `${entry.id}:${grade}`, 0, () => applyEffects(model, work, vars, { [ins.grade]: { set: grade }, ...ins.outcomes[grade] }));
    }
  }

  const sameVars = Object.keys(post.vars).every((k) => post.vars[k] === vars[k]);
  const sameDelays = JSON.stringify(post.delays) === JSON.stringify(stepped.delays);
  return sameVars && sameDelays;
}
