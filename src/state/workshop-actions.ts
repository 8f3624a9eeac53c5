// Workshop actions: set up a session, join it as a team, send a team's game back, take it in at the front of the room.
import { newGame, stateHash, stateOf, step, type Game } from '../engine/session';
import type { Scenario } from '../engine/types';
import { t } from '../i18n/messages';
import { decodeCheckCode, decodeSession, decodeTeamGame, encodeTeamGame, onlyCheckCodes, splitCodes } from '../workshop/codes';
import { parseWorkshopFile } from '../workshop/file';
import { decodeProgress, encodeProgress, isReleaseWord } from '../workshop/progress';
import { createSession, scenarioProblem, WorkshopSessionSchema, type SessionInput, type WorkshopSession } from '../workshop/session';
import { resumeGame, showScreen, startGame } from './actions';
import { store, type RoomTeam, type Workshop } from './store';

const scenarioOf = (id: string) => store.getState().scenarios.find((s) => s.scenario?.id === id)?.scenario;
const playable = () => store.getState().scenarios.flatMap((s) => (s.scenario ? [s.scenario] : []));

/** The session a code stands for, with the scenario on this device it plays: for the join screen and reloads. */
export function sessionOfCode(code: string): ReturnType<typeof decodeSession> {
  return decodeSession(code, playable());
}

export function createWorkshop(scenarioId: string, input: SessionInput): string | null {
  const scenario = scenarioOf(scenarioId);
  if (!scenario) return t('codes.action.noScenario', { scenario: scenarioId });
  const r = createSession(scenario, input);
  if (!r.session) return r.problem?.message ?? t('codes.action.notCreated');
  store.setState({ workshop: { role: 'facilitator', session: r.session, rationale: {}, pausesHeld: [], teams: [], notes: {}, reveal: false }, screen: 'workshop-room', announcement: t('codes.action.created', { session: r.session.id }) });
  return null;
}

/**
 * Joins a session as one of its teams. A short code names the teams only by number; the names (and the pauses'
 * prompts) come with a link or QR code from the facilitator, or from the room itself when this device holds it.
 */
export function joinWorkshop(code: string, team: string, names?: readonly string[]): string | null {
  const r = sessionOfCode(code);
  if (!r.session || !r.scenario) return r.problem?.message ?? t('codes.action.notSessionCode');
  const mismatch = scenarioProblem(r.session, r.scenario);
  if (mismatch) return mismatch.message;
  const room = store.getState().workshop?.role === 'facilitator' ? store.getState().workshop : store.getState().room;
  const session = room?.session.id === r.session.id ? room.session : withNames(r.session, names);
  if (!session.teams.includes(team)) return t('codes.action.chooseTeam', { teams: session.teams.join(', ') });
  startGame(r.scenario.id, session.seed);
  store.setState({ workshop: { role: 'team', session, team, rationale: {}, pausesHeld: [], teams: [], notes: {}, reveal: false }, room });
  return null;
}

/** The session with the teams' names from a link, when there are as many as it has teams and they are fit to use. */
export function withNames(session: WorkshopSession, names?: readonly string[]): WorkshopSession {
  if (!names || names.length !== session.teams.length) return session;
  const named = { ...session, teams: names.map((n) => n.trim()) };
  return WorkshopSessionSchema.safeParse(named).success ? named : session;
}

export function setRationale(quarter: number, text: string): void {
  const w = store.getState().workshop;
  if (w) store.setState({ workshop: { ...w, rationale: { ...w.rationale, [quarter]: text } } });
}

/** A team goes on past a pause once it types the word the trainer shows on the projector. */
export function releasePause(quarter: number, word: string): string | null {
  const w = store.getState().workshop;
  if (!w) return null;
  if (!isReleaseWord(w.session, quarter, word)) {
    store.setState({ notice: { kind: 'error', text: word.trim() ? t('codes.action.wrongWord', { word: word.trim() }) : t('codes.action.typeWord') } });
    return 'wrong';
  }
  store.setState({ workshop: { ...w, pausesHeld: [...w.pausesHeld, quarter] }, notice: null, announcement: t('codes.action.roomGoesOn', { quarter }) });
  return null;
}

/** The progress code this team's device shows at the pause it waits at. */
export function progressCode(): string | null {
  const { workshop: w, game } = store.getState();
  if (!w || w.role !== 'team' || !w.team || !game) return null;
  return encodeProgress(w.session, w.team, stateOf(game).quarter, stateHash(game));
}

