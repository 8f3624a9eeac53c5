// The turn, as an XState machine: briefing -> agenda -> resolution -> events -> next briefing or ending -> debrief.
// One vocabulary of named guards and actions (setup), onto which a scenario is compiled: the scenario's rules close over
// the implementations, and its calendar is passed as parameters. No timers: every transition is a player intent.
import { assign, setup } from 'xstate';
import { applyEffects } from './apply-effects';
import { openingAgenda, whyNotChoose, whyNotRemove } from './agenda';
import { chooseEnding } from './endings';
import { snapshot } from './env';
import { resolveQuarter, type Forced } from './resolve';
import type { GameState, LogEntry, Phase } from './state';
import type { Scenario } from './types';
import type { ViewEffect } from './view-effects';
import { needsAnswer, whyNotAnswer } from './answers';

export type Intent =
  | { type: 'BEGIN' }
  | { type: 'CHOOSE'; id: string }
  | { type: 'UNCHOOSE'; id: string }
  /** `add`: decisions put on the agenda first, in order, as CHOOSE would (a bot's whole agenda as one intent). */
  | { type: 'COMMIT'; add?: readonly string[] }
  | { type: 'CONTINUE' }
  | { type: 'ANSWER'; event: string; choice: string }
  | { type: 'DEBRIEF' };

export interface TurnContext {
  game: GameState;
  start: Record<string, number | string>;
  forced: Forced[];
  /** View effects of the current step, appended by actions and cleared by the next intent. */
  out: ViewEffect[];
}
export interface TurnInput { game: GameState; start: Record<string, number | string>; forced: Forced[] }

const machines = new WeakMap<Scenario, ReturnType<typeof buildMachine>>();
export function turnMachine(scenario: Scenario) {
  let m = machines.get(scenario);
  if (!m) { m = buildMachine(scenario); machines.set(scenario, m); }
  return m;
}

/**
 * The turn's guards and actions as plain functions of the context and the intent: the machine below is built from
 * them, and a simulation plays through them without the machine (playTurn), so both follow the same rules.
 */
function rulesFor(scenario: Scenario, record: boolean) {
  const allAnswered = (c: TurnContext) => c.game.inbox.every((i) => !needsAnswer(scenario, i));
  return {
    canChoose: (c: TurnContext, e: Intent) => e.type === 'CHOOSE' && whyNotChoose(scenario, c.game, e.id) === null,
    // every decision of a COMMIT's list could be chosen in turn
    canAdd: (c: TurnContext, e: Intent) => e.type === 'COMMIT' && withAdded(scenario, c.game, e.add) !== null,
    onAgenda: (c: TurnContext, e: Intent) => e.type === 'UNCHOOSE' && whyNotRemove(c.game, e.id) === null,
    canAnswer: (c: TurnContext, e: Intent) => e.type === 'ANSWER' && whyNotAnswer(scenario, c.game, e.event, e.choice) === null,
    allAnswered,
    // the quarter closes on an ending when one holds then, or when it was the last quarter
    endsGame: (c: TurnContext) => allAnswered(c) && (closed(scenario, c.game).ending !== null || c.game.quarter >= scenario.calendar.quarters),
    // Each intent makes one assignment: the new game and its view effects, ending with the phase it enters (an
    // assignment per step rather than per concern: every assignment copies xstate's snapshot, and bots make millions)
    enter: (c: TurnContext, phase: Phase): Partial<TurnContext> => ({ out: [phaseEffect(phase, c.game)] }),
    addToAgenda: (c: TurnContext, e: Intent): Partial<TurnContext> => {
      if (e.type !== 'CHOOSE') return {};
      return { game: { ...c.game, agenda: [...c.game.agenda, e.id] }, out: [{ type: 'chosen', id: e.id }] };
    },
    removeFromAgenda: (c: TurnContext, e: Intent): Partial<TurnContext> => {
      if (e.type !== 'UNCHOOSE') return {};
      return { game: { ...c.game, agenda: c.game.agenda.filter((id) => id !== e.id) }, out: [{ type: 'unchosen', id: e.id }] };
    },
    resolveQuarter: (c: TurnContext, e: Intent): Partial<TurnContext> => {
      const game = e.type === 'COMMIT' ? withAdded(scenario, c.game, e.add)! : c.game;
      const r = resolveQuarter(scenario, game, c.forced, record);
      const added: ViewEffect[] = e.type === 'COMMIT' && e.add ? e.add.map((id) => ({ type: 'chosen', id })) : [];
      return { game: r.state, out: [...added, ...r.effects, phaseEffect('resolution', r.state)] };
    },
    answer: (c: TurnContext, e: Intent): Partial<TurnContext> => (e.type === 'ANSWER' ? answerEvent(scenario, c.game, e.event, e.choice) : {}),
    end: (c: TurnContext): Partial<TurnContext> => {
      const game = closed(scenario, c.game);
      return { game, out: [...(game.ending ? [{ type: 'ending', id: game.ending } as const] : []), phaseEffect('ending', game)] };
    },
    nextQuarter: (c: TurnContext): Partial<TurnContext> => {
      // last quarter's inbox and story stay readable in the next briefing; the next resolution replaces them.
      // A demand the board accepted is already on the new agenda, if the board could take it up now.
      const next = { ...closed(scenario, c.game), agenda: [] };
      next.quarter += 1;
      const game = { ...next, agenda: openingAgenda(scenario, next) };
      return { game, out: [phaseEffect('briefing', game)] };
    },
  };
}
type Rules = ReturnType<typeof rulesFor>;
const rulesOf = new WeakMap<Scenario, Rules>();
const quietRulesOf = new WeakMap<Scenario, Rules>();
/** `record: false`: the same rules and states, without the model's pushes a quarter's resolution records for the view. */
function rules(scenario: Scenario, record = true): Rules {
  const cache = record ? rulesOf : quietRulesOf;
  let r = cache.get(scenario);
  if (!r) { r = rulesFor(scenario, record); cache.set(scenario, r); }
  return r;
}

