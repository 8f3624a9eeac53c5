// Workshop codes: a session (for every team's device) and a team's game (back to the trainer), as short checksummed
// text. Version 2 codes carry only what the other device cannot know and come in groups of five, each with its own
// check; version 1 codes (a session set up before them, or a team code from such a session) are still read. Decoding
// never throws: any text gives a session, a game or a problem.
import type { Intent } from '../engine/session';
import type { Scenario } from '../engine/types';
import { t } from '../i18n/messages';
import { decodeCheck, encodeCheck, type RoomLearning } from './check-code';
import { decodeSessionV1, decodeTeamGameV1, encodeSessionV1, encodeTeamGameV1, type DecodedTeamGame as DecodedV1 } from './codes-v1';
import { CODE_VERSION, readPrefix, versionProblem } from './envelope';
import { decodeTeamGameV2, encodeTeamGameV2 } from './game-code';
import { VERSION } from './groups';
import { problem, type WorkshopProblem } from './problems';
import { decodeReasons, encodeReasons } from './reasons-code';
import { decodeSessionV2, encodeSessionV2 } from './session-code';
import type { WorkshopSession } from './session';

/** A team's game as the room rebuilt it, with its reasons and its check when the text brought them. */
export interface DecodedTeamGame extends DecodedV1 { learning?: RoomLearning }
export type { RoomLearning } from './check-code';

export function encodeSession(session: WorkshopSession, scenario: Scenario): string {
  return session.format === 1 ? encodeSessionV1(session) : encodeSessionV2(session, scenario.calendar.quarters);
}

/** The session a code stands for and its scenario among those this device has, or what is wrong. */
export function decodeSession(code: unknown, scenarios: readonly Scenario[]): { session?: WorkshopSession; scenario?: Scenario; problem?: WorkshopProblem } {
  const head = readPrefix(code);
  if ('problem' in head) return head;
  if (head.version === VERSION) return decodeSessionV2(code as string, scenarios);
  if (head.version !== CODE_VERSION) return versionProblem(head.version);
  const r = decodeSessionV1(code);
  if (!r.session) return r;
  const scenario = scenarios.find((s) => s.id === r.session!.scenario.id);
  if (!scenario) return problem('other_scenario', t('codes.session.v1MissingScenario', { scenario: r.session.scenario.id }));
  return { session: r.session, scenario };
}

export interface TeamGameInput {
  session: WorkshopSession;
  team: string;
  decisions: readonly Intent[];
  /** The team's reasoning, by quarter. */
  rationale: Readonly<Record<number, string>>;
  /** The team's check before and after play and its reaction points, when the scenario has a check. */
  learning?: RoomLearning | null;
}

/** The code a team reads out (its moves; in version 1 its reasons too) and, apart, its reasons for the QR code and
 *  file and its check code (short enough to read out too). */
export function encodeTeamGame(input: TeamGameInput, scenario: Scenario): { code: string; reasons: string | null; check: string | null } {
  const { session } = input;
  if (session.format === 1) return { code: encodeTeamGameV1({ ...input, sessionId: session.id, seed: session.seed }, scenario), reasons: null, check: null };
  return {
    code: encodeTeamGameV2(input, scenario), reasons: encodeReasons(session, input.team, input.rationale),
    check: scenario.check ? encodeCheck(session, input.team, scenario.check, input.learning) : null,
  };
}

/** A team's check code alone (typed after its game code was taken), or what is wrong. */
export function decodeCheckCode(text: string, session: WorkshopSession, scenario: Scenario): { team?: string; learning?: RoomLearning; problem?: WorkshopProblem } {
  if (!scenario.check) return problem('invalid', t('codes.check.noCheck'));
  return decodeCheck(text, session, scenario.check);
}

/** Whether a text holds only check codes (no game code): the room adds them to a game it already has. */
export function onlyCheckCodes(text: string): boolean {
  return splitCodes(text).every((code) => { const h = readPrefix(code); return !('problem' in h) && h.kind === 'C'; });
}

/** The codes in a text that may hold several (a team's game code and its reasons code, from its QR code or file). */
export function splitCodes(text: string): string[] {
  const parts = text.split(/(?=\bBTN\s*\d)/i).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length > 0 ? parts : [text];
}

/** Rebuilds a team's game from its code (and its reasons, when the text holds them too), or says why not. */
export function decodeTeamGame(text: unknown, session: WorkshopSession, scenario: Scenario): DecodedTeamGame {
  if (typeof text !== 'string') return decodeTeamGameV1(text, session, scenario);
  const parts = splitCodes(text).map((code) => ({ code, head: readPrefix(code) }));
  const kindOf = (p: (typeof parts)[number]) => ('problem' in p.head ? null : p.head.kind);
  const game = parts.find((p) => kindOf(p) === 'T') ?? parts.find((p) => kindOf(p) !== 'R' && kindOf(p) !== 'C');
  if (!game) return problem('kind', t('codes.game.reasonsOnly'));
  // beside its game code, a text may hold only its reasons and its check: anything else is read as the code it claims to be
  const isReasons = (p: (typeof parts)[number]) => !('problem' in p.head) && p.head.kind === 'R' && p.head.version === VERSION;
  const isCheck = (p: (typeof parts)[number]) => !('problem' in p.head) && p.head.kind === 'C' && p.head.version === VERSION;
  const stray = parts.find((p) => p !== game && !isReasons(p) && !isCheck(p));
  if (stray) {
    const r = decodeReasons(stray.code, session);
    return { problem: { ...(r.problem ?? { code: 'invalid', message: t('codes.game.moreThanOne') }), message: r.problem ? t('codes.game.beside', { problem: r.problem.message }) : t('codes.game.besideMoreThanOne') } };
  }
  const head = game.head;
  if ('problem' in head) return head;
  if (head.version === CODE_VERSION) return decodeTeamGameV1(game.code, session, scenario);
  if (head.version !== VERSION) return versionProblem(head.version);
  const r = decodeTeamGameV2(game.code, session, scenario);
  if (!r.game) return r;
  const rationale: Record<number, string> = {};
  for (const p of parts.filter(isReasons)) {
    const reasons = decodeReasons(p.code, session);
    if (reasons.problem) return { problem: { ...reasons.problem, message: t('codes.game.reasonsUnreadable', { problem: reasons.problem.message }) } };
    if (reasons.team !== r.team) return problem('invalid', t('codes.game.reasonsOtherTeam', { reasonsTeam: String(reasons.team), team: String(r.team) }));
    Object.assign(rationale, reasons.rationale);
  }
  let learning: RoomLearning | undefined;
  for (const p of parts.filter(isCheck)) {
    const c = decodeCheckCode(p.code, session, scenario);
    if (c.problem) return { problem: { ...c.problem, message: t('codes.game.checkUnreadable', { problem: c.problem.message }) } };
    if (c.team !== r.team) return problem('invalid', t('codes.game.checkOtherTeam', { checkTeam: String(c.team), team: String(r.team) }));
    learning = c.learning;
  }
  return { ...r, rationale, ...(learning ? { learning } : {}) };
}
