// A learning management system's view of a game: started, the place kept after every quarter (never only on
// unload: a closed laptop lid sends nothing), completed at the debrief, the after-check's mark once it is answered, and
// the time spent. One connector for SCORM 1.2 and cmi5; each speaks its own standard behind the Tracker interface.
import { phaseOf, stateOf, type Game } from '../engine/session';
import { checkScore } from '../learning/check';
import { t } from '../i18n/messages';
import type { LearningRecord } from '../learning/record';
import { resumeGame, startGame } from '../state/actions';
import { store } from '../state/store';
import { decodeSuspend, encodeSuspend } from './suspend';

export interface Tracker {
  /** The place kept from the last sitting, if any. */
  resumeData(): string | null;
  /** The game is under way: incomplete, with its place. Written and committed at once. */
  progress(suspend: string, game: Game): void;
  /** The player reached the debrief (completed); `score` is the after-check's mark once it is answered. */
  finished(suspend: string, game: Game, score: number | null): void;
  /** The page is going away: the time spent, the way out (suspend, unless complete), the end of the session. */
  exit(suspend: string, seconds: number): void;
}

/** Resumes or starts the game, then reports it to the tracker as it is played. */
export function trackGame(tracker: Tracker, defaultScenario: string, now: () => number): void {
  const started = now();
  const scenarioOf = (id: string) => store.getState().scenarios.find((s) => s.scenario?.id === id)?.scenario;
  const kept = decodeSuspend(tracker.resumeData(), scenarioOf);
  if (kept.game) resumeGame(kept.game, t('play.lms.welcomeBack', { quarter: stateOf(kept.game).quarter }), kept.learning);
  else {
    startGame(defaultScenario);
    if (kept.problem) store.setState({ notice: { kind: 'info', text: kept.problem } });
  }
  const suspendOf = (game: Game, learning: LearningRecord | null) => { try { return encodeSuspend(game, learning); } catch { return ''; } };
  let reported = '';
  const report = (game: Game | null, learning: LearningRecord | null) => {
    if (!game) return;
    const s = stateOf(game);
    const done = phaseOf(game) === 'debrief';
    const score = game.scenario.check && learning?.after ? checkScore(game.scenario.check, learning.after) : null;
    // what the LMS is told changes once a quarter, at the debrief, when a check or a reaction point is given
    const key = [game.scenario.id, game.seed, s.quarter, phaseOf(game) === 'ending' || done, done, learning?.before ? 1 : 0, score, learning?.reaction?.useful, learning?.reaction?.relevant].join('|');
    if (key === reported) return;
    reported = key;
    const suspend = suspendOf(game, learning);
    if (done) tracker.finished(suspend, game, score); else tracker.progress(suspend, game);
  };
  store.subscribe((st) => [st.game, st.learning] as const, ([game, learning]) => report(game, learning), { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
  report(store.getState().game, store.getState().learning);
  window.addEventListener('pagehide', () => {
    const { game, learning } = store.getState();
    tracker.exit(game ? suspendOf(game, learning) : '', Math.round((now() - started) / 1000));
  }, { once: true });
}
