// Another board with the same luck: a built-in bot plays the player's scenario on the player's seed (the same
// incidents drawn from the same generator wherever the state lets them come), so the difference is the board's way of
// working, not fortune. The debrief draws it as a ghost beside the player's own lines.
import { BUILT_IN, playBot } from '../engine/bot';
import type { Game } from '../engine/session';
import { t, type MessageId } from '../i18n/messages';

export type OtherBoard = 'learning' | 'compliance';

/** Its words in the current language, read each time (the language can change while the debrief is open). */
function words(label: MessageId, action: MessageId): { readonly label: string; readonly action: string } {
  return { get label() { return t(label); }, get action() { return t(action); } };
}

export const OTHER_BOARDS: Record<OtherBoard, { readonly label: string; readonly action: string }> = {
  learning: words('analysis.sameLuck.learning.label', 'analysis.sameLuck.learning.action'),
  compliance: words('analysis.sameLuck.compliance.label', 'analysis.sameLuck.compliance.action'),
};

const cache = new WeakMap<Game, Partial<Record<OtherBoard, Game>>>();

export function sameLuck(game: Game, board: OtherBoard): Game {
  const mine = cache.get(game) ?? {};
  cache.set(game, mine);
  return (mine[board] ??= playBot(game.scenario, BUILT_IN[board], game.seed, game.forced));
}
