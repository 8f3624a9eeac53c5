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

function buildMachine(scenario: Scenario) {
  return setup({
    types: {} as { context: TurnContext; events: Intent; input: TurnInput },
    guards: {
      canChoose: ({ context, event }) => event.type === 'CHOOSE' && whyNotChoose(scenario, context.game, event.id) === null,
      // every decision of a COMMIT's list could be chosen in turn
      canAdd: ({ context, event }) => event.type === 'COMMIT' && withAdded(scenario, context.game, event.add) !== null,
      onAgenda: ({ context, event }) => event.type === 'UNCHOOSE' && whyNotRemove(context.game, event.id) === null,
      canAnswer: ({ context, event }) => event.type === 'ANSWER' && whyNotAnswer(scenario, context.game, event.event, event.choice) === null,
      allAnswered: ({ context }) => context.game.inbox.every((i) => !needsAnswer(scenario, i)),
      // the quarter closes on an ending when one holds then, or when it was the last quarter
      endsGame: ({ context }) => context.game.inbox.every((i) => !needsAnswer(scenario, i))
        && (closed(scenario, context.game).ending !== null || context.game.quarter >= scenario.calendar.quarters),
    },
    // Each intent makes one assignment: the new game and its view effects, ending with the phase it enters (an
    // assignment per step rather than per concern: every assignment copies xstate's snapshot, and bots make millions)
    actions: {
      enter: assign(({ context }, params: { phase: Phase }) => ({ out: [phaseEffect(params.phase, context.game)] })),
      addToAgenda: assign(({ context, event }) => {
        if (event.type !== 'CHOOSE') return {};
        return { game: { ...context.game, agenda: [...context.game.agenda, event.id] }, out: [{ type: 'chosen', id: event.id }] };
      }),
      removeFromAgenda: assign(({ context, event }) => {
        if (event.type !== 'UNCHOOSE') return {};
        return { game: { ...context.game, agenda: context.game.agenda.filter((id) => id !== event.id) }, out: [{ type: 'unchosen', id: event.id }] };
      }),
      resolveQuarter: assign(({ context, event }) => {
        const game = event.type === 'COMMIT' ? withAdded(scenario, context.game, event.add)! : context.game;
        const r = resolveQuarter(scenario, game, context.forced);
        const added: ViewEffect[] = event.type === 'COMMIT' && event.add ? event.add.map((id) => ({ type: 'chosen', id })) : [];
        return { game: r.state, out: [...added, ...r.effects, phaseEffect('resolution', r.state)] };
      }),
      answer: assign(({ context, event }) => {
        if (event.type !== 'ANSWER') return {};
        return answerEvent(scenario, context.game, event.event, event.choice);
      }),
      end: assign(({ context }) => {
        const game = closed(scenario, context.game);
        return { game, out: [...(game.ending ? [{ type: 'ending', id: game.ending } as const] : []), phaseEffect('ending', game)] };
      }),
      nextQuarter: assign(({ context }) => {
        // last quarter's inbox and story stay readable in the next briefing; the next resolution replaces them.
        // A demand the board accepted is already on the new agenda, if the board could take it up now.
        const next = { ...closed(scenario, context.game), agenda: [] };
        next.quarter += 1;
        const game = { ...next, agenda: openingAgenda(scenario, next) };
        return { game, out: [phaseEffect('briefing', game)] };
      }),
    },
  }).createMachine({
    id: `turn:${scenario.id}`,
    // xstate's pure transition() makes a throwaway actor with no input: its context is empty and nothing reads it
    context: ({ input }) => ({ game: input?.game, start: input?.start, forced: input?.forced ?? [], out: [phaseEffect('briefing', input?.game)] }),
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
