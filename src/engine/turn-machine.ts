// The turn, as an XState machine: briefing -> agenda -> resolution -> events -> next quarter or ending -> debrief.
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
  const emit = (context: TurnContext, effects: ViewEffect[]) => ({ out: context.out.concat(effects) });
  return setup({
    types: {} as { context: TurnContext; events: Intent; input: TurnInput },
    guards: {
      canChoose: ({ context, event }) => event.type === 'CHOOSE' && whyNotChoose(scenario, context.game, event.id) === null,
      // every decision of a COMMIT's list could be chosen in turn
      canAdd: ({ context, event }) => event.type === 'COMMIT' && withAdded(scenario, context.game, event.add) !== null,
      onAgenda: ({ context, event }) => event.type === 'UNCHOOSE' && whyNotRemove(context.game, event.id) === null,
      canAnswer: ({ context, event }) => event.type === 'ANSWER' && whyNotAnswer(scenario, context.game, event.event, event.choice) === null,
      allAnswered: ({ context }) => context.game.inbox.every((i) => !needsAnswer(scenario, i)),
      gameOver: ({ context }) => context.game.ending !== null,
      isLastQuarter: ({ context }, params: { quarters: number }) => context.game.quarter >= params.quarters,
    },
    actions: {
      // every intent starts a fresh list of view effects
      clearOut: assign({ out: () => [] as ViewEffect[] }),
      announce: assign(({ context }, params: { phase: Phase }) => emit(context, [{ type: 'phase', phase: params.phase, quarter: context.game?.quarter ?? 0 }])),
      addToAgenda: assign(({ context, event }) => {
        if (event.type !== 'CHOOSE') return {};
        return { game: { ...context.game, agenda: [...context.game.agenda, event.id] }, ...emit(context, [{ type: 'chosen', id: event.id }]) };
      }),
      removeFromAgenda: assign(({ context, event }) => {
        if (event.type !== 'UNCHOOSE') return {};
        return { game: { ...context.game, agenda: context.game.agenda.filter((id) => id !== event.id) }, ...emit(context, [{ type: 'unchosen', id: event.id }]) };
      }),
      resolveQuarter: assign(({ context, event }) => {
        const game = event.type === 'COMMIT' ? withAdded(scenario, context.game, event.add)! : context.game;
        const r = resolveQuarter(scenario, game, context.forced);
        const added: ViewEffect[] = event.type === 'COMMIT' && event.add ? event.add.map((id) => ({ type: 'chosen', id })) : [];
        return { game: r.state, ...emit(context, [...added, ...r.effects]) };
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
    // xstate's pure transition() makes a throwaway actor with no input: its context is empty and nothing reads it
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
          COMMIT: { guard: 'canAdd', target: 'resolution', actions: ['clearOut', 'resolveQuarter'] },
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

/** The state with a COMMIT's decisions added to the agenda in order, or null if one of them could not be chosen then. */
function withAdded(scenario: Scenario, game: GameState, add: readonly string[] | undefined): GameState | null {
  if (!add?.length) return game;
  let g = game;
  for (const id of add) {
    if (whyNotChoose(scenario, g, id) !== null) return null;
    g = { ...g, agenda: [...g.agenda, id] };
  }
  return g;
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
