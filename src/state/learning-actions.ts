// The check before and after play, the reaction form and the debrief's reflections: kept in the store with the game
// and saved with it after every answer, so a reload mid-check or mid-form loses nothing.
import { cleanAnswers, type Form } from '../learning/check';
import type { LearningRecord, Reaction } from '../learning/record';
import { t } from '../i18n/messages';
import { autosaveNow } from './actions';
import { store } from './store';

function update(change: (r: LearningRecord) => LearningRecord): void {
  store.setState({ learning: change(store.getState().learning ?? {}) });
  autosaveNow();
}

/** One answer of the form being taken (quiet: the page already shows it). */
export function answerCheck(item: string, value: string | number): void {
  update((r) => ({ ...r, draft: { ...r.draft, [item]: value } }));
}

/** The form is done: its answers are kept (only those this check can read) and the draft cleared. */
export function finishCheck(form: Form): void {
  const check = store.getState().game?.scenario.check;
  if (!check) return;
  update((r) => ({ ...r, [form]: cleanAnswers(check, form, r.draft ?? {}) ?? {}, draft: undefined }));
  store.setState({ announcement: form === 'before' ? t('play.check.thanksBefore') : t('play.check.thanksAfter') });
}

/** In a hurry: no check for this game, before or after. */
export function skipCheck(): void {
  update((r) => ({ ...r, skipped: true, draft: undefined }));
  store.setState({ announcement: t('play.check.skipped') });
}

export function react(change: Partial<Reaction>): void {
  update((r) => ({ ...r, reaction: { ...r.reaction, ...change } }));
}

export function keepReflections(answers: Record<string, string>): void {
  update((r) => ({ ...r, reflections: { ...answers } }));
}
