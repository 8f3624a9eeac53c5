import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { newGame, stateHash, stateOf, step, type Game } from '../../src/engine/session';
import { playQuarters } from '../../tools/scenario/transcripts/drive';
import { scenario } from '../engine/helpers';

const northmoor = scenario('northmoor');

/** A game's quarters as a transcript writes them: the agenda as it stood at each commit, and the answers. */
function quartersOf(game: Game) {
  let g = newGame(game.scenario, game.seed).game;
  const quarters: { agenda: string[]; answers: Record<string, string> }[] = [];
  for (const intent of game.decisions) {
    if (intent.type === 'BEGIN') quarters.push({ agenda: [], answers: {} });
    const q = quarters[quarters.length - 1];
    if (intent.type === 'COMMIT') q.agenda = [...stateOf(g).agenda];
    if (intent.type === 'ANSWER') q.answers[intent.event] = intent.choice;
    g = step(g, intent).game;
  }
  return quarters;
}

describe('a quarters: transcript and decisions an answer put on the agenda', () => {
  it('replays the same game whether the put decision is listed in its quarter\'s agenda or left out', () => {
    let found = false;
    for (let seed = 0; seed < 60 && !found; seed++) {
      const game = playBot(northmoor, BUILT_IN.learning, `put-${seed}`);
      let g = newGame(northmoor, game.seed).game;
      // the quarters whose agenda at commit holds an item the board did not choose in that quarter
      const quarters = quartersOf(game);
      const chosenIn = new Map<number, Set<string>>();
      let quarter = 0;
      for (const intent of game.decisions) {
        if (intent.type === 'BEGIN') quarter++;
        if (intent.type === 'CHOOSE') (chosenIn.get(quarter) ?? chosenIn.set(quarter, new Set()).get(quarter)!).add(intent.id);
        g = step(g, intent).game;
      }
      const listed = quarters.some((q, i) => q.agenda.some((id) => !chosenIn.get(i + 1)?.has(id)));
      if (!listed) continue;
      found = true;
      const withPut = playQuarters(newGame(northmoor, game.seed).game, quarters);
      expect(withPut.stop).toBeUndefined();
      expect(stateHash(withPut.game)).toBe(stateHash(game));
      const without = playQuarters(newGame(northmoor, game.seed).game, quarters.map((q, i) => ({ ...q, agenda: q.agenda.filter((id) => chosenIn.get(i + 1)?.has(id)) })));
      expect(stateHash(without.game)).toBe(stateHash(game));
    }
    expect(found).toBe(true);
  });
});
