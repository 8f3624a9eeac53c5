// What a game keeps of what its player learned: the check before and after, the reaction form, the debrief's typed
// reflections. It is kept with the game (in its save) but never touches the game's state or its hash.
import { z } from 'zod';
import { t } from '../i18n/messages';
import type { CheckAnswers } from './check';

/** Kirkpatrick level 1: was it useful, does it speak to the player's own board, what will they do. */
export interface Reaction { useful?: number; relevant?: number; willDo?: string }
export interface LearningRecord {
  before?: CheckAnswers;
  after?: CheckAnswers;
  /** The player chose to skip the check for this game (in a hurry). */
  skipped?: boolean;
  reaction?: Reaction;
  /** Answers given so far in the form being taken, so a reload mid-check loses nothing. */
  draft?: CheckAnswers;
  /** The debrief's reflection prompts answered, by prompt id. */
  reflections?: Record<string, string>;
}

const Answers = z.record(z.string(), z.union([z.string().max(40), z.number()]));
const Point = z.int().min(1).max(5);
/** As read from a save: anything malformed is dropped on its own, so a damaged record never costs the game. */
export const LearningSchema = z.object({
  before: Answers.optional().catch(undefined),
  after: Answers.optional().catch(undefined),
  skipped: z.boolean().optional().catch(undefined),
  reaction: z.object({ useful: Point.optional().catch(undefined), relevant: Point.optional().catch(undefined), willDo: z.string().max(2000).optional().catch(undefined) }).optional().catch(undefined),
  reflections: z.record(z.string(), z.string().max(4000)).optional().catch(undefined),
  draft: Answers.optional().catch(undefined),
}).optional().catch(undefined);

/** The reaction form's two questions, in the language of the moment they are read. */
export const REACTION_SCALE: { readonly useful: string; readonly relevant: string } = {
  get useful() { return t('play.reaction.useful'); },
  get relevant() { return t('play.reaction.relevant'); },
};

/** Where the check stands for a game: to be offered before play, done, skipped, or not part of this scenario. */
export function checkStage(offered: boolean, r: LearningRecord | null | undefined): 'before' | 'after' | 'done' | 'none' {
  if (!offered) return 'none';
  if (r?.skipped) return 'none';
  if (!r?.before) return 'before';
  if (!r.after) return 'after';
  return 'done';
}
