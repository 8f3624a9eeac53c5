// The game state: plain JSON, so it can be hashed, saved, compared and sent between devices.
import type { RngState } from './rng';
import type { EffectMap } from './types';

export type Phase = 'briefing' | 'agenda' | 'resolution' | 'events' | 'ending' | 'debrief';

export interface LogEntry {
  quarter: number;
  kind: 'decision' | 'event' | 'choice' | 'incident' | 'inspection';
  id: string;
  /** For a choice: the event it answered; for an inspection: the grade. */
  detail?: string;
}

export interface InboxItem { event: string; choice?: string }
export interface StoryHeard { id: string; clear: boolean; reading: number }

export interface GameState {
  quarter: number;
  vars: Record<string, number | string>;
  /** Delay-line stages, one array per model flow. */
  delays: number[][];
  rng: RngState;
  agenda: string[];
  busy: { id: string; until: number }[];
  pending: { quarter: number; source: string; effects: EffectMap }[];
  log: LogEntry[];
  /** Quarter an id (decision or event) last happened, and how often: what chose(), happened() and quartersSince() read. */
  last: Record<string, number>;
  counts: Record<string, number>;
  inbox: InboxItem[];
  stories: StoryHeard[];
  lastShock: Record<string, number>;
  /** Numbers (variables and derived values) at the start (index 0) and after each quarter (index k). */
  history: Record<string, number | string>[];
  ending: string | null;
  incidents: number;
}
