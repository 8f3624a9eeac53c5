// The files the boot scene warms up: every sound cue (played later by Howler, which then finds them cached).
import { CUES } from '../audio/cues';

export const CUE_FILES: Record<string, string> = Object.fromEntries(Object.entries(CUES).map(([id, cue]) => [id, cue.src]));
