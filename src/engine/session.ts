// A game is { scenario, seed, decisions }: step() applies one intent purely; replay() rebuilds any game from its log.
import { createActor, initialTransition, transition, type SnapshotFrom } from 'xstate';
import { FormulaError } from './formula-error';
import { choiceRefusal, removalRefusal } from './agenda';
import { answerRefusal, needsAnswer } from './answers';
import { refusalText, type Refusal } from './refusal';
import { referenceValues } from './model-step';
import { inboxText } from './texts';
import { makeEnv } from './env';
import { canonicalJson, hashText } from './hash';
import { snapshot } from './env';
import type { Forced } from './resolve';
import { blankTally } from './lookup';
import { seedRng } from './rng';
import type { GameState, Phase } from './state';
import { turnMachine, type Intent, type TurnContext, type TurnInput } from './turn-machine';
import type { Scenario } from './types';
import type { ViewEffect } from './view-effects';

export type { Intent } from './turn-machine';
type TurnSnapshot = SnapshotFrom<ReturnType<typeof turnMachine>>;

export interface Game {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly forced: readonly Forced[];
  /** Every accepted intent, in order: with the seed, the whole game. */
  readonly decisions: readonly Intent[];
  readonly snap: TurnSnapshot;
}

/** An unaccepted step says why twice: `reason` in English, `refusal` for the interface to say in the player's language. */
export interface StepResult { game: Game; effects: ViewEffect[]; accepted: boolean; reason?: string; refusal?: Refusal }

export function newGame(scenario: Scenario, seed: string | number, forced: readonly Forced[] = []): { game: Game; effects: ViewEffect[] } {
  const [snap] = initialTransition(turnMachine(scenario), { game: firstState(scenario, seed), start: scenario.start, forced: [...forced] });
  return { game: { scenario, seed: String(seed), forced, decisions: [], snap }, effects: snap.context.out };
}

/** The state a game starts in: the first quarter's briefing, its numbers the scenario's start. */
export function firstState(scenario: Scenario, seed: string | number): GameState {
  const start = scenario.start;
  const state: GameState = {
    quarter: 1, vars: { ...start }, delays: firstOf(scenario).delays, rng: seedRng(seed),
    agenda: [], busy: [], binds: [], required: [], pending: [], log: [], last: blankTally(scenario), counts: blankTally(scenario), inbox: [], stories: [], heard: [], lastShock: {}, history: [], ending: null, incidents: 0,
  };
  state.history = [firstOf(scenario).report];
  return state;
}

interface First { delays: number[][]; report: Record<string, number | string> }
const firsts = new WeakMap<Scenario, First>();
/**
 * What every game of a scenario starts with, whatever its seed: the delay lines and the first report. Worked out once
 * (a simulation starts thousands of games) and frozen, since every game shares them: states are never changed in place.
 */
function firstOf(scenario: Scenario): First {
  let f = firsts.get(scenario);
  if (!f) {
    const start = scenario.start;
    const blank = { quarter: 1, vars: start, last: blankTally(scenario), counts: blankTally(scenario) };
    f = { delays: Object.freeze(initialDelays(scenario, start).map((d) => Object.freeze(d))) as number[][], report: Object.freeze(snapshot(scenario, blank)) };
    firsts.set(scenario, f);
  }
  return f;
}

export function phaseOf(game: Game): Phase {
  return game.snap.value as Phase;
}
export function stateOf(game: Game): GameState {
  return game.snap.context.game;
}

type Report = Readonly<Record<string, number | string>>;
/** The board's latest quarterly report (every variable and derived value) and the one before it, if there is one: the
 *  figures the board sees until the next quarter ends, and what they are compared with. */
export function reports(game: Game): { last: Report; before: Report | undefined } {
  const history = stateOf(game).history;
  return { last: history[history.length - 1], before: history[history.length - 2] };
}

/** Applies one intent. An intent the rules do not allow comes back unaccepted, with the reason, and changes nothing. */
export function step(game: Game, intent: Intent): StepResult {
  let snap: typeof game.snap;
  try {
    [snap] = transition(turnMachine(game.scenario), game.snap, intent);
  } catch (e) {
    if (!(e instanceof FormulaError)) throw e;
    return refused(game, formulaRefusal(e));
  }
  // the machine's guards enforce the rules; only a refused intent needs its reason worked out in words
  if (snap.value === game.snap.value && snap.context === game.snap.context) {
    return refused(game, whyNot(game, intent) ?? { code: 'notPossible', intent: intent.type });
  }
  const effects = (snap.context as TurnContext).out;
  return { game: { ...game, snap, decisions: [...game.decisions, intent] }, effects, accepted: true };
}

function refused(game: Game, refusal: Refusal): StepResult {
  const reason = refusalText(refusal);
  return { game, effects: [{ type: 'rejected', reason, refusal }], accepted: false, reason, refusal };
}

function formulaRefusal(e: FormulaError): Refusal {
  return { code: 'formula', message: e.message };
}

