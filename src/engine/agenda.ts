// Which decisions the board can put on its agenda this quarter, and if not, why not (in the player's words); and the
// one rule for what a quarter's agenda opens with (the demands the board accepted) and for what counts as done.
import { decisionById } from './lookup';
import { envFor } from './env';
import { inWords, refusalText, type Refusal } from './refusal';
import type { GameState, LogEntry } from './state';
import type { DecisionDef, Scenario } from './types';

export function slotsFree(scenario: Scenario, state: GameState): number {
  const busy = state.busy.filter((b) => b.until >= state.quarter).reduce((n, b) => n + (decisionById(scenario, b.id)?.cost.slots ?? 1), 0);
  const used = state.agenda.reduce((n, id) => n + (decisionById(scenario, id)?.cost.slots ?? 1), 0);
  return scenario.calendar.slots - busy - used;
}

/** What this quarter's agenda costs of a resource, with what past commitments have already spoken for. */
export function spent(scenario: Scenario, state: GameState, resource: string): number {
  return state.agenda.reduce((n, id) => n + (decisionById(scenario, id)?.cost.resources[resource] ?? 0), 0) + committed(state, resource);
}

/** Resources bound by past decisions this quarter (a commitment runs for the quarters after it was made). */
export function committed(state: GameState, resource: string): number {
  return state.binds.reduce((n, b) => n + (b.until >= state.quarter ? b.resources[resource] ?? 0 : 0), 0);
}

/**
 * How often the board has really done a decision, and the last quarter it did: a request a partner turned down was
 * not done, so it counts for none of `once`, `cooldown` and `fade`, and the board can ask again. (chose(), count() and
 * quartersSince() still read every time the board put it on the agenda.)
 */
export function done(state: GameState, d: DecisionDef): { times: number; last: number | undefined } {
  const times = state.counts[d.id] ?? 0;
  // only a request can be turned down; other decisions need no look at the log
  if (!d.ask || times === 0) return { times, last: state.last[d.id] };
  return landedOf(state.log).get(d.id) ?? { times: 0, last: undefined };
}

interface Landed { read: number; byId: Map<string, { times: number; last: number | undefined }> }
// A log only ever grows (each quarter's resolution copies it, then appends): what has landed is read once per entry,
// not once per question, for the agenda asks done() of every request many times a quarter.
const landedCache = new WeakMap<readonly LogEntry[], Landed>();
function landedOf(log: readonly LogEntry[]): Landed['byId'] {
  let seen = landedCache.get(log);
  if (!seen) { seen = { read: 0, byId: new Map() }; landedCache.set(log, seen); }
  for (; seen.read < log.length; seen.read++) {
    const e = log[seen.read];
    if (e.kind !== 'decision' || e.detail === 'refused') continue;
    const was = seen.byId.get(e.id);
    seen.byId.set(e.id, { times: (was?.times ?? 0) + 1, last: e.quarter });
  }
  return seen.byId;
}

/** Null when a decision can come off the agenda; otherwise why not. */
export function removalRefusal(state: GameState, id: string): Refusal | null {
  if (!state.agenda.includes(id)) return { code: 'notOnAgenda', id };
  if (state.required.includes(id)) return { code: 'demanded' };
  return null;
}

/** Null when the decision can be chosen now; otherwise the reason. */
export function choiceRefusal(scenario: Scenario, state: GameState, id: string): Refusal | null {
  const d = decisionById(scenario, id);
  if (!d) return { code: 'unknownDecision', id };
  if (state.agenda.includes(id)) return { code: 'onAgenda' };
  return unavailableBecause(scenario, state, d) ?? unaffordableBecause(scenario, state, d);
}

/** Reasons that do not depend on what else is on the agenda. */
export function unavailableBecause(scenario: Scenario, state: GameState, d: DecisionDef): Refusal | null {
  const closed = whyClosed(state, d);
  if (closed) return closed;
  if (d.requires && d.requires(envFor(scenario, state)) !== true) return d.unavailable === undefined ? { code: 'conditions' } : { code: 'conditions', text: d.unavailable };
  return null;
}

/** unavailableBecause(...) === null, without putting the reason together: a bot weighs every decision every quarter. */
export function isAvailable(scenario: Scenario, state: GameState, d: DecisionDef): boolean {
  return closedBy(state, d) === null && (!d.requires || d.requires(envFor(scenario, state)) === true);
}

type Closed = { by: 'under way' } | { by: 'done once' } | { by: 'recently'; wait: number };

