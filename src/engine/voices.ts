// Who speaks around the table in a quarter's briefing, and what they say: the scenario's lines (roles' `says:`) that
// hold at the start of the quarter. Pure and draw-free: the same state always gives the same voices, so they take
// nothing from the seeded generator and a game replays identically with or without them.
import { isAvailable } from './agenda';
import { envFor } from './env';
import type { GameState } from './state';
import type { RoleDef, SayingDef, Scenario } from './types';

export interface Voice {
  role: string;
  kind: SayingDef['kind'];
  text: string;
  /** disagree: the role whose view this answers. */
  with?: string;
  /** request: the decision asked for. */
  asks?: string;
}

/** At most this many members speak in a briefing (design): enough for a view, a disagreement and a request. */
export const VOICES_PER_QUARTER = 3;

// a disagreement or a request is what the briefing is for; a view tied to the moment beats a general one
const WEIGHT: Record<SayingDef['kind'], number> = { disagree: 3, request: 2, view: 0 };
const ORDER: Record<SayingDef['kind'], number> = { view: 0, disagree: 1, request: 2 };

/** The voices of the quarter `state` is in, in the order they speak: views, then disagreements, then requests. */
export function voicesOf(scenario: Scenario, state: GameState): Voice[] {
  const env = envFor(scenario, state);
  const quarter = state.quarter;
  const candidates: { role: RoleDef; index: number; line: SayingDef; weight: number }[] = [];
  scenario.roles.forEach((role, index) => {
    const holds = role.says.filter((l) => (l.when ? l.when(env) === true : true) && askable(scenario, state, l));
    // a view tied to the moment silences the member's general views; their requests and disagreements stay in turn
    const timely = holds.some((l) => l.when && l.kind === 'view');
    const pool = timely ? holds.filter((l) => l.when || l.kind !== 'view') : holds;
    if (pool.length === 0) return;
    // in turn: a member with several lines that hold says the next one each quarter
    const line = pool[(quarter - 1) % pool.length];
    candidates.push({ role, index, line, weight: WEIGHT[line.kind] + (line.when ? 1 : 0) });
  });
  const n = scenario.roles.length;
  // who gets the floor rotates with the quarter, so a quiet member is heard in time
  const turn = (index: number) => (index - quarter + n * 40) % n;
  const speakers = [...candidates].sort((a, b) => b.weight - a.weight || turn(a.index) - turn(b.index)).slice(0, VOICES_PER_QUARTER);
  speakers.sort((a, b) => ORDER[a.line.kind] - ORDER[b.line.kind] || a.index - b.index);
  return speakers.map(({ role, line }) => {
    const v: Voice = { role: role.id, kind: line.kind, text: line.text };
    if (line.with) v.with = line.with;
    if (line.asks) v.asks = line.asks;
    return v;
  });
}

/** A member does not ask for what the board cannot take up: done once, under way, resting, or its conditions unmet. */
function askable(scenario: Scenario, state: GameState, line: SayingDef): boolean {
  if (line.kind !== 'request' || !line.asks) return true;
  const d = scenario.decisions.find((x) => x.id === line.asks);
  return !!d && isAvailable(scenario, state, d);
}