/**
 * A game driven intent by intent through one running actor of the turn machine (xstate's public API): what bots and
 * replays use, many steps in a row, where a pure transition() per step would build a throwaway actor each time. The
 * same machine and rules as step(); `game` is the same immutable value step() would have made.
 */
export class Driver {
  private readonly actor;
  private readonly log: Intent[] = [];
  private current: Game;

  constructor(start: Game) {
    this.current = start;
    this.log.push(...start.decisions);
    // a snapshot to start from needs no input (xstate's options type asks for one regardless)
    this.actor = createActor(turnMachine(start.scenario), { snapshot: start.snap, input: undefined as unknown as TurnInput });
    // an error inside an action stops the actor and is read from its snapshot; the empty listener keeps xstate from
    // also throwing it later as unhandled
    this.actor.subscribe({ error: () => {} });
    this.actor.start();
  }

  get game(): Game { return this.current; }

  /** Applies one intent; null when accepted, otherwise why not (the game is then unchanged). */
  send(intent: Intent, record: readonly Intent[] = [intent]): string | null {
    const before = this.current.snap;
    this.actor.send(intent);
    const snap = this.actor.getSnapshot();
    if (snap.status === 'error') {
      const e = snap.error;
      if (!(e instanceof FormulaError)) throw e;
      return refusalText(formulaRefusal(e));
    }
    if (snap.value === before.value && snap.context === before.context) return refusalText(whyNot(this.current, intent) ?? { code: 'notPossible', intent: intent.type });
    this.log.push(...record);
    // the games handed out while the driver goes on share one growing decisions array (copying it at every step
    // made a bot game quadratic); finish() gives the game its own copy
    this.current = { ...this.current, snap, decisions: this.log };
    return null;
  }

  /** The game now, with its own copy of the decisions: safe to keep after the driver goes on. */
  finish(): Game {
    return { ...this.current, decisions: [...this.log] };
  }
}

function whyNot(game: Game, intent: Intent): Refusal | null {
  const phase = phaseOf(game);
  const s = stateOf(game);
  const expected: Record<Intent['type'], Phase[]> = {
    BEGIN: ['briefing'], CHOOSE: ['agenda'], UNCHOOSE: ['agenda'], COMMIT: ['agenda'], CONTINUE: ['resolution', 'events'], ANSWER: ['events'], DEBRIEF: ['ending'],
  };
  if (!expected[intent.type]?.includes(phase)) return { code: 'wrongPhase', intent: intent.type, phase };
  if (intent.type === 'CHOOSE') return choiceRefusal(game.scenario, s, intent.id);
  if (intent.type === 'UNCHOOSE') return removalRefusal(s, intent.id);
  if (intent.type === 'ANSWER') return answerRefusal(game.scenario, s, intent.event, intent.choice);
  if (intent.type === 'CONTINUE' && phase === 'events') {
    const open = s.inbox.find((i) => needsAnswer(game.scenario, i));
    if (open) return { code: 'mustAnswer', headline: inboxText(game.scenario, open).headline };
  }
  return null;
}

// a snapshot never changes once made, so its hash is worked out once: the view, the autosave and the workshop code
// all ask for it after every step, and each time costs a canonical JSON of the whole history
const hashOfSnapshot = new WeakMap<object, string>();

/** The state hash after a step: the phase and the game state, canonical JSON, FNV-1a 64. */
export function stateHash(game: Game): string {
  let hash = hashOfSnapshot.get(game.snap);
  if (hash === undefined) {
    hash = hashText(`${String(game.snap.value)}|${canonicalJson(game.snap.context.game)}`);
    hashOfSnapshot.set(game.snap, hash);
  }
  return hash;
}

export interface Save { seed: string; decisions: readonly Intent[]; forced?: readonly Forced[] }

/** Rebuilds a game by replaying its decisions; stops at the first intent that no longer applies. */
export function replay(scenario: Scenario, save: Save): { game: Game; hashes: string[]; error?: { index: number; reason: string } } {
  const driver = new Driver(newGame(scenario, save.seed, save.forced ?? []).game);
  const hashes: string[] = [];
  for (const [index, intent] of save.decisions.entries()) {
    const reason = driver.send(intent);
    if (reason !== null) return { game: driver.finish(), hashes, error: { index, reason } };
    hashes.push(stateHash(driver.game));
  }
  return { game: driver.finish(), hashes };
}

/** Delay lines start settled on the scenario's opening situation: a push already under way when the board sits. */
function initialDelays(scenario: Scenario, start: Record<string, number | string>): number[][] {
  const startAll = snapshot(scenario, { quarter: 0, vars: start, last: {}, counts: {} });
  const env = makeEnv({ ...startAll, quarter: 0, quarters: scenario.calendar.quarters }, null);
  const reference = referenceValues(scenario.model);
  return scenario.model.flows.map((f) => {
    const x = f.delay > 0 ? f.input(env, reference) : 0;
    return f.delay > 0 ? Array.from({ length: f.order }, () => x) : [];
  });
}
