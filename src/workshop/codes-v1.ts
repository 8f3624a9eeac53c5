// Version 1 workshop codes, still read (and written for a session set up before version 2): a session with its names and
// prompts, and a team's whole game with its reasons, as checksummed text. A game travels as its moves only; the trainer's laptop rebuilds it by replay and checks that it
// reaches the same state as on the team's device. Decoding never throws: any text gives a session, a game or a problem.
import { newGame, stateHash, step, type Game, type Intent } from '../engine/session';
import type { Scenario } from '../engine/types';
import { t } from '../i18n/messages';
import { BitReader, BitWriter, OutOfData, widthFor } from './bits';
import { open, seal } from './envelope';
import { movesAt, sameIntent } from './moves';
import { problem, type WorkshopProblem } from './problems';
import { scenarioProblem, sessionIdFromNumber, sessionIdNumber, sessionIdOf, WorkshopSessionSchema, type WorkshopSession } from './session';

const MAX_DECISIONS = 20_000;
const MAX_RATIONALE = 2_000;

export function encodeSessionV1(session: WorkshopSession): string {
  const w = new BitWriter();
  w.text(session.scenario.id);
  w.text(session.scenario.hash);
  w.text(session.seed);
  w.varint(session.timerMinutes ?? 0);
  w.varint(session.teams.length);
  for (const t of session.teams) w.text(t);
  w.varint(session.pauses.length);
  for (const p of session.pauses) { w.varint(p.quarter); w.text(p.prompt); }
  return seal('S', w.bytes());
}

export function decodeSessionV1(code: unknown): { session?: WorkshopSession; problem?: WorkshopProblem } {
  try {
    const opened = open(code, 'S');
    if (opened.problem) return { problem: opened.problem };
    const r = new BitReader(opened.payload);
    const scenario = { id: r.text(200), hash: r.text(64) };
    const seed = r.text(200);
    const timer = r.varint();
    const teams = Array.from({ length: Math.min(r.varint(), 100) }, () => r.text(200));
    const pauses = Array.from({ length: Math.min(r.varint(), 1000) }, () => ({ quarter: r.varint(), prompt: r.text() }));
    if (!r.atEnd()) return problem('invalid', t('codes.session.moreThanSession'));
    const content = { scenario, seed, teams, pauses, ...(timer > 0 ? { timerMinutes: timer } : {}) };
    const parsed = WorkshopSessionSchema.safeParse({ format: 1, id: sessionIdOf(content), ...content });
    if (!parsed.success) return problem('invalid', t('codes.session.notValid', { issue: parsed.error.issues[0].message }));
    return { session: parsed.data };
  } catch (e) {
    return damaged(e);
  }
}

export interface TeamGameV1Input {
  sessionId: string;
  /** The session's seed: every team plays it. */
  seed: string;
  team: string;
  decisions: readonly Intent[];
  /** The team's reasoning, by quarter. */
  rationale: Readonly<Record<number, string>>;
}

/** A team's game as a code. Throws only if the decisions do not replay on the scenario (they always do for a real game). */
export function encodeTeamGameV1(input: TeamGameV1Input, scenario: Scenario): string {
  const w = new BitWriter();
  w.write(sessionIdNumber(input.sessionId), 30);
  w.text(input.team);
  let { game } = newGame(scenario, input.seed);
  const moves = new BitWriter();
  for (const [i, intent] of input.decisions.entries()) {
    const options = movesAt(game);
    const index = options.findIndex((o) => sameIntent(o, intent));
    const r = index < 0 ? null : step(game, intent);
    if (!r?.accepted) throw new Error(`Decision ${i + 1} (${intent.type}) does not replay on '${scenario.id}' with seed '${input.seed}'.`); // i18n-exempt: a bug in the caller, for developers
    moves.write(index, widthFor(options.length));
    game = r.game;
  }
  // the state reached on the team's device: the trainer's replay must reach the same
  w.write(parseInt(stateHash(game).slice(0, 8), 16), 32);
  w.varint(input.decisions.length);
  const rationale = Object.entries(input.rationale).filter(([q, text]) => /^[1-9]\d{0,3}$/.test(q) && text.trim() !== '');
  w.varint(rationale.length);
  for (const [quarter, text] of rationale) { w.varint(Number(quarter)); w.text(text.slice(0, MAX_RATIONALE)); }
  return seal('T', Uint8Array.from([...w.bytes(), ...moves.bytes()]));
}

export interface DecodedTeamGame { game?: Game; team?: string; rationale?: Record<number, string>; problem?: WorkshopProblem }

/** Rebuilds a team's game from its code, for this session and scenario, or says why not. */
export function decodeTeamGameV1(code: unknown, session: WorkshopSession, scenario: Scenario): DecodedTeamGame {
  try {
    const opened = open(code, 'T');
    if (opened.problem) return { problem: opened.problem };
    const header = new BitReader(opened.payload);
    const from = sessionIdFromNumber(header.read(30));
    if (from !== session.id) return problem('other_session', t('codes.v1.otherSession', { from, session: session.id }));
    const wrongScenario = scenarioProblem(session, scenario);
    if (wrongScenario) return { problem: wrongScenario };
    const team = header.text(200);
    if (!session.teams.includes(team)) return problem('invalid', t('codes.v1.notInSession', { team, teams: session.teams.join(', ') }));
    const expected = header.read(32);
    const count = header.varint();
    if (count > MAX_DECISIONS) return problem('invalid', t('codes.v1.tooManyDecisions'));
    const rationale: Record<number, string> = {};
    for (let i = 0, n = header.varint(); i < n; i++) rationale[header.varint()] = header.text(MAX_RATIONALE * 4);
    // the moves start on the next whole byte after the header
    const moves = new BitReader(opened.payload.subarray(Math.ceil(header.position / 8)));
    let { game } = newGame(scenario, session.seed);
    for (let i = 0; i < count; i++) {
      const options = movesAt(game);
      const index = moves.read(widthFor(options.length));
      const intent = options[index];
      const r = intent ? step(game, intent) : null;
      if (!intent || !r?.accepted) {
        return problem('replay', r?.reason ? t('codes.v1.decisionFailsWhy', { team, n: i + 1, count, reason: r.reason }) : t('codes.v1.decisionFails', { team, n: i + 1, count }));
      }
      game = r.game;
    }
    if (!moves.atEnd()) return problem('invalid', t('codes.v1.moreThanGame'));
    if (parseInt(stateHash(game).slice(0, 8), 16) !== expected) {
      return problem('replay', t('codes.v1.otherState', { team }));
    }
    return { game, team, rationale };
  } catch (e) {
    return damaged(e);
  }
}

// a checksummed code that still reads wrong was not made by this game (or the game has a bug): say so, never throw
function damaged(e: unknown): { problem: WorkshopProblem } {
  if (e instanceof OutOfData || e instanceof TypeError) return problem('invalid', t('codes.v1.unreadable', { why: e instanceof OutOfData ? e.message : t('codes.read.badText') }));
  return problem('invalid', t('codes.v1.unreadableError', { error: e instanceof Error ? e.message : String(e) }));
}
