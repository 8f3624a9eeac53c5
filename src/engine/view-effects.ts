// What happened in a step, as data for the view to show, play and announce. The engine never draws or plays anything.
import type { Change } from './apply-effects';
import type { ResolutionStep } from './pushes';
import type { Refusal } from './refusal';
import type { Phase } from './state';

export type ViewEffect =
  | { type: 'phase'; phase: Phase; quarter: number }
  | { type: 'chosen'; id: string }
  | { type: 'unchosen'; id: string }
  | { type: 'rejected'; reason: string; refusal: Refusal }
  | { type: 'changes'; quarter: number; changes: Change[] }
  | { type: 'event'; id: string; cue: string; headline: string; forced: boolean }
  | { type: 'incident'; event: string | null }
  | { type: 'inspection'; grade: string; score: number; /** The inspecting event, whose grades: give the inspectors' words. */ event: string }
  | { type: 'story'; id: string; clear: boolean }
  | { type: 'answered'; event: string; choice: string }
  | { type: 'ending'; id: string }
  /** A request to a partner agency, taken up or turned down. */
  | { type: 'ask'; id: string; of: string; agreed: boolean }
  /** The quarter's resolution, step by step, with every push each step applied: what the debrief's ledger folds. */
  | { type: 'resolved'; quarter: number; steps: ResolutionStep[] };