/** What keeps a decision off the agenda whoever asks for it, the board or a demand: under way, done once, done recently. */
function closedBy(state: GameState, d: DecisionDef): Closed | null {
  if (state.busy.some((b) => b.id === d.id && b.until >= state.quarter)) return { by: 'under way' };
  const { times, last } = done(state, d);
  if (d.once && times > 0) return { by: 'done once' };
  if (d.cooldown > 0 && last !== undefined && state.quarter - last <= d.cooldown) return { by: 'recently', wait: d.cooldown - (state.quarter - last) + 1 };
  return null;
}

function whyClosed(state: GameState, d: DecisionDef): Refusal | null {
  const closed = closedBy(state, d);
  if (!closed) return null;
  if (closed.by === 'under way') return { code: 'underWay' };
  if (closed.by === 'done once') return { code: 'doneOnce' };
  return { code: 'recently', wait: closed.wait };
}

export function unaffordableBecause(scenario: Scenario, state: GameState, d: DecisionDef): Refusal | null {
  const room = roomLeft(scenario, state);
  if (room.slots < d.cost.slots) return { code: 'agendaFull' };
  for (const r in d.cost.resources) {
    const amount = d.cost.resources[r];
    const left = room.left(r);
    if (amount > left + 1e-9) {
      const label = scenario.model.variables.find((v) => v.id === r)?.label ?? r;
      return { code: 'resource', label, cost: amount, left: Math.max(0, Math.floor(left)) };
    }
  }
  return null;
}

// the same questions answered in English, for the command line, the logs and the saves
export const whyNotRemove = (state: GameState, id: string): string | null => inWords(removalRefusal(state, id));
export const whyNotChoose = (scenario: Scenario, state: GameState, id: string): string | null => inWords(choiceRefusal(scenario, state, id));
export const whyUnavailable = (scenario: Scenario, state: GameState, d: DecisionDef): string | null => inWords(unavailableBecause(scenario, state, d));
export const whyUnaffordable = (scenario: Scenario, state: GameState, d: DecisionDef): string | null => inWords(unaffordableBecause(scenario, state, d));

/**
 * What the agenda has left this quarter: slots, and of each resource what is not yet spent or bound. Worked out once
 * for a bot weighing every decision against the same agenda; whyUnaffordable reads the same figures.
 */
export function roomLeft(scenario: Scenario, state: GameState): { slots: number; left: (resource: string) => number; fits: (d: DecisionDef) => boolean } {
  const slots = slotsFree(scenario, state);
  const known: Record<string, number> = {};
  const left = (r: string) => (known[r] ??= (state.vars[r] as number) - spent(scenario, state, r));
  const fits = (d: DecisionDef) => {
    if (slots < d.cost.slots) return false;
    for (const r in d.cost.resources) if (d.cost.resources[r] > left(r) + 1e-9) return false;
    return true;
  };
  return { slots, left, fits };
}

/** A demand the agenda could not take: `reason` in English, `refusal` for the interface to say in the player's language. */
export interface UnmetDemand { id: string; reason: string; refusal: Refusal }

/**
 * The demands the board accepted last quarter, met or not. A demand puts its decision on the agenda as if the board
 * had chosen it, `requires` apart (the demand is the reason): not when it is closed (done once, under way, done
 * recently), and not beyond the slots and resources left after the demands before it. The agenda opens with the met
 * ones, which cannot be removed; an unmet one stays off, and the agenda says why rather than overspending.
 */
export function demands(scenario: Scenario, state: GameState): { met: string[]; unmet: UnmetDemand[] } {
  const met: string[] = [];
  const unmet: UnmetDemand[] = [];
  for (const id of state.required) {
    const d = decisionById(scenario, id);
    if (!d) continue;
    const why = whyClosed(state, d) ?? unaffordableBecause(scenario, { ...state, agenda: met }, d);
    if (why) unmet.push({ id, reason: refusalText(why), refusal: why });
    else met.push(id);
  }
  return { met, unmet };
}

/** The agenda a quarter opens with: the demands that can be met. `state` is the new quarter's, before any choice. */
export function openingAgenda(scenario: Scenario, state: GameState): string[] {
  return demands(scenario, { ...state, agenda: [] }).met;
}

/** Demands agreed last quarter that are not on this agenda, with why, for the briefing and the agenda to say. */
export function unmetDemands(scenario: Scenario, state: GameState): UnmetDemand[] {
  return demands(scenario, { ...state, agenda: [] }).unmet;
}
