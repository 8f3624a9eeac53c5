// Resolving a quarter: the agenda's decisions land, the model advances, delayed effects arrive, incidents and events are
import { decisionById } from './lookup';
// drawn, an inspection may grade the board, and a practice story is heard. Pure: returns a new state and what happened.
import { applyEffects, type Change } from './apply-effects';
import { computeEnv } from './env';
import { inspect } from './inspection';
import { advanceModel } from './model-step';
import { nextFloat } from './rng';
import type { GameState, LogEntry } from './state';
import { hearStory } from './stories';
import type { EventDef, ExprEnv, Scenario } from './types';
import type { ViewEffect } from './view-effects';

export interface Forced { event: string; quarter: number }

export function resolveQuarter(scenario: Scenario, prev: GameState, start: Record<string, number | string>, forced: readonly Forced[]): { state: GameState; effects: ViewEffect[] } {
  const q = prev.quarter;
  const state: GameState = { ...prev, rng: [...prev.rng], log: [...prev.log], last: { ...prev.last }, counts: { ...prev.counts }, pending: [...prev.pending], busy: prev.busy.filter((b) => b.until >= q) };
  const before = { ...prev.vars };
  let vars = { ...prev.vars };
  const effects: ViewEffect[] = [];
  const mark = (entry: LogEntry) => { state.log.push(entry); state.last[entry.id] = q; state.counts[entry.id] = (state.counts[entry.id] ?? 0) + 1; };

  for (const id of prev.agenda) {
    const d = decisionById(scenario, id);
    if (!d) continue;
    applyEffects(scenario.model, state, vars, d.effects);
    for (const l of d.later) state.pending.push({ quarter: q + l.after, source: id, effects: l.effects });
    if (d.cost.quarters > 1) state.busy.push({ id, until: q + d.cost.quarters - 1 });
    mark({ quarter: q, kind: 'decision', id });
  }
  state.agenda = [];

  const stepped = advanceModel(scenario, { ...state, vars }, start);
  vars = stepped.vars;
  state.delays = stepped.delays;
  for (const p of state.pending.filter((x) => x.quarter === q)) applyEffects(scenario.model, state, vars, p.effects);
  state.pending = state.pending.filter((x) => x.quarter !== q);

  const inbox: GameState['inbox'] = [];
  // the environment is rebuilt only after an event has changed the numbers
  let env: ExprEnv | null = null;
  const currentEnv = () => (env ??= computeEnv(scenario, { ...state, vars }));
  const fire = (e: EventDef, forcedNow: boolean) => {
    env = null;
    applyEffects(scenario.model, state, vars, e.effects, true);
    mark({ quarter: q, kind: e.kind === 'incident' ? 'incident' : 'event', id: e.id });
    inbox.push({ event: e.id });
    effects.push({ type: 'event', id: e.id, cue: e.cue, headline: e.headline, forced: forcedNow });
    if (e.inspect) {
      const result = inspect(scenario, state, vars);
      if (result) {
        state.log.push({ quarter: q, kind: 'inspection', id: e.id, detail: result.grade });
        effects.push({ type: 'inspection', grade: result.grade, score: result.score });
      }
    }
  };

  if (scenario.model.incident) {
    const hazard = scenario.model.incident.hazard(currentEnv()) as number;
    if (nextFloat(state.rng) < hazard) {
      state.incidents += 1;
      const e = scenario.events.find((x) => x.kind === 'incident');
      effects.push({ type: 'incident', event: e?.id ?? null });
      if (e) fire(e, false);
    }
  }
  for (const e of scenario.events) {
    if (e.kind === 'incident') continue;
    // every random event draws every quarter, so one event's condition (or a forced event) never shifts another's luck
    const roll = e.kind === 'random' ? nextFloat(state.rng) : 1;
    const isForced = forced.some((f) => f.event === e.id && f.quarter === q);
    if (isForced) { fire(e, true); continue; }
    const count = state.counts[e.id] ?? 0;
    if (e.once && count > 0) continue;
    const last = state.last[e.id];
    if (!e.once && e.cooldown > 0 && last !== undefined && q - last <= e.cooldown) continue;
    if (e.kind === 'scheduled') { if (e.at.includes(q)) fire(e, false); continue; }
    if (e.when && e.when(currentEnv()) !== true) continue;
    if (e.kind === 'conditional') { fire(e, false); continue; }
    const chance = e.chance ? Number(e.chance(currentEnv())) : 0;
    if (roll < chance) fire(e, false);
  }
  state.inbox = inbox;

  const story = hearStory(scenario, state, vars);
  state.stories = story ? [story] : [];
  if (story) effects.push({ type: 'story', id: story.id, clear: story.clear });

  state.vars = vars;
  const changes: Change[] = [];
  for (const v of scenario.model.variables) if (before[v.id] !== vars[v.id]) changes.push({ id: v.id, from: before[v.id], to: vars[v.id] });
  effects.unshift({ type: 'changes', quarter: q, changes });
  return { state, effects };
}
