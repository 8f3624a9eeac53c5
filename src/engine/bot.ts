// Bots: policies written as tag preferences, so any policy plays any scenario. They drive the same turn machine as
// players (session.ts Driver), putting a whole agenda up as one COMMIT and recording it as a player's steps.
// A bot's own choices use its own generator, seeded apart from the game's, so a policy never changes the game's luck.
// A policy's rules read the game's state; the first that holds sets the preferences of that moment.
import { isAvailable, roomLeft } from './agenda';
import { needsAnswer } from './answers';
import { defaultAnswer, offeredChoices } from './texts';
import { envFor } from './env';
import { nextFloat, seedRng, type RngState } from './rng';
import { Driver, newGame, phaseOf, stateOf, type Game, type Intent } from './session';
import type { Forced } from './resolve';
import type { GameState, Phase } from './state';
import type { DecisionDef, Formula, Model, Scenario, Tag } from './types';

/** What a bot wants at one moment: the part of a policy a rule may change. */
export interface Preferences {
  /** How much the bot likes each tag; a decision's appeal is the sum over its tags. Decisions with no appeal are skipped. */
  tags: Partial<Record<Tag, number>>;
  /** Decisions a quarter at most ('slots': as many as the agenda holds; 'random': 0 to slots). */
  perQuarter: number | 'slots' | 'random';
  /** How events are answered: by the same tag preferences, the scenario's default, or at random. */
  answers: 'tags' | 'default' | 'random';
  /** Tags the bot never picks, whatever else a decision offers. */
  avoid?: Tag[];
}

/** While `when` holds, the preferences it sets replace the policy's own; those it leaves out stay as they are. */
export interface PolicyRule extends Partial<Preferences> {
  /** Reads what the board can see (a policy file's rules are checked for that when bound to a scenario). */
  when: Formula;
}

export interface Policy extends Preferences {
  name: string;
  /** 0: always the most appealing; 1: any appealing decision, weighted by appeal. */
  randomness: number;
  /** Checked in order at the start of each quarter's agenda and before each answer; the first that holds applies. */
  rules?: readonly PolicyRule[];
  /** Rules written from the scenario's model when a game starts, for a built-in that plays any scenario; instead of `rules`. */
  rulesFor?: (model: Model) => readonly PolicyRule[];
}

/** The bot's memory within one game: decisions still to put up this quarter, and its rules for this scenario. */
export interface BotPlan { left: number; rules?: readonly PolicyRule[]; now?: Preferences }

/**
 * The worst share of a pressure's range where a steady board turns to protecting its mandate (design): a fifth, below
 * 20 on 0-100, a few points above where the bundled scenarios' councils give up (10-12). Turning at a quarter of the
 * range protected too soon: steady then gave learning time away in quarters it did not need to.
 */
export const DANGER_BAND = 0.2;

/**
 * The mandate is in danger when a pressure the board needs more of (better: higher, such as political confidence)
 * is in the worst DANGER_BAND of its range. Pressures the board needs less of (media heat, the regulator) are weathered
 * rather than fought; those without a direction or a range (derived values) never count.
 */
export function pressureInDanger(model: Model): Formula {
  const limits = model.display.pressures.flatMap((id) => {
    const v = model.variables.find((x) => x.id === id);
    // the mandate is the pressure the board needs more of (confidence): the others it can weather
    if (!v || v.kind !== 'number' || v.better !== 'higher' || v.max <= v.min) return [];
    return [{ id, limit: v.min + DANGER_BAND * (v.max - v.min) }];
  });
  return (env) => limits.some((l) => (env.vars[l.id] as number) < l.limit);
}

export const BUILT_IN: Record<string, Policy> = {
  none: { name: 'none', tags: {}, perQuarter: 0, answers: 'default', randomness: 0 },
  random: { name: 'random', tags: { compliance: 1, learning: 1, capacity: 1, relations: 1 }, perQuarter: 'random', answers: 'random', randomness: 1 },
  compliance: { name: 'compliance', tags: { compliance: 1 }, perQuarter: 'slots', answers: 'tags', randomness: 0.5 },
  learning: { name: 'learning', tags: { learning: 1 }, perQuarter: 'slots', answers: 'tags', randomness: 0.5 },
  balanced: { name: 'balanced', tags: { learning: 1, capacity: 1, relations: 1, compliance: 0.5 }, perQuarter: 'slots', answers: 'tags', randomness: 1 },
  // learns, but protects the mandate while any pressure is in danger
  steady: {
    name: 'steady', tags: { learning: 3, capacity: 3, relations: 1, compliance: 0 }, perQuarter: 'slots', answers: 'tags', randomness: 0.5,
    // in danger it courts the council and the press, and gives the answer of least resistance (a demand accepted)
    rulesFor: (model) => [{ when: pressureInDanger(model), tags: { relations: 3, learning: 2, capacity: 2 }, answers: 'default' }],
  },
};

/** The preferences of this moment: the first rule that holds over the policy's own, or the policy's own. */
export function preferencesNow(policy: Policy, game: Game, plan: BotPlan = { left: 0 }): Preferences {
  return preferencesIn(policy, game.scenario, stateOf(game), plan);
}

function preferencesIn(policy: Policy, scenario: Scenario, state: GameState, plan: BotPlan): Preferences {
  const rules = (plan.rules ??= policy.rulesFor?.(scenario.model) ?? policy.rules ?? []);
  if (rules.length === 0) return policy;
  const env = envFor(scenario, state);
  const rule = rules.find((r) => r.when(env) === true);
  if (!rule) return policy;
  return { tags: rule.tags ?? policy.tags, perQuarter: rule.perQuarter ?? policy.perQuarter, answers: rule.answers ?? policy.answers, avoid: rule.avoid ?? policy.avoid };
}

