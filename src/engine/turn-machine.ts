// The turn, as an XState machine: briefing -> agenda -> resolution -> events -> next quarter or ending -> debrief.
// One vocabulary of named guards and actions (setup), onto which a scenario is compiled: the scenario's rules close over
// the implementations, and its calendar is passed as parameters. No timers: every transition is a player intent.
import { assign, createActor, setup, type AnyStateMachine } from 'xstate';
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
  | { type: 'COMMIT' }
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

const scopes = new WeakMap<AnyStateMachine, unknown>();
/**
 * An inert actor scope, made once per machine: stepping purely through machine.transition() with it is what xstate's
 * own transition() does, minus building a new actor on every call (which cost two thirds of a simulated game).
 * The machine's actions are all assign(), so the scope never has anything to execute.
 */
export function turnScope<M extends AnyStateMachine>(machine: M): Parameters<M['transition']>[2] {
  let scope = scopes.get(machine) as Parameters<M['transition']>[2] | undefined;
  if (!scope) {
    const self = createActor(machine);
    scope = {
      self, id: '', sessionId: '', system: self.system, logger: () => {}, defer: () => {}, emit: () => {}, stopChild: () => {},
      actionExecutor: () => {},
    } as unknown as Parameters<M['transition']>[2];
    scopes.set(machine, scope);
  }
  return scope;
}

function buildMachine(scenario: Scenario) {
  const emit = (context: TurnContext, effects: ViewEffect[]) => ({ out: context.out.concat(effects) });
  return setup({
    types: {} as { context: TurnContext; events: Intent; input: TurnInput },
    guards: {
      canChoose: ({ context, event }) => event.type === 'CHOOSE' && whyNotChoose(scenario, context.game, event.id) === null,
      onAgenda: ({ context, event }) => event.type === 'UNCHOOSE' && whyNotRemove(context.game, event.id) === null,
      canAnswer: ({ context, event }) => event.type === 'ANSWER' && whyNotAnswer(scenario, context.game, event.event, event.choice) === null,
      allAnswered: ({ context }) => context.game.inbox.every((i) => !needsAnswer(scenario, i)),
      gameOver: ({ context }) => context.game.ending !== null,
      isLastQuarter: ({ context }, params: { quarters: number }) => context.game.quarter >= params.quarters,
    },
    actions: {
      // every intent starts a fresh list of view effects
      clearOut: assign({ out: () => [] as ViewEffect[] }),
      announce: assign(({ context }, params: { phase: Phase }) => emit(context, [{ type: 'phase', phase: params.phase, quarter: context.game.quarter }])),
      addToAgenda: assign(({ context, event }) => {
        if (event.type !== 'CHOOSE') return {};
        return { game: { ...context.game, agenda: [...context.game.agenda, event.id] }, ...emit(context, [{ type: 'chosen', id: event.id }]) };
      }),
      removeFromAgenda: assign(({ context, event }) => {
        if (event.type !== 'UNCHOOSE') return {};
        return { game: { ...context.game, agenda: context.game.agenda.filter((id) => id !== event.id) }, ...emit(context, [{ type: 'unchosen', id: event.id }]) };
      }),
      resolveQuarter: assign(({ context }) => {
        const r = resolveQuarter(scenario, context.game, context.forced);
        return { game: r.state, ...emit(context, r.effects) };
      }),
      answer: assign(({ context, event }) => {
        if (event.type !== 'ANSWER') return {};
        return { ...answerEvent(scenario, context, event.event, event.choice) };
      }),
      closeQuarter: assign(({ context }) => {
        const game = { ...context.game, history: [...context.game.history, snapshot(scenario, context.game)] };
        game.ending = chooseEnding(scenario, game);
        return { game, ...emit(context, game.ending ? [{ type: 'ending', id: game.ending }] : []) };
      }),
      nextQuarter: assign(({ context }) => {
        // last quarter's inbox and story stay readable in the next briefing; the next resolution replaces them.
        // A demand the board accepted is already on the new agenda, if the board could take it up now.
        const game = { ...context.game, quarter: context.game.quarter + 1, agenda: [] };
        return { game: { ...game, agenda: openingAgenda(scenario, game) } };
      }),
    },
  }).createMachine({
    id: `turn:${scenario.id}`,
    context: ({ input }) => ({ game: input?.game, start: input?.start, forced: input?.forced ?? [], out: [] }),
    initial: 'briefing',
    states: {
      briefing: {
        entry: { type: 'announce', params: { phase: 'briefing' } },
        on: { BEGIN: { target: 'agenda', actions: 'clearOut' } },
      },
      agenda: {
        entry: { type: 'announce', params: { phase: 'agenda' } },
        on: {
          CHOOSE: { guard: 'canChoose', actions: ['clearOut', 'addToAgenda'] },
          UNCHOOSE: { guard: 'onAgenda', actions: ['clearOut', 'removeFromAgenda'] },
          COMMIT: { target: 'resolution', actions: ['clearOut', 'resolveQuarter'] },
        },
      },
      resolution: {
        entry: { type: 'announce', params: { phase: 'resolution' } },
        on: { CONTINUE: { target: 'events', actions: 'clearOut' } },
      },
      events: {
        entry: { type: 'announce', params: { phase: 'events' } },
        on: {
          ANSWER: { guard: 'canAnswer', actions: ['clearOut', 'answer'] },
          CONTINUE: { guard: 'allAnswered', target: 'closing', actions: ['clearOut', 'closeQuarter'] },
        },
      },
      closing: {
        always: [
          { guard: 'gameOver', target: 'ending' },
          { guard: { type: 'isLastQuarter', params: { quarters: scenario.calendar.quarters } }, target: 'ending' },
          { target: 'briefing', actions: 'nextQuarter' },
        ],
      },
      ending: {
        entry: { type: 'announce', params: { phase: 'ending' } },
        on: { DEBRIEF: { target: 'debrief', actions: 'clearOut' } },
      },
      debrief: { type: 'final', entry: { type: 'announce', params: { phase: 'debrief' } } },
    },
  });
}

function answerEvent(scenario: Scenario, context: TurnContext, eventId: string, choiceId: string): Partial<TurnContext> {
  const g = context.game;
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
  return { game, out: context.out.concat([{ type: 'answered', event: eventId, choice: choiceId }]) };
}
