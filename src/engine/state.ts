// The game state: plain JSON, so it can be hashed, saved, compared and sent between devices.
import type { RngState } from './rng';
import type { EffectMap } from './types';

export type Phase = 'briefing' | 'agenda' | 'resolution' | 'events' | 'ending' | 'debrief';

export interface LogEntry {
  quarter: number;
  kind: 'decision' | 'event' | 'choice' | 'incident' | 'inspection';
  id: string;
  /** For a choice: the event it answered; for an inspection: the grade; for a request a partner turned down: 'refused'. */
  detail?: string;
  /** For an event: which of its text variants arrived; for a choice: which wording of its label (absent: its own). */
  variant?: number;
}

export interface InboxItem {
  event: string;
  choice?: string;
  /** Which text variant arrived (absent: the event's own text). */
  variant?: number;
  /** The answers offered when it arrived, when some answers depend on the moment; absent: all of them. */
  offered?: string[];
  /** The label variant of each offered answer that has one. */
  labels?: Record<string, number>;
}
export interface StoryHeard { id: string; clear: boolean; reading: number; variant?: number }

export interface GameState {
  quarter: number;
  vars: Record<string, number | string>;
  /** Delay-line stages, one array per model flow. */
  delays: number[][];
  rng: RngState;
  agenda: string[];
  busy: { id: string; until: number }[];
  /** Commitments: resources a past decision has spoken for, up to and including quarter `until`. */
  binds: { id: string; until: number; resources: Record<string, number> }[];
  /** Decisions the board agreed to under a demand: placed on the next agenda, and not removable from it. */
  required: string[];
  /** Effects still to land: in `quarter`, `after` quarters after `source` (a decision id, or "event.choice") was chosen. */
  pending: { quarter: number; after: number; source: string; effects: EffectMap }[];
  log: LogEntry[];
  /** Quarter an id (decision or event) last happened, and how often: what chose(), happened() and quartersSince() read.
   *  Every id of the scenario is a key from the start, unset (undefined) until it happens. */
  last: Record<string, number>;
  counts: Record<string, number>;
  inbox: InboxItem[];
  stories: StoryHeard[];
  /** Every story text heard in this game ("id" or "id#variant"): the board is never told the same thing twice. */
  heard: string[];
  lastShock: Record<string, number>;
  /** Numbers (variables and derived values) at the start (index 0) and after each quarter (index k). */
  history: Record<string, number | string>[];
  ending: string | null;
  incidents: number;
}
