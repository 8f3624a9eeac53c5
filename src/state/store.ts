// The one bridge between the engine and the view: a zustand vanilla store. Scenes and DOM views subscribe to slices
// and send intents through the actions in actions.ts; nothing else changes the store.
import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Game } from '../engine/session';
import type { ViewEffect } from '../engine/view-effects';
import type { RoomEvent } from '../present/room-events';
import type { Scenario } from '../engine/types';
import type { Diagnostic } from '../scenario/diagnostics';
import type { WorkshopSession } from '../workshop/session';
import type { LearningRecord } from '../learning/record';
import type { RoomLearning } from '../workshop/check-code';

export type Screen = 'loading' | 'title' | 'chooser' | 'briefing' | 'board' | 'debrief' | 'settings' | 'about' | 'workshop-setup' | 'workshop-room' | 'workshop-join';

export interface Settings {
  textScale: 1 | 1.25 | 1.5;
  highContrast: boolean;
  reducedMotion: boolean;
  /** Sized for a 1920x1080 projector read from the back of a room: the laptop layout at one and a half times the size. */
  projector: boolean;
  volume: number;
  muted: boolean;
  /** Decision cards show only title and cost; a long agenda fits on a screen. */
  /** The agenda shows each decision's description on its card (off: the agenda at a glance, details on focus). */
  cardDescriptions: boolean;
  /** The language of the interface chosen in Settings (a key of i18n LOCALES); null: the browser's. */
  locale: string | null;
}

export interface ScenarioEntry {
  file: string;
  scenario?: Scenario;
  diagnostics: Diagnostic[];
  /** The texts the diagnostics point into, for code frames. */
  sources?: Record<string, string>;
  /** Opened by the player from a file, not bundled. */
  opened?: boolean;
  /** Shown in a translation: its locale, and whether a fluent speaker has reviewed it. */
  translation?: { locale: string; reviewed: boolean };
}
export interface SaveEntry { id: string; label: string; scenarioTitle: string; quarter: number; savedAt: string; problem?: string }

export interface Notice { kind: 'error' | 'info'; text: string }

/** A team's game as the facilitator holds it: rebuilt from its code by replay. */
export interface RoomTeam {
  name: string; code: string; game: Game; rationale: Record<number, string>;
  /** The team's check before and after play and its reaction points, and the check code they came in. */
  learning?: RoomLearning; checkCode?: string;
}
export interface Workshop {
  role: 'facilitator' | 'team';
  session: WorkshopSession;
  /** Team play: which team this device plays for, its reasons by quarter, the pauses already held. */
  team?: string;
  rationale: Record<number, string>;
  pausesHeld: number[];
  /** Facilitation: the teams' games received so far and the facilitator's notes by quarter. */
  teams: RoomTeam[];
  notes: Record<number, string>;
  reveal: boolean;
  /** Facilitation: the step of the debrief script on the projector (0 = the first). */
  scriptStep?: number;
  /** Facilitation: where each team said it was, by the progress code it showed at a pause. */
  progress?: Record<string, { quarter: number; hash: string }>;
  /** Facilitation: the room is shown as the projector's presentation (no codes, boxes or notes). */
  projecting?: boolean;
  /** Facilitation on a live network: the pauses released for every team at once. */
  released?: number[];
}

/** The live tier as this device sees it: connected to the trainer's laptop or not, and who else is there. */
export interface LiveView {
  status: 'connecting' | 'live' | 'reconnecting' | 'lost';
  teams: { team: string; online: boolean; quarter?: number }[];
}

export interface AppState {
  screen: Screen;
  /** Where Settings and About return to. */
  previous: Screen;
  loadProgress: number;
  scenarios: ScenarioEntry[];
  game: Game | null;
  /** What the last step did, for scenes to animate and audio to play. */
  effects: ViewEffect[];
  /** Increases with every accepted step, so views can tell a new step from a re-render. */
  stepNo: number;
  /** The thresholds the last step pushed a pressure across, for the room to play out and the sound to caption. */
  roomEvents: RoomEvent[];
  /** The sentence the screen reader hears next (aria-live). */
  announcement: string;
  caption: string;
  notice: Notice | null;
  saves: SaveEntry[];
  settings: Settings;
  /** A branch of the finished game for the debrief's "what if", or another board's game with the same luck. */
  whatIf: Game | null;
  /** The debrief's own moment: the fog, the moment whose causes are open, the ghost on the chart, the player's answers. */
  debrief: DebriefView;
  contentNoteAccepted: Record<string, boolean>;
  workshop: Workshop | null;
  /** A workshop kept aside while this device plays one team's game (hot-seat), restored when the game is sent. */
  room: Workshop | null;
  /** What the current game's player learned: the check before and after, the reaction form (kept in its save). */
  learning: LearningRecord | null;
  /** The live tier, when the game is served by `npm run host`; null when it works by codes alone. */
  live: LiveView | null;
}

/** What the debrief shows of a finished game. `answers` is read and written without redrawing the page (it is typed into). */
export interface DebriefView {
  fog: 'down' | 'lifted';
  /** A moment's id (see debrief/moments.ts) whose web of causes is open. */
  moment: string | null;
  /** What the ghost line on the chart is: the player's own "what if", or another board with the same luck. */
  ghost: { kind: 'branch' | 'learning' | 'compliance'; label: string } | null;
  answers: Record<string, string>;
  /** The game before this one, when this one was started with the same luck: the two runs are compared. */
  previous: Game | null;
}

export function freshDebrief(previous: Game | null = null): DebriefView {
  return { fog: 'down', moment: null, ghost: null, answers: {}, previous };
}

export const DEFAULT_SETTINGS: Settings = { textScale: 1, highContrast: false, reducedMotion: false, volume: 0.7, muted: false, cardDescriptions: false, projector: false, locale: null };

export function initialState(): AppState {
  return {
    screen: 'loading', previous: 'title', loadProgress: 0, scenarios: [], game: null, effects: [], stepNo: 0, roomEvents: [],
    announcement: '', caption: '', notice: null, saves: [], settings: { ...DEFAULT_SETTINGS }, whatIf: null, debrief: freshDebrief(), contentNoteAccepted: {}, workshop: null, room: null, live: null, learning: null,
  };
}

export const store = createStore<AppState>()(subscribeWithSelector(() => initialState()));
export type AppStore = typeof store;
