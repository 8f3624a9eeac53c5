// Resolving a quarter, as a sequence of named steps: the agenda's decisions land (a request to a partner only if the
// partner takes it up), the model advances, delayed effects arrive, an incident may happen, events are drawn (an
// inspection may grade the board), and a practice story is heard. Each step changes the working state and returns the
// pushes it applied, so the debrief folds the engine's own records. Pure: returns a new state and what happened.
import { done } from './agenda';
import { applyEffects, type Change } from './apply-effects';
import { computeEnv, envFor, makeEnv } from './env';
import { inspect } from './inspection';
import { decisionById } from './lookup';
import { advanceModel } from './model-step';
import { pushesOf, type Push, type ResolutionStep } from './pushes';
import { nextFloat } from './rng';
import type { GameState, InboxItem, LogEntry } from './state';
import { hearStory } from './stories';
import { variantFor } from './texts';
import type { DecisionDef, EffectMap, EventDef, ExprEnv, Scenario } from './types';
import type { ViewEffect } from './view-effects';

export interface Forced { event: string; quarter: number }

/** The quarter being resolved: the state (copied once, changed in place by the steps), its numbers and its output. */
interface Work {
  scenario: Scenario;
  state: GameState;
  vars: Record<string, number | string>;
  effects: ViewEffect[];
  inbox: InboxItem[];
  forced: readonly Forced[];
  /** The environment, rebuilt only after something has changed the numbers. */
  env: ExprEnv | null;
  /** Whether the model's pushes are kept (for the debrief and the view); a simulation reads only the states. */
  record: boolean;
}
type Step = (w: Work, prev: GameState) => Push[];

const STEPS: readonly [ResolutionStep['step'], Step][] = [
  ['decisions', landDecisions],
  ['model', advance],
  ['later', landLater],
  ['incident', drawIncident],
  ['events', drawEvents],
  ['story', hear],
];

/** `record: false` leaves out the model's pushes and the changes and resolved effects (the state is the same). */
export function resolveQuarter(scenario: Scenario, prev: GameState, forced: readonly Forced[], record = true): { state: GameState; effects: ViewEffect[]; steps: ResolutionStep[] } {
  const q = prev.quarter;
  const state: GameState = {
    ...prev, rng: [...prev.rng], log: [...prev.log], last: { ...prev.last }, counts: { ...prev.counts }, pending: [...prev.pending],
    busy: prev.busy.filter((b) => b.until >= q), binds: prev.binds.filter((b) => b.until > q), required: [],
  };
  const w: Work = { scenario, state, vars: { ...prev.vars }, effects: [], inbox: [], forced, env: null, record };
  const steps = STEPS.map(([step, run]) => ({ step, pushes: run(w, prev) }));
  state.agenda = [];
  state.inbox = w.inbox;
  state.vars = w.vars;
  if (!record) return { state, effects: w.effects, steps };
  const changes: Change[] = [];
  for (const v of scenario.model.variables) if (prev.vars[v.id] !== w.vars[v.id]) changes.push({ id: v.id, from: prev.vars[v.id], to: w.vars[v.id] });
  w.effects.unshift({ type: 'changes', quarter: q, changes });
  w.effects.push({ type: 'resolved', quarter: q, steps });
  return { state, effects: w.effects, steps };
}

const envOf = (w: Work) => (w.env ??= computeEnv(w.scenario, { quarter: w.state.quarter, vars: w.vars, last: w.state.last, counts: w.state.counts }));

function mark(w: Work, entry: LogEntry): void {
  const s = w.state;
  s.log.push(entry);
  s.last[entry.id] = entry.quarter;
  s.counts[entry.id] = (s.counts[entry.id] ?? 0) + 1;
}

/** A decision's effects scaled for repetition: each earlier time the board did it, they are `fade` of the time before. */
export function faded(d: DecisionDef, timesBefore: number, effects: EffectMap): EffectMap {
  if (d.fade >= 1 || timesBefore === 0) return effects;
  const k = d.fade ** timesBefore;
  const out: EffectMap = {};
  for (const [id, e] of Object.entries(effects)) out[id] = 'delta' in e ? { delta: e.delta * k } : e;
  return out;
}

function landDecisions(w: Work, prev: GameState): Push[] {
  const { scenario, state } = w;
  const q = state.quarter;
  const pushes: Push[] = [];
  // partners answer requests on what they see at the start of the quarter, before this agenda lands: the numbers of
  // the state the agenda was set in (worked out once for it), with the tallies as this agenda marks them
  const env = makeEnv(envFor(scenario, prev).vars, state);
  for (const id of state.agenda) {
    const d = decisionById(scenario, id);
    if (!d) continue;
    // a repeat fades by the times the board did it, not by the times a partner turned it down
    const before = done(state, d).times;
    if (d.ask) {
      const chance = Number(d.ask.chance(env));
      const agreed = nextFloat(state.rng) < chance;
      w.effects.push({ type: 'ask', id, of: d.ask.of, agreed });
      if (!agreed) {
        pushes.push(...pushesOf(applyEffects(scenario.model, state, w.vars, d.ask.refusedEffects), 'refusal', id));
        mark(w, { quarter: q, kind: 'decision', id, detail: 'refused' });
        continue;
      }
    }
    pushes.push(...pushesOf(applyEffects(scenario.model, state, w.vars, faded(d, before, d.effects)), 'decision', id));
    for (const l of d.later) state.pending.push({ quarter: q + l.after, after: l.after, source: id, effects: faded(d, before, l.effects) });
    if (d.cost.quarters > 1) state.busy.push({ id, until: q + d.cost.quarters - 1 });
    if (d.binds) state.binds.push({ id, until: q + d.binds.quarters, resources: d.binds.resources });
    mark(w, { quarter: q, kind: 'decision', id });
  }
  w.env = null;
  return pushes;
}

