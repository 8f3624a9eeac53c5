// The only way anything changes: module-level actions that send intents to the engine and set the store once.
import { newGame, phaseOf, stateHash, step, stateOf, type Game, type Intent } from '../engine/session';
import type { Scenario } from '../engine/types';
import { t } from '../i18n/messages';
import { crossings } from '../present/room-events';
import type { LearningRecord } from '../learning/record';
import { announce } from './announce';
import { freshDebrief, store, type Screen, type Settings } from './store';
import { refusalMessage } from '../i18n/refusal';

/** What the actions need from the outside world (storage, clock, sound), plugged in by main.ts; tests plug fakes. */
export interface Ports {
  autosave(game: Game): void;
  randomSeed(): string;
  onSettings(settings: Settings): void;
  /** The player's debrief answers, kept by the finished game they answer (its scenario, seed and state hash). */
  keepAnswers(key: string, answers: Record<string, string>): void;
  answersFor(key: string): Record<string, string>;
}
let ports: Ports = { autosave: () => {}, randomSeed: () => '1', onSettings: () => {}, keepAnswers: () => {}, answersFor: () => ({}) };
export function connect(p: Partial<Ports>): void {
  ports = { ...ports, ...p };
}

export function showScreen(screen: Screen): void {
  const { screen: current } = store.getState();
  const previous = screen === 'settings' || screen === 'about' ? (current === 'settings' || current === 'about' ? store.getState().previous : current) : current;
  store.setState({ screen, previous, notice: null });
}

export function back(): void {
  showScreen(store.getState().previous === 'loading' ? 'title' : store.getState().previous);
}

/** Starts a scenario, given itself (an opened file may share its id with a bundled one) or its id. */
/** A new game; `previous` is the game it replays the luck of (its debrief then compares the two runs). */
export function startGame(which: string | Scenario, seed?: string, previous: Game | null = null): void {
  const scenario = typeof which === 'string' ? store.getState().scenarios.find((s) => s.scenario?.id === which)?.scenario : which;
  if (!scenario) { store.setState({ notice: { kind: 'error', text: t('play.actions.cannotPlay', { id: String(which) }) } }); return; }
  const entry = { scenario };
  const { game, effects } = newGame(entry.scenario, seed ?? ports.randomSeed());
  // a second game with the same luck is a replay of the first, whose check already measured the player
  const learning: LearningRecord = previous ? { skipped: true } : {};
  store.setState({ learning, game, effects, stepNo: store.getState().stepNo + 1, roomEvents: [], screen: 'briefing', announcement: t('play.actions.briefing', { title: entry.scenario.title }), notice: null, whatIf: null, debrief: freshDebrief(previous) });
  ports.autosave(game);
}

/** Saves the current game as it stands (its learning record changed, not its state). */
export function autosaveNow(): void {
  const { game } = store.getState();
  if (game) ports.autosave(game);
}

export function resumeGame(game: Game, message?: string, learning?: LearningRecord): void {
  const phase = phaseOf(game);
  store.setState({
    learning: learning ?? {}, game, effects: [], stepNo: store.getState().stepNo + 1, roomEvents: [], whatIf: null, debrief: { ...freshDebrief(), answers: ports.answersFor(answersKey(game)) },
    // a game with no move yet was left in the briefing (or its check): it opens there again
    screen: phase === 'debrief' ? 'debrief' : game.decisions.length === 0 ? 'briefing' : 'board',
    announcement: t('play.actions.continuing', { title: game.scenario.title, quarter: stateOf(game).quarter }),
    notice: message ? { kind: 'info', text: message } : null,
  });
}

/** Sends one intent. A refused intent leaves the game as it was and says why. */
export function send(intent: Intent): boolean {
  const { game } = store.getState();
  if (!game) return false;
  const r = step(game, intent);
  if (!r.accepted) {
    const why = r.refusal ? refusalMessage(r.refusal) : t('play.actions.notPossible');
    store.setState({ notice: { kind: 'error', text: why }, announcement: r.refusal ? why : '' });
    return false;
  }
  const screen: Screen = phaseOf(r.game) === 'debrief' ? 'debrief' : 'board';
  // the pressures are felt as they change (a resolution, an answer), not when the next report is printed
  const roomEvents = crossings(r.game.scenario, stateOf(game).vars, stateOf(r.game).vars);
  const heard = roomEvents.map((e) => e.caption.replace(/^\[|\]$/g, '')).join('. ');
  const announcement = [announce(r.game, r.effects), heard].filter(Boolean).join(' ');
  store.setState({ game: r.game, effects: r.effects, stepNo: store.getState().stepNo + 1, roomEvents, announcement, notice: null, screen });
  ports.autosave(r.game);
  return true;
}

export const begin = () => send({ type: 'BEGIN' });
export const choose = (id: string) => send({ type: 'CHOOSE', id });
export const unchoose = (id: string) => send({ type: 'UNCHOOSE', id });
export const commit = () => send({ type: 'COMMIT' });
export const proceed = () => send({ type: 'CONTINUE' });
export const answer = (event: string, choice: string) => send({ type: 'ANSWER', event, choice });
export const openDebrief = () => send({ type: 'DEBRIEF' });

export function toggleDecision(id: string): boolean {
  const game = store.getState().game;
  if (!game) return false;
  return stateOf(game).agenda.includes(id) ? unchoose(id) : choose(id);
}

export function acceptContentNote(key: string): void {
  store.setState({ contentNoteAccepted: { ...store.getState().contentNoteAccepted, [key]: true } });
}

export function updateSettings(patch: Partial<Settings>): void {
  const settings = { ...store.getState().settings, ...patch };
  store.setState({ settings });
  ports.onSettings(settings);
}

export function dismissNotice(): void {
  store.setState({ notice: null });
}

export function setCaption(caption: string): void {
  store.setState({ caption });
}

export function setWhatIf(game: Game | null, label = t('play.actions.whatIf')): void {
  const { debrief } = store.getState();
  store.setState({ whatIf: game, debrief: { ...debrief, ghost: game ? { kind: 'branch', label } : null } });
}

/** Which game a set of debrief answers belongs to: the same scenario, seed and decisions give the same key. */
export function answersKey(game: Game): string {
  return `${game.scenario.id}|${game.seed}|${stateHash(game)}`;
}

export function keepAnswers(game: Game, answers: Record<string, string>): void {
  ports.keepAnswers(answersKey(game), answers);
}
