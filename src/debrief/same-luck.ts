// Another board with the same luck: a built-in bot plays the player's scenario on the player's seed (the same
// incidents drawn from the same generator wherever the state lets them come), so the difference is the board's way of
// working, not fortune. The debrief draws it as a ghost beside the player's own lines.
import { BUILT_IN, playBot } from '../engine/bot';
import type { Game } from '../engine/session';

export type OtherBoard = 'learning' | 'compliance';

export const OTHER_BOARDS: Record<OtherBoard, { label: string; action: string }> = {
  learning: { label: 'a learning board with the same luck', action: 'Show a learning board with the same luck' },
  compliance: { label: 'a compliance board with the same luck', action: 'Show a compliance board with the same luck' },
};

const cache = new WeakMap<Game, Partial<Record<OtherBoard, Game>>>();

export function sameLuck(game: Game, board: OtherBoard): Game {
  const mine = cache.get(game) ?? {};
  cache.set(game, mine);
  return (mine[board] ??= playBot(game.scenario, BUILT_IN[board], game.seed, game.forced));
}
