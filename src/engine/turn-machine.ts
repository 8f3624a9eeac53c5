// The turn, as an XState machine: briefing -> agenda -> resolution -> events -> next quarter or ending -> debrief.
// One vocabulary of named guards and actions (setup), onto which a scenario is compiled: the scenario's rules close over
// the implementations, and its calendar is passed as parameters. No timers: every transition is a player intent.
import { assign, setup } from 'xstate';
import { applyEffects } from './apply-effects';
import { whyNotChoose } from './agenda';
import { chooseEnding } from './endings';
import { snapshot } from './env';
import { resolveQuarter, type Forced } from './resolve';
import type { GameState, Phase } from './state';
import type { Scenario } from './types';
import type { ViewEffect } from './view-effects';
import { whyNotAnswer } from './answers';

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
  /** View effects, appended by actions; a step hands over the ones it added. */
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
  const emit = (context: TurnContext, effects: ViewEffect[]) => ({ out: context.out.concat(effects) });
  return setup({
    types: {} as { context: TurnContext; events: Intent; input: TurnInput },
    guards: {
      canChoose: ({ context, event }) => event.type === 'CHOOSE' && whyNotChoose(scenario, context.game, event.id) === null,
      onAgenda: ({ context, event }) => event.type === 'UNCHOOSE' && context.game.agenda.includes(event.id),
      canAnswer: ({ context, event }) => event.type === 'ANSWER' && whyNotAnswer(scenario, context.game, event.event, event.choice) === null,
      allAnswered: ({ context }) => context.game.inbox.every((i) => i.choice !== undefined || !needsAnswer(scenario, i.event)),
      gameOver: ({ context }) => context.game.ending !== null,
      isLastQuarter: ({ context }, params: { quarters: number }) => context.game.quarter >= params.quarters,
    },
    actions: {
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
        const r = resolveQuarter(scenario, context.game, context.start, context.forced);
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
      nextQuarter: assign(({ context }) => ({
        game: { ...context.game, quarter: context.game.quarter + 1, inbox: [], stories: [], agenda: [] },
      })),
    },
  }).createMachine({
    id: `turn:${scenario.id}`,
    context: ({ input }) => ({ game: input.game, start: input.start, forced: input.forced, out: [] }),
    initial: 'briefing',
    states: {
      briefing: {
        entry: { type: 'announce', params: { phase: 'briefing' } },
        on: { BEGIN: 'agenda' },
      },
      agenda: {
        entry: { type: 'announce', params: { phase: 'agenda' } },
        on: {
          CHOOSE: { guard: 'canChoose', actions: 'addToAgenda' },
          UNCHOOSE: { guard: 'onAgenda', actions: 'removeFromAgenda' },
          COMMIT: { target: 'resolution', actions: 'resolveQuarter' },
        },
      },
      resolution: {
        entry: { type: 'announce', params: { phase: 'resolution' } },
        on: { CONTINUE: 'events' },
      },
      events: {
        entry: { type: 'announce', params: { phase: 'events' } },
        on: {
          ANSWER: { guard: 'canAnswer', actions: 'answer' },
          CONTINUE: { guard: 'allAnswered', target: 'closing', actions: 'closeQuarter' },
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
        on: { DEBRIEF: 'debrief' },
      },
      debrief: { type: 'final', entry: { type: 'announce', params: { phase: 'debrief' } } },
    },
  });
}

function needsAnswer(scenario: Scenario, eventId: string): boolean {
  return (scenario.events.find((e) => e.id === eventId)?.choices.length ?? 0) > 0;
}

function answerEvent(scenario: Scenario, context: TurnContext, eventId: string, choiceId: string): Partial<TurnContext> {
  const g = context.game;
  const choice = scenario.events.find((e) => e.id === eventId)!.choices.find((c) => c.id === choiceId)!;
  const game: GameState = {
    ...g, vars: { ...g.vars }, log: [...g.log, { quarter: g.quarter, kind: 'choice', id: choiceId, detail: eventId }],
    pending: [...g.pending, ...choice.later.map((l) => ({ quarter: g.quarter + l.after, source: `${eventId}.${choiceId}`, effects: l.effects }))],
    inbox: g.inbox.map((i) => (i.event === eventId ? { ...i, choice: choiceId } : i)),
  };
  applyEffects(scenario.model, game, game.vars, choice.effects);
  return { game, out: context.out.concat([{ type: 'answered', event: eventId, choice: choiceId }]) };
}