function buildMachine(scenario: Scenario) {
  const r = rules(scenario);
  return setup({
    types: {} as { context: TurnContext; events: Intent; input: TurnInput },
    guards: {
      canChoose: ({ context, event }) => r.canChoose(context, event),
      canAdd: ({ context, event }) => r.canAdd(context, event),
      onAgenda: ({ context, event }) => r.onAgenda(context, event),
      canAnswer: ({ context, event }) => r.canAnswer(context, event),
      allAnswered: ({ context }) => r.allAnswered(context),
      endsGame: ({ context }) => r.endsGame(context),
    },
    actions: {
      enter: assign(({ context }, params: { phase: Phase }) => r.enter(context, params.phase)),
      addToAgenda: assign(({ context, event }) => r.addToAgenda(context, event)),
      removeFromAgenda: assign(({ context, event }) => r.removeFromAgenda(context, event)),
      resolveQuarter: assign(({ context, event }) => r.resolveQuarter(context, event)),
      answer: assign(({ context, event }) => r.answer(context, event)),
      end: assign(({ context }) => r.end(context)),
      nextQuarter: assign(({ context }) => r.nextQuarter(context)),
    },
  }).createMachine({
    id: `turn:${scenario.id}`,
    // xstate's pure transition() makes a throwaway actor with no input: its context is empty and nothing reads it
    context: ({ input }) => initialContext(input),
    initial: 'briefing',
    states: {
      briefing: {
        on: { BEGIN: { target: 'agenda', actions: { type: 'enter', params: { phase: 'agenda' } } } },
      },
      agenda: {
        on: {
          CHOOSE: { guard: 'canChoose', actions: 'addToAgenda' },
          UNCHOOSE: { guard: 'onAgenda', actions: 'removeFromAgenda' },
          COMMIT: { guard: 'canAdd', target: 'resolution', actions: 'resolveQuarter' },
        },
      },
      resolution: {
        on: { CONTINUE: { target: 'events', actions: { type: 'enter', params: { phase: 'events' } } } },
      },
      events: {
        on: {
          ANSWER: { guard: 'canAnswer', actions: 'answer' },
          // closing the quarter is one step: to the ending, or on to the next quarter's briefing
          CONTINUE: [
            { guard: 'endsGame', target: 'ending', actions: 'end' },
            { guard: 'allAnswered', target: 'briefing', actions: 'nextQuarter' },
          ],
        },
      },
      ending: {
        on: { DEBRIEF: { target: 'debrief', actions: { type: 'enter', params: { phase: 'debrief' } } } },
      },
      debrief: { type: 'final' },
    },
  });
}

/**
 * One intent through the same rules without the machine: the phase and context it leads to, or null where the machine
 * would refuse it. The same transitions as the machine's config above, which a test holds it to: a simulation plays
 * millions of intents and has no use for the machine's snapshots. `record: false` plays them without the pushes, for
 * a player who reads only the states.
 */