// Loops rather than closures: a bot weighs every decision every quarter of thousands of games
function appeal(prefs: Preferences, tags: readonly Tag[]): number {
  let n = 0;
  for (const t of tags) {
    if (prefs.avoid?.includes(t)) return 0;
    n += prefs.tags[t] ?? 0;
  }
  return n;
}

function choose<T>(rng: RngState, items: readonly { item: T; weight: number }[], randomness: number): T | undefined {
  if (items.length === 0) return undefined;
  let best = -Infinity;
  let total = 0;
  for (const i of items) { if (i.weight > best) best = i.weight; total += i.weight; }
  if (nextFloat(rng) >= randomness) {
    let top = 0;
    for (const i of items) if (i.weight === best) top += 1;
    let k = Math.floor(nextFloat(rng) * top);
    for (const i of items) if (i.weight === best && k-- === 0) return i.item;
  }
  let r = nextFloat(rng) * total;
  for (const i of items) { r -= i.weight; if (r < 0) return i.item; }
  return items[items.length - 1].item;
}

/** The bot's next intent for a game in any phase. */
export function botIntent(policy: Policy, game: Game, rng: RngState, plan: BotPlan): Intent | null {
  return botIntentIn(policy, game.scenario, phaseOf(game), stateOf(game), rng, plan);
}

/** The same, for a game known by its phase and state (a simulation plays without a Game: see playRun). */
export function botIntentIn(policy: Policy, scenario: Scenario, phase: Phase, s: GameState, rng: RngState, plan: BotPlan): Intent | null {
  switch (phase) {
    case 'briefing': {
      // the quarter's preferences are settled once, from the figures the board has when the agenda opens
      const now = (plan.now = preferencesIn(policy, scenario, s, plan));
      plan.left = now.perQuarter === 'slots' ? scenario.calendar.slots : now.perQuarter === 'random' ? Math.floor(nextFloat(rng) * (scenario.calendar.slots + 1)) : now.perQuarter;
      return { type: 'BEGIN' };
    }
    case 'agenda': {
      // the whole agenda as one intent: picked one by one as a player would, each pick against the agenda so far
      const now = (plan.now ??= preferencesIn(policy, scenario, s, plan));
      const add: string[] = [];
      if (plan.left > 0) {
        // what is open this quarter does not depend on the agenda (agenda.ts); only what is left to spend does
        const open: { item: DecisionDef; weight: number }[] = [];
        for (const d of scenario.decisions) {
          const weight = appeal(now, d.tags);
          if (weight > 0 && !s.agenda.includes(d.id) && isAvailable(scenario, s, d)) open.push({ item: d, weight });
        }
        // the agenda so far, grown as the bot picks (a state of the bot's own, read by roomLeft)
        const so = { ...s, agenda: [...s.agenda] };
        const options: { item: string; weight: number }[] = [];
        for (let room = roomLeft(scenario, so); plan.left > 0 && room.slots > 0; room = roomLeft(scenario, so)) {
          options.length = 0;
          for (const o of open) if (!so.agenda.includes(o.item.id) && room.fits(o.item)) options.push({ item: o.item.id, weight: o.weight });
          const id = choose(rng, options, policy.randomness);
          if (!id) break;
          plan.left -= 1;
          add.push(id);
          so.agenda.push(id);
        }
      }
      return add.length ? { type: 'COMMIT', add } : { type: 'COMMIT' };
    }
    case 'resolution': return { type: 'CONTINUE' };
    case 'events': {
      const open = s.inbox.find((i) => needsAnswer(scenario, i));
      if (!open) return { type: 'CONTINUE' };
      // only the answers on offer when the event arrived
      const offered = offeredChoices(scenario, open);
      const now = preferencesIn(policy, scenario, s, plan);
      let choice = defaultAnswer(scenario, open)!;
      if (now.answers === 'random') choice = offered[Math.floor(nextFloat(rng) * offered.length)].id;
      if (now.answers === 'tags') {
        const liked = offered.map((c) => ({ item: c.id, weight: appeal(now, c.tags) })).filter((c) => c.weight > 0);
        choice = choose(rng, liked, 0) ?? choice;
      }
      return { type: 'ANSWER', event: open.event, choice };
    }
    case 'ending': return { type: 'DEBRIEF' };
    default: return null;
  }
}

/** The seed of a bot's own generator for a game: apart from the game's, so a policy never changes the game's luck. */
export const botSeed = (policy: Policy, seed: string): string => `bot:${policy.name}:${seed}`;

/** Plays one whole game with a policy. `onStep` sees every accepted intent and the game after it (simulate reads what each quarter's resolution told). */
export function playBot(scenario: Scenario, policy: Policy, seed: string, forced: readonly Forced[] = [], onStep?: (intent: Intent, game: Game) => void): Game {
  const driver = new Driver(newGame(scenario, seed, forced).game);
  const rng = seedRng(botSeed(policy, seed));
  const plan: BotPlan = { left: 0 };
  for (let guard = 0; guard < 10_000; guard++) {
    const intent = botIntent(policy, driver.game, rng, plan);
    if (!intent) return driver.finish();
    // the game's record keeps a player's steps (each choice, then the commit), so saves and transcripts read the same
    const record: Intent[] = intent.type === 'COMMIT' && intent.add ? [...intent.add.map((id: string): Intent => ({ type: 'CHOOSE', id })), { type: 'COMMIT' }] : [intent];
    const reason = driver.send(intent, record);
    if (reason !== null) throw new Error(`bot intent rejected: ${reason}`);
    onStep?.(intent, driver.game);
  }
  throw new Error('bot did not finish the game');
}
