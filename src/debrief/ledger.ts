// The ledger: every push on every number, quarter by quarter, taken apart by what gave it. It replays the game and
// folds the records the engine's resolution returns step by step (decisions, the model step flow by flow, drift and
// range limits, later effects, the incident, events and inspections), and the board's answers, which change nothing
// but the numbers they name. `exact` says whether the pushes of every quarter add up to the changes the game recorded.
import { newGame, stateOf, step, type Game } from '../engine/session';
import type { Push, PushKind } from '../engine/pushes';
import type { Scenario } from '../engine/types';
import { numericVariables } from './common';

export { flowSource } from '../engine/flow-key';
export type SourceKind = PushKind;

export interface LedgerEntry extends Push {
  quarter: number;
  /** For an event: the text variant that arrived. */
  variant?: number;
}

export interface Ledger { entries: LedgerEntry[]; exact: boolean }

const cache = new WeakMap<Game, Ledger>();
export function ledger(game: Game): Ledger {
  let hit = cache.get(game);
  if (!hit) { hit = build(game); cache.set(game, hit); }
  return hit;
}

function build(game: Game): Ledger {
  const scenario = game.scenario;
  let g = newGame(scenario, game.seed, game.forced).game;
  const entries: LedgerEntry[] = [];
  let exact = true;
  for (const intent of game.decisions) {
    const r = step(g, intent);
    if (!r.accepted) { exact = false; break; }
    const pre = stateOf(g);
    const post = stateOf(r.game);
    g = r.game;
    const mine: LedgerEntry[] = [];
    if (intent.type === 'COMMIT') {
      for (const effect of r.effects) {
        if (effect.type !== 'resolved') continue;
        for (const s of effect.steps) for (const p of s.pushes) mine.push({ ...p, quarter: effect.quarter, ...variantOf(post.log, p, effect.quarter) });
      }
    } else if (intent.type === 'ANSWER') {
      const id = `${intent.event}.${intent.choice}`;
      diff(scenario, pre.vars, post.vars, (variable, amount) => mine.push({ quarter: pre.quarter, variable, kind: 'answer', id, amount, delay: 0 }));
    }
    exact = addsUp(scenario, pre.vars, post.vars, mine) && exact;
    entries.push(...mine);
  }
  return { entries, exact };
}

function variantOf(log: ReturnType<typeof stateOf>['log'], p: Push, quarter: number): { variant?: number } {
  if (p.kind !== 'event') return {};
  const v = log.find((e) => e.quarter === quarter && e.id === p.id && (e.kind === 'event' || e.kind === 'incident'))?.variant;
  return v === undefined ? {} : { variant: v };
}

function diff(scenario: Scenario, before: Record<string, number | string>, after: Record<string, number | string>, add: (variable: string, amount: number) => void): void {
  for (const v of numericVariables(scenario.model)) {
    if (after[v.id] !== before[v.id]) add(v.id, (after[v.id] as number) - (before[v.id] as number));
  }
}

/** True when, for every number, the pushes of a step add up to how far it moved. */
function addsUp(scenario: Scenario, before: Record<string, number | string>, after: Record<string, number | string>, pushes: readonly LedgerEntry[]): boolean {
  const sum: Record<string, number> = {};
  for (const p of pushes) sum[p.variable] = (sum[p.variable] ?? 0) + p.amount;
  return numericVariables(scenario.model).every((v) => {
    const moved = (after[v.id] as number) - (before[v.id] as number);
    return Math.abs(moved - (sum[v.id] ?? 0)) <= 1e-9 * Math.max(1, Math.abs(moved));
  });
}