/** Takes a team's progress code in at the front of the room: the room then shows where that team is. */
export function receiveProgress(code: string): string | null {
  const w = store.getState().workshop;
  if (!w || w.role !== 'facilitator') return t('codes.action.noRoom');
  const r = decodeProgress(code, w.session);
  if (!r.progress) return r.problem ?? t('codes.action.notProgressCode');
  const { team, quarter, hash } = r.progress;
  store.setState({ workshop: { ...w, progress: { ...w.progress, [team]: { quarter, hash } } }, announcement: t('codes.action.teamWaiting', { team, quarter }) });
  return null;
}

/** The team's whole game as a short checksummed code (seed, decisions, reasons). */
export function teamCode(): string | null {
  const { workshop: w, game } = store.getState();
  if (!w || w.role !== 'team' || !game || !w.team) return null;
  return encodeTeamGame({ session: w.session, team: w.team, decisions: game.decisions, rationale: w.rationale }, game.scenario).code;
}

/** The team's game code with its reasons code and check code after it, for its QR code and file. */
export function teamCodes(): { code: string; reasons: string | null; check: string | null } | null {
  const { workshop: w, game, learning } = store.getState();
  if (!w || w.role !== 'team' || !game || !w.team) return null;
  return encodeTeamGame({ session: w.session, team: w.team, decisions: game.decisions, rationale: w.rationale, learning }, game.scenario);
}

/** Takes a team's code in at the front of the room; the game is rebuilt exactly by replay. */
export function receiveTeamCode(code: string, into: Workshop | null = store.getState().workshop): string | null {
  return takeTeamCode(code, into)?.message ?? null;
}

/** A team's game as it arrives over the live network, move by move: taken in quietly (the screen reader is not told of
 *  every move; the room's live line says where each team is). */
export function receiveLiveGame(code: string): string | null {
  return takeTeamCode(code, store.getState().workshop, true)?.message ?? null;
}

/** As receiveTeamCode, saying also which group of five of a refused code is wrong, where that can be told. */
export function takeTeamCode(code: string, into: Workshop | null = store.getState().workshop, quiet = false): { message: string; group?: number } | null {
  if (!into || into.role !== 'facilitator') return { message: t('codes.action.noRoom') };
  const scenario = scenarioOf(into.session.scenario.id);
  if (!scenario) return { message: t('codes.action.noSessionScenario') };
  if (onlyCheckCodes(code)) return takeCheckCode(code, into, scenario, quiet);
  const r = decodeTeamGame(code, into.session, scenario);
  if (!r.game || !r.team) return r.problem ?? { message: t('codes.action.notTeamCode') };
  const before = into.teams.find((x) => x.name === r.team);
  const same = before !== undefined && stateHash(before.game) === stateHash(r.game);
  // the same game again changes nothing; a game typed without its reasons or check keeps those already received
  if (same && Object.keys(r.rationale ?? {}).length === 0 && !r.learning) {
    if (!quiet) store.setState({ announcement: t('codes.action.alreadyHere', { team: r.team }) });
    return null;
  }
  const rationale = Object.keys(r.rationale ?? {}).length > 0 ? r.rationale! : same ? before.rationale : {};
  const check = r.learning ? { learning: r.learning, checkCode: splitCodes(code).find((c) => /^BTN\s*2\s*C/i.test(c)) } : same && before.learning ? { learning: before.learning, checkCode: before.checkCode } : {};
  const team: RoomTeam = { name: r.team, code: splitCodes(code).find((c) => !/^BTN\s*2\s*[RC]/i.test(c)) ?? code.trim(), game: r.game, rationale, ...check };
  const teams = [...into.teams.filter((x) => x.name !== r.team), team].sort((a, b) => into.session.teams.indexOf(a.name) - into.session.teams.indexOf(b.name));
  store.setState({ workshop: { ...into, teams }, ...(quiet ? {} : { announcement: t('codes.action.received', { team: r.team, quarter: stateOf(r.game).quarter }) }) });
  return null;
}

/** A team's check code typed on its own, after its game: added to the game the room already has. */
function takeCheckCode(code: string, into: Workshop, scenario: Scenario, quiet: boolean): { message: string; group?: number } | null {
  const c = decodeCheckCode(splitCodes(code)[0], into.session, scenario);
  if (!c.learning || !c.team) return c.problem ?? { message: t('codes.action.notCheckCode') };
  const had = into.teams.find((x) => x.name === c.team);
  if (!had) return { message: t('codes.action.checkFirst', { team: c.team }) };
  const teams = into.teams.map((x) => (x === had ? { ...x, learning: c.learning, checkCode: splitCodes(code)[0] } : x));
  store.setState({ workshop: { ...into, teams }, ...(quiet ? {} : { announcement: t('codes.action.checkReceived', { team: c.team }) }) });
  return null;
}

