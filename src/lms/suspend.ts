// What an LMS keeps between sittings (SCORM 1.2's cmi.suspend_data, at most 4,096 characters): the scenario, the seed,
// the moves packed by the exact arithmetic coder (each as which of the moves open at that point it was, about four
// bits), and the check's answers and reaction points. A whole Northmoor game with its check takes 514-582 characters (test/lms/suspend.test.ts measures it).
// No free text goes to the LMS: what the player typed (reflections, what they will do) stays on their device and in
// its exports. Reading never throws.
import { newGame, step, type Game } from '../engine/session';
import type { Scenario } from '../engine/types';
import { LearningSchema, type LearningRecord } from '../learning/record';
import { CodeReader, CodeWriter } from '../workshop/coder';
import { movesAt, sameIntent } from '../workshop/moves';
import { t } from '../i18n/messages';

export const SUSPEND_LIMIT = 4096;
const FORMAT = 1;
const MAX_MOVES = 2 ** 14;

export function encodeSuspend(game: Game, learning: LearningRecord | null): string {
  const w = new CodeWriter();
  w.uniform(game.decisions.length, MAX_MOVES);
  let g = newGame(game.scenario, game.seed).game;
  for (const intent of game.decisions) {
    const options = movesAt(g);
    const at = options.findIndex((o) => sameIntent(o, intent));
    const r = at < 0 ? null : step(g, intent);
    if (!r?.accepted) throw new Error('the game does not replay from its own moves');
    w.uniform(at, options.length);
    g = r.game;
  }
  const base = { v: FORMAT, s: game.scenario.id, h: game.scenario.hash.slice(0, 8), seed: game.seed, m: w.finish() };
  const r = learning ?? {};
  const l = {
    ...(r.before ? { before: r.before } : {}), ...(r.after ? { after: r.after } : {}), ...(r.skipped ? { skipped: true } : {}),
    ...(r.reaction?.useful || r.reaction?.relevant ? { reaction: { useful: r.reaction.useful, relevant: r.reaction.relevant } } : {}),
  };
  return JSON.stringify({ ...base, l });
}

export interface Resumed { game?: Game; learning?: LearningRecord; problem?: string }

/** The game and record a suspend_data stands for, on this scenario, or why it cannot be resumed. */
export function decodeSuspend(text: unknown, scenarioOf: (id: string) => Scenario | undefined): Resumed {
  try {
    if (typeof text !== 'string' || text.trim() === '') return {};
    const data = JSON.parse(text) as { v?: unknown; s?: unknown; h?: unknown; seed?: unknown; m?: unknown; l?: unknown };
    if (data.v !== FORMAT || typeof data.s !== 'string' || typeof data.seed !== 'string' || typeof data.m !== 'string') return { problem: t('play.lms.otherVersion') };
    const scenario = scenarioOf(data.s);
    if (!scenario) return { problem: t('play.lms.unknownScenario', { id: data.s }) };
    if (typeof data.h === 'string' && !scenario.hash.startsWith(data.h)) return { problem: t('play.lms.changed', { title: scenario.title }) };
    const r = new CodeReader(data.m);
    let game = newGame(scenario, data.seed).game;
    for (let i = 0, n = r.uniform(MAX_MOVES); i < n; i++) {
      const options = movesAt(game);
      const s = options.length ? step(game, options[r.uniform(options.length)]) : null;
      if (!s?.accepted) return { problem: t('play.lms.noReplay') };
      game = s.game;
    }
    const learning = LearningSchema.parse(data.l) ?? {};
    return { game, learning };
  } catch {
    return { problem: t('play.lms.damaged') };
  }
}