function advance(w: Work): Push[] {
  const { quarter, delays, rng, last, counts } = w.state;
  const stepped = advanceModel(w.scenario, { quarter, vars: w.vars, delays, rng, last, counts }, w.record);
  w.vars = stepped.vars;
  w.state.delays = stepped.delays;
  w.env = null;
  return stepped.pushes;
}

function landLater(w: Work): Push[] {
  const { scenario, state } = w;
  const q = state.quarter;
  const pushes: Push[] = [];
  let landed = false;
  for (const p of state.pending) {
    if (p.quarter !== q) continue;
    const kind = p.source.includes('.') ? 'answer' : 'decision';
    pushes.push(...pushesOf(applyEffects(scenario.model, state, w.vars, p.effects), kind, p.source, p.after));
    landed = true;
  }
  if (!landed) return pushes;
  state.pending = state.pending.filter((x) => x.quarter !== q);
  w.env = null;
  return pushes;
}

function drawIncident(w: Work): Push[] {
  const { scenario, state } = w;
  // a scenario without incidents draws nothing at all, so the rest of its luck does not wait on a hazard never used
  if (!scenario.model.incident || !scenario.incidents) return [];
  const hazard = scenario.model.incident.hazard(envOf(w)) as number;
  if (nextFloat(state.rng) >= hazard) return [];
  state.incidents += 1;
  // the first incident event whose when holds tells it (a scenario can tell incidents differently as the game goes)
  const e = scenario.events.find((x) => x.kind === 'incident' && (!x.when || x.when(envOf(w)) === true));
  w.effects.push({ type: 'incident', event: e?.id ?? null });
  return e ? fire(w, e, false) : [];
}

function drawEvents(w: Work): Push[] {
  const { scenario, state, forced } = w;
  const q = state.quarter;
  const pushes: Push[] = [];
  for (const e of scenario.events) {
    if (e.kind === 'incident') continue;
    // every random event draws every quarter, so one event's condition (or a forced event) never shifts another's luck
    const roll = e.kind === 'random' ? nextFloat(state.rng) : 1;
    if (forced.some((f) => f.event === e.id && f.quarter === q)) { pushes.push(...fire(w, e, true)); continue; }
    const count = state.counts[e.id] ?? 0;
    if (e.once && count > 0) continue;
    const last = state.last[e.id];
    if (!e.once && e.cooldown > 0 && last !== undefined && q - last <= e.cooldown) continue;
    if (e.kind === 'scheduled') { if (e.at.includes(q)) pushes.push(...fire(w, e, false)); continue; }
    if (e.when && e.when(envOf(w)) !== true) continue;
    if (e.kind === 'conditional') { pushes.push(...fire(w, e, false)); continue; }
    const chance = e.chance ? Number(e.chance(envOf(w))) : 0;
    if (roll < chance) pushes.push(...fire(w, e, false));
  }
  return pushes;
}

/** An event arrives: its text is chosen for this occurrence and moment, its effects land, an inspection may follow. */
function fire(w: Work, e: EventDef, forcedNow: boolean): Push[] {
  const { scenario, state } = w;
  const q = state.quarter;
  const env = envOf(w);
  const item: InboxItem = { event: e.id };
  const variant = e.variants.length ? variantFor(e.variants, (state.counts[e.id] ?? 0) + 1, env) : undefined;
  if (variant !== undefined) item.variant = variant;
  if (e.choices.some((c) => c.when)) item.offered = e.choices.filter((c) => !c.when || c.when(env) === true).map((c) => c.id);
  for (const c of e.choices) {
    const v = c.variants.length ? variantFor(c.variants, (state.counts[e.id] ?? 0) + 1, env) : undefined;
    if (v !== undefined) item.labels = { ...item.labels, [c.id]: v };
  }
  const pushes = pushesOf(applyEffects(scenario.model, state, w.vars, e.effects, true), 'event', e.id);
  w.env = null;
  const entry: LogEntry = { quarter: q, kind: e.kind === 'incident' ? 'incident' : 'event', id: e.id };
  if (variant !== undefined) entry.variant = variant;
  mark(w, entry);
  w.inbox.push(item);
  const headline = variant === undefined ? e.headline : e.variants[variant].text.headline ?? e.headline;
  w.effects.push({ type: 'event', id: e.id, cue: e.cue, headline, forced: forcedNow });
  if (e.inspect) {
    const result = inspect(scenario, state, w.vars);
    if (result) {
      state.log.push({ quarter: q, kind: 'inspection', id: e.id, detail: result.grade });
      w.effects.push({ type: 'inspection', grade: result.grade, score: result.score, event: e.id });
      pushes.push(...pushesOf(result.changes, 'inspection', `${e.id}:${result.grade}`));
      w.env = null;
    }
  }
  return pushes;
}

function hear(w: Work): Push[] {
  const story = hearStory(w.scenario, w.state, w.vars, envOf(w));
  w.state.stories = story ? [story] : [];
  if (story) w.effects.push({ type: 'story', id: story.id, clear: story.clear });
  return [];
}