/** Hot-seat: the team game played on this device goes straight back into the room kept aside. */
export function returnToRoom(): string | null {
  const { room } = store.getState();
  const codes = teamCodes();
  if (!room || !codes) return t('codes.action.noRoomHere');
  store.setState({ workshop: room, room: null, game: null, screen: 'workshop-room' });
  return receiveTeamCode([codes.code, codes.reasons, codes.check].filter(Boolean).join(' '), room);
}

export function setNote(quarter: number, text: string): void {
  const w = store.getState().workshop;
  if (w) store.setState({ workshop: { ...w, notes: { ...w.notes, [quarter]: text } } });
}

export function setReveal(reveal: boolean): void {
  const w = store.getState().workshop;
  if (w) store.setState({ workshop: { ...w, reveal }, ...(reveal && !w.reveal ? { announcement: t('codes.action.fogLifts') } : {}) });
}

/** Moves the debrief script on the projector; a step past the lift lifts the fog for the room. */
export function setScriptStep(step: number, liftFrom: number): void {
  const w = store.getState().workshop;
  if (!w) return;
  store.setState({ workshop: { ...w, scriptStep: step, reveal: w.reveal || step > liftFrom } });
}

/** A team's debrief opened from the room: lifted already when the room has seen the truth. */
export function openTeamDebrief(game: Game): void {
  const w = store.getState().workshop;
  resumeGame(game);
  showScreen('debrief');
  if (w?.reveal) store.setState({ debrief: { ...store.getState().debrief, fog: 'lifted' } });
}

/** Opens a saved session file as the room: the session, every team's game rebuilt by replay, their reasons, the notes. */
export function openWorkshopFile(text: string): string | null {
  const r = parseWorkshopFile(text);
  if (!r.file) return r.problem?.message ?? t('codes.action.notWorkshopFile');
  const { session } = r.file;
  const scenario = scenarioOf(session.scenario.id);
  if (!scenario) return t('codes.action.fileNoScenario', { scenario: session.scenario.id });
  if (!scenario.hash.startsWith(session.scenario.hash)) return t('codes.action.fileOtherVersion', { title: scenario.title });
  const teams = [];
  for (const entry of r.file.teams) {
    let { game } = newGame(scenario, session.seed);
    for (const [i, intent] of entry.decisions.entries()) {
      const s = step(game, intent);
      if (!s.accepted) return t('codes.action.fileStops', { team: entry.name, n: i + 1 });
      game = s.game;
    }
    const rationale = Object.fromEntries(Object.entries(entry.rationale).map(([q, v]) => [Number(q), v]));
    const codes = encodeTeamGame({ session, team: entry.name, decisions: game.decisions, rationale }, scenario);
    // the check comes as its code: a file edited by hand still has every answer read as the room would read it
    const check = entry.check ? decodeCheckCode(entry.check, session, scenario) : null;
    if (check?.problem) return t('codes.action.fileCheck', { team: entry.name, problem: check.problem.message });
    teams.push({ name: entry.name, code: entry.code ?? [codes.code, codes.reasons].filter(Boolean).join(' '), game, rationale, ...(check?.learning && check.team === entry.name ? { learning: check.learning, checkCode: entry.check } : {}) });
  }
  const notes = Object.fromEntries(Object.entries(r.file.notes).map(([q, v]) => [Number(q), v]));
  store.setState({ workshop: { role: 'facilitator', session, rationale: {}, pausesHeld: [], teams, notes, reveal: false }, room: null, screen: 'workshop-room', announcement: t('codes.action.fileOpened', { session: session.id, count: teams.length }) });
  return null;
}

/** The room view as the projector shows it, or back to the trainer's desk view. */
export function setProjecting(projecting: boolean): void {
  const w = store.getState().workshop;
  if (w) store.setState({ workshop: { ...w, projecting } });
}

/** Live: the facilitator lets every team past a pause at once (teams without the network still type the word). */
export function releaseForRoom(quarter: number): void {
  const w = store.getState().workshop;
  if (!w || w.role !== 'facilitator' || w.released?.includes(quarter)) return;
  store.setState({ workshop: { ...w, released: [...(w.released ?? []), quarter] }, announcement: t('codes.action.released', { quarter }) });
}

/** Live: the facilitator released these pauses; this team goes on past them without typing the word. */
export function pausesReleased(quarters: readonly number[]): void {
  const w = store.getState().workshop;
  if (!w || w.role !== 'team') return;
  const fresh = quarters.filter((q) => Number.isInteger(q) && !w.pausesHeld.includes(q) && w.session.pauses.some((p) => p.quarter === q));
  if (fresh.length === 0) return;
  const { game } = store.getState();
  const here = game ? stateOf(game).quarter : 0;
  store.setState({ workshop: { ...w, pausesHeld: [...w.pausesHeld, ...fresh] }, ...(fresh.includes(here) ? { notice: null, announcement: t('codes.action.facilitatorGoesOn', { quarter: here }) } : {}) });
}
