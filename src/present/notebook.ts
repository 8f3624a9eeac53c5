// The board's notebook: every account heard from practice in this game, with who gave it and when, as the board heard
// it (clear or vague). Read back by replaying the game's own decisions, so a loaded save has its notebook too.
import { newGame, stateOf, step, type Game } from '../engine/session';
import { storyText } from '../engine/texts';
import { quarterLabel } from './calendar';

export interface NotebookEntry { quarter: number; when: string; voice: string; clear: boolean; text: string }

const cache = new WeakMap<Game, NotebookEntry[]>();

export function notebook(game: Game): NotebookEntry[] {
  let hit = cache.get(game);
  if (!hit) { hit = build(game); cache.set(game, hit); }
  return hit;
}

function build(game: Game): NotebookEntry[] {
  const scenario = game.scenario;
  let g = newGame(scenario, game.seed, game.forced).game;
  const out: NotebookEntry[] = [];
  for (const intent of game.decisions) {
    const r = step(g, intent);
    if (!r.accepted) break;
    g = r.game;
    if (intent.type !== 'COMMIT') continue;
    const quarter = r.effects.find((e) => e.type === 'resolved')?.quarter ?? stateOf(g).quarter;
    for (const heard of stateOf(g).stories) {
      const def = scenario.stories.find((x) => x.id === heard.id);
      if (!def) continue;
      const t = storyText(def, heard);
      out.push({ quarter, when: quarterLabel(scenario, quarter), voice: t.voice, clear: heard.clear, text: heard.clear ? t.clear : t.vague });
    }
  }
  return out;
}