export function playTurn(scenario: Scenario, phase: Phase, c: TurnContext, e: Intent, record = true): { phase: Phase; context: TurnContext } | null {
  const r = rules(scenario, record);
  const to = (p: Phase, change: Partial<TurnContext>) => ({ phase: p, context: { ...c, ...change } });
  switch (phase) {
    case 'briefing': return e.type === 'BEGIN' ? to('agenda', r.enter(c, 'agenda')) : null;
    case 'agenda':
      if (e.type === 'CHOOSE') return r.canChoose(c, e) ? to('agenda', r.addToAgenda(c, e)) : null;
      if (e.type === 'UNCHOOSE') return r.onAgenda(c, e) ? to('agenda', r.removeFromAgenda(c, e)) : null;
      if (e.type === 'COMMIT') return r.canAdd(c, e) ? to('resolution', r.resolveQuarter(c, e)) : null;
      return null;
    case 'resolution': return e.type === 'CONTINUE' ? to('events', r.enter(c, 'events')) : null;
    case 'events':
      if (e.type === 'ANSWER') return r.canAnswer(c, e) ? to('events', r.answer(c, e)) : null;
      if (e.type !== 'CONTINUE') return null;
      if (r.endsGame(c)) return to('ending', r.end(c));
      return r.allAnswered(c) ? to('briefing', r.nextQuarter(c)) : null;
    case 'ending': return e.type === 'DEBRIEF' ? to('debrief', r.enter(c, 'debrief')) : null;
    default: return null;
  }
}

/** The context a game starts in, at the first briefing: the machine's, and a simulation's without the machine. */
export function initialContext(input: TurnInput | undefined): TurnContext {
  return { game: input?.game as GameState, start: input?.start as Record<string, number | string>, forced: input?.forced ?? [], out: [phaseEffect('briefing', input?.game)] };
}

const phaseEffect = (phase: Phase, game: GameState | undefined): ViewEffect => ({ type: 'phase', phase, quarter: game?.quarter ?? 0 });

/** The state at the close of its quarter: the quarter's numbers in the history, and the ending if one holds now.
 *  The guard that picks where the game goes next and the action that closes the quarter ask for the same state. */
function closed(scenario: Scenario, game: GameState): GameState {
  let c = closedCache.get(game);
  if (!c) {
    c = { ...game, history: [...game.history, snapshot(scenario, game)] };
    c.ending = chooseEnding(scenario, c);
    closedCache.set(game, c);
  }
  return c;
}
const closedCache = new WeakMap<GameState, GameState>();

/** The state with a COMMIT's decisions added to the agenda in order, or null if one of them could not be chosen then. */
function withAdded(scenario: Scenario, game: GameState, add: readonly string[] | undefined): GameState | null {
  if (!add?.length) return game;
  // the guard works it out and the action that follows needs the same: asked twice of one intent, worked out once
  const seen = addedCache.get(add);
  if (seen?.game === game) return seen.added;
  const added = addAll(scenario, game, add);
  addedCache.set(add, { game, added });
  return added;
}
const addedCache = new WeakMap<readonly string[], { game: GameState; added: GameState | null }>();

function addAll(scenario: Scenario, game: GameState, add: readonly string[]): GameState | null {
  let g = game;
  for (const id of add) {
    if (whyNotChoose(scenario, g, id) !== null) return null;
    g = { ...g, agenda: [...g.agenda, id] };
  }
  return g;
}

function answerEvent(scenario: Scenario, g: GameState, eventId: string, choiceId: string): Partial<TurnContext> {
  const choice = scenario.events.find((e) => e.id === eventId)!.choices.find((c) => c.id === choiceId)!;
  // the answer is logged with the wording it was offered in
  const labelVariant = g.inbox.find((i) => i.event === eventId)?.labels?.[choiceId];
  const entry: LogEntry = { quarter: g.quarter, kind: 'choice', id: choiceId, detail: eventId };
  if (labelVariant !== undefined) entry.variant = labelVariant;
  const game: GameState = {
    ...g, vars: { ...g.vars }, log: [...g.log, entry],
    pending: [...g.pending, ...choice.later.map((l) => ({ quarter: g.quarter + l.after, after: l.after, source: `${eventId}.${choiceId}`, effects: l.effects }))],
    inbox: g.inbox.map((i) => (i.event === eventId ? { ...i, choice: choiceId } : i)),
    required: choice.puts && !g.required.includes(choice.puts) ? [...g.required, choice.puts] : g.required,
  };
  applyEffects(scenario.model, game, game.vars, choice.effects);
  return { game, out: [{ type: 'answered', event: eventId, choice: choiceId }] };
}
