// What the player does in the debrief: lift the fog, ask why of a moment, set another board beside their own, write
// their answers, and play again with the same luck. Only these write the debrief's slice of the store.
import { sameLuck, OTHER_BOARDS, type OtherBoard } from '../debrief/same-luck';
import { webOf } from '../debrief/web';
import { t } from '../i18n/messages';
import { keepAnswers, startGame } from './actions';
import { keepReflections } from './learning-actions';
import { store } from './store';

export function liftFog(): void {
  const { debrief, game } = store.getState();
  if (!game || debrief.fog === 'lifted') return;
  const truth = game.scenario.model.variables.find((v) => v.id === game.scenario.model.display.truth)?.label ?? t('play.debrief.truth');
  store.setState({ debrief: { ...debrief, fog: 'lifted' }, announcement: t('play.debrief.fogLifts', { truth: truth.toLowerCase() }) });
}

/** Opens a moment's web of causes (null closes it). */
export function openMoment(id: string | null): void {
  const { debrief, game } = store.getState();
  if (!game) return;
  const web = id ? webOf(game, id) : null;
  store.setState({ debrief: { ...debrief, moment: web ? id : null }, ...(web ? { announcement: t('play.debrief.moment', { heading: web.heading, sentence: String(web.sentences[0]) }) } : {}) });
}

export function showOtherBoard(board: OtherBoard | null): void {
  const { debrief, game } = store.getState();
  if (!game) return;
  if (!board) { store.setState({ whatIf: null, debrief: { ...debrief, ghost: null } }); return; }
  const other = sameLuck(game, board);
  store.setState({ whatIf: other, debrief: { ...debrief, ghost: { kind: board, label: OTHER_BOARDS[board].label } }, announcement: t('play.debrief.otherBoard', { label: OTHER_BOARDS[board].label }) });
}

/** Keeps an answer as it is typed; the page is not redrawn for it (the text box already shows it). */
export function setAnswer(id: string, text: string): void {
  const { debrief, game } = store.getState();
  const answers = { ...debrief.answers, [id]: text };
  store.setState({ debrief: { ...debrief, answers } });
  if (game) keepAnswers(game, answers);
  keepReflections(answers);
}

/** The same scenario and seed again: the same luck, so the two runs can be set side by side in the next debrief. */
export function playAgainSameLuck(): void {
  const { game } = store.getState();
  if (game) startGame(game.scenario, game.seed, game);
}
