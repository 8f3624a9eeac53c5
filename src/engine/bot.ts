// Bots: policies written as tag preferences, so any policy plays any scenario. They drive the same step() as players.
// A bot's own choices use its own generator, seeded apart from the game's, so a policy never changes the game's luck.
import { slotsFree, whyNotChoose } from './agenda';
import { nextFloat, seedRng, type RngState } from './rng';
import { newGame, phaseOf, stateOf, step, type Game } from './session';
import type { Forced } from './resolve';
import type { Scenario, Tag } from './types';

export interface Policy {
  name: string;
  /** How much the bot likes each tag; a decision's appeal is the sum over its tags. Decisions with no appeal are skipped. */
  tags: Partial<Record<Tag, number>>;
  /** Decisions a quarter at most ('slots': as many as the agenda holds; 'random': 0 to slots). */
  perQuarter: number | 'slots' | 'random';
  /** How events are answered: by the same tag preferences, the scenario's default, or at random. */
  answers: 'tags' | 'default' | 'random';
  /** 0: always the most appealing; 1: any appealing decision, weighted by appeal. */
  randomness: number;
  /** Tags the bot never picks, whatever else a decision offers. */
  avoid?: Tag[];
}

export const BUILT_IN: Record<string, Policy> = {
  none: { name: 'none', tags: {}, perQuarter: 0, answers: 'default', randomness: 0 },
  random: { name: 'random', tags: { compliance: 1, learning: 1, capacity: 1, relations: 1 }, perQuarter: 'random', answers: 'random', randomness: 1 },
  compliance: { name: 'compliance', tags: { compliance: 1 }, perQuarter: 'slots', answers: 'tags', randomness: 0.5 },
  learning: { name: 'learning', tags: { learning: 1 }, perQuarter: 'slots', answers: 'tags', randomness: 0.5 },
  balanced: { name: 'balanced', tags: { learning: 1, capacity: 1, relations: 1, compliance: 0.5 }, perQuarter: 'slots', answers: 'tags', randomness: 1 },
};

function appeal(policy: Policy, tags: readonly Tag[]): number {
  if (policy.avoid?.some((t) => tags.includes(t))) return 0;
  return tags.reduce((n, t) => n + (policy.tags[t] ?? 0), 0);
}

function choose<T>(rng: RngState, items: { item: T; weight: number }[], randomness: number): T | undefined {
  if (items.length === 0) return undefined;
  const best = Math.max(...items.map((i) => i.weight));
  if (nextFloat(rng) >= randomness) {
    const top = items.filter((i) => i.weight === best);
    return top[Math.floor(nextFloat(rng) * top.length)].item;
  }
  const total = items.reduce((n, i) => n + i.weight, 0);
  let r = nextFloat(rng) * total;
  for (const i of items) { r -= i.weight; if (r < 0) return i.item; }
  return items[items.length - 1].item;
}

/** The bot's next intent for a game in any phase. */
export function botIntent(policy: Policy, game: Game, rng: RngState, plan: { left: number }): Parameters<typeof step>[1] | null {
  const s = stateOf(game);
  const scenario = game.scenario;
  switch (phaseOf(game)) {
    case 'briefing': {
      plan.left = policy.perQuarter === 'slots' ? scenario.calendar.slots : policy.perQuarter === 'random' ? Math.floor(nextFloat(rng) * (scenario.calendar.slots + 1)) : policy.perQuarter;
      return { type: 'BEGIN' };
    }
    case 'agenda': {
      if (plan.left > 0 && slotsFree(scenario, s) > 0) {
        const options = scenario.decisions
          .filter((d) => appeal(policy, d.tags) > 0 && whyNotChoose(scenario, s, d.id) === null)
          .map((d) => ({ item: d.id, weight: appeal(policy, d.tags) }));
        const id = choose(rng, options, policy.randomness);
        if (id) { plan.left -= 1; return { type: 'CHOOSE', id }; }
      }
      return { type: 'COMMIT' };
    }
    case 'resolution': return { type: 'CONTINUE' };
    case 'events': {
      const open = s.inbox.find((i) => i.choice === undefined && (scenario.events.find((e) => e.id === i.event)?.choices.length ?? 0) > 0);
      if (!open) return { type: 'CONTINUE' };
      const event = scenario.events.find((e) => e.id === open.event)!;
      let choice = event.defaultChoice!;
      if (policy.answers === 'random') choice = event.choices[Math.floor(nextFloat(rng) * event.choices.length)].id;
      if (policy.answers === 'tags') {
        const liked = event.choices.map((c) => ({ item: c.id, weight: appeal(policy, c.tags) })).filter((c) => c.weight > 0);
        choice = choose(rng, liked, 0) ?? choice;
      }
      return { type: 'ANSWER', event: open.event, choice };
    }
    case 'ending': return { type: 'DEBRIEF' };
    default: return null;
  }
}

/** Plays one whole game with a policy. */
export function playBot(scenario: Scenario, policy: Policy, seed: string, forced: readonly Forced[] = []): Game {
  let { game } = newGame(scenario, seed, forced);
  const rng = seedRng(`bot:${policy.name}:${seed}`);
  const plan = { left: 0 };
  for (let guard = 0; guard < 10_000; guard++) {
    const intent = botIntent(policy, game, rng, plan);
    if (!intent) return game;
    const r = step(game, intent);
    if (!r.accepted) throw new Error(`bot intent rejected: ${r.reason}`);
    game = r.game;
  }
  throw new Error('bot did not finish the game');
}
