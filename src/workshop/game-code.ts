// A version 2 team code: a team's game as its moves only, in about 50-75 characters for a whole Northmoor game.
// Each quarter's agenda is written as what it ended as (which items already on it stayed, then the items the board
// added, in order), not as every click: second thoughts cost nothing. Answers are which open item and which answer.
// Written with an arithmetic coder whose shares follow the board's own habits (a board tends to take again what it took
// before and to keep its style; it answers in the order the screen gives), so a likely move costs a few bits and an
// unlikely one still fits. The trainer's laptop rebuilds the game by replay; a 14-bit glimpse of the team's state hash
// says it reached the same place, and the code it reads must be the one it would write. A game that does not fit this
// shape (it does not happen in play) is written move by move instead.
import { whyNotChoose } from '../engine/agenda';
import { needsAnswer } from '../engine/answers';
import { newGame, phaseOf, stateHash, stateOf, step, type Game, type Intent } from '../engine/session';
import { offeredChoices } from '../engine/texts';
import type { Scenario, Tag } from '../engine/types';
import { t } from '../i18n/messages';
import { normalise } from './base32';
import { CodeReader, CodeWriter } from './coder';
import { openGroups, sealGroups } from './groups';
import { movesAt, sameIntent } from './moves';
import { problem, type WorkshopProblem } from './problems';
import { scenarioProblem, sessionIdNumber, type WorkshopSession } from './session';

const SESSION_SHARE = 64;
const HASH_SHARE = 2 ** 14;
const MAX_CANONICAL = 1024;
const MAX_MOVES = 2 ** 15;
const SHAPED = 0;
const MOVE_BY_MOVE = 1;
/** Nearly every game is written in the shape; move by move is the rare way out. */
const MODE_SHARES = [31, 1];
/** How a code's game ends: at the debrief, at the ending screen, or after a number of moves (an unfinished game). */
const END_SHARES = [8, 2, 1];
const END_PHASES = ['debrief', 'ending'] as const;
/** An item already on the agenda (a demand the board accepted) usually stays. */
const KEEP_SHARES = [6, 1];
/** The screen lists open items in inbox order, and most boards answer them so. */
const FIRST_ITEM_SHARE = 12;

const hashGlimpse = (game: Game) => parseInt(stateHash(game).slice(0, 4), 16) % HASH_SHARE;
const apply = (game: Game, intent: Intent): Game | null => { const r = step(game, intent); return r.accepted ? r.game : null; };
const openItems = (game: Game) => stateOf(game).inbox.filter((i) => needsAnswer(game.scenario, i));

/** What the board has done so far in this game, read by both sides to give likely moves their shares. */
class Habits {
  private readonly taken = new Map<string, number>();
  private readonly style = new Map<Tag, number>();
  /** How often the board stopped adding, and went on, with this many items already added in a quarter. */
  private readonly stops: number[] = [];
  private readonly goes: number[] = [];
  constructor(private readonly scenario: Scenario) {}
  /** Shares of stopping and of adding another, when `added` items are already added this quarter. */
  more(added: number): [number, number] { return [1 + 3 * (this.stops[added] ?? 0), 1 + 3 * (this.goes[added] ?? 0)]; }
  went(added: number, on: boolean): void { const a = on ? this.goes : this.stops; a[added] = (a[added] ?? 0) + 1; }
  note(intent: Intent): void {
    const sc = this.scenario;
    let tags: readonly Tag[] = [];
    if (intent.type === 'CHOOSE') {
      this.taken.set(intent.id, (this.taken.get(intent.id) ?? 0) + 1);
      tags = sc.decisions.find((d) => d.id === intent.id)?.tags ?? [];
    }
    if (intent.type === 'ANSWER') tags = sc.events.find((e) => e.id === intent.event)?.choices.find((c) => c.id === intent.choice)?.tags ?? [];
    for (const t of tags) this.style.set(t, (this.style.get(t) ?? 0) + 1);
  }
  private styleOf(tags: readonly Tag[]): number { return tags.reduce((n, t) => n + Math.min(4, this.style.get(t) ?? 0), 0); }
  decision(id: string): number {
    const d = this.scenario.decisions.find((x) => x.id === id)!;
    return 2 + 6 * Math.min(2, this.taken.get(id) ?? 0) + this.styleOf(d.tags);
  }
  answer(tags: readonly Tag[]): number { return 2 + this.styleOf(tags); }
}

/** Decisions the board could add now, in catalogue order. */
function candidates(game: Game): string[] {
  const s = stateOf(game);
  return game.scenario.decisions.filter((d) => whyNotChoose(game.scenario, s, d.id) === null).map((d) => d.id);
}

/** What to write, collected so the header (which needs the count) can go first. */
type Op = { value: number; radix: number } | { index: number; weights: number[] };
const write = (w: CodeWriter, op: Op) => ('radix' in op ? w.uniform(op.value, op.radix) : w.weighted(op.index, op.weights));

/** The game's moves in the shape above, or null when the shape would not rebuild the same game. */
function shaped(scenario: Scenario, seed: string, decisions: readonly Intent[]): { ops: Op[]; moves: Intent[] } | null {
  let rg = newGame(scenario, seed).game;
  let cg = rg;
  const ops: Op[] = [];
  const moves: Intent[] = [];
  const habits = new Habits(scenario);
  const play = (intent: Intent): boolean => {
    const next = apply(cg, intent);
    if (!next) return false;
    cg = next; moves.push(intent); habits.note(intent);
    return true;
  };
  for (let i = 0; i < decisions.length;) {
    if (phaseOf(rg) === 'agenda') {
      const opening = stateOf(rg).agenda;
      const removed = new Set<string>();
      let before = rg;
      let committed = false;
      while (i < decisions.length && phaseOf(rg) === 'agenda') {
        const it = decisions[i++];
        if (it.type === 'UNCHOOSE' && opening.includes(it.id)) removed.add(it.id);
        if (it.type === 'COMMIT') { committed = true; before = rg; }
        const next = apply(rg, it);
        if (!next) return null;
        rg = next;
      }
      const final = stateOf(committed ? before : rg).agenda;
      const kept = opening.filter((id) => !removed.has(id));
      if (kept.some((id, k) => final[k] !== id)) return null;
      const added = final.slice(kept.length);
      // second thoughts that came to nothing at the very end of the code: nothing to write
      if (!committed && removed.size === 0 && added.length === 0) continue;
      const mark = ops.length;
      for (const id of opening) ops.push({ index: removed.has(id) ? 1 : 0, weights: KEEP_SHARES });
      for (const id of opening) if (removed.has(id) && !play({ type: 'UNCHOOSE', id })) return null;
      for (const [n, id] of [...added, null].entries()) {
        const options = candidates(cg);
        if (id === null) { if (committed && options.length > 0) { ops.push({ index: 0, weights: habits.more(n) }); habits.went(n, false); } break; }
        const at = options.indexOf(id);
        if (at < 0) return null;
        ops.push({ index: 1, weights: habits.more(n) }, { index: at, weights: options.map((o) => habits.decision(o)) });
        habits.went(n, true);
        if (!play({ type: 'CHOOSE', id })) return null;
      }
      // an unfinished agenda at the end of the code: the count says where it stops
      if (!committed && ops.length === mark) return null;
      if (committed && !play({ type: 'COMMIT' })) return null;
      continue;
    }
    const it = decisions[i++];
    if (phaseOf(rg) === 'events' && it.type === 'ANSWER') {
      const open = openItems(cg);
      const item = open.findIndex((x) => x.event === it.event);
      const offered = item < 0 ? [] : offeredChoices(scenario, open[item]);
      const choice = offered.findIndex((c) => c.id === it.choice);
      if (choice < 0) return null;
      ops.push({ index: item, weights: open.map((_x, k) => (k === 0 ? FIRST_ITEM_SHARE : 1)) }, { index: choice, weights: offered.map((c) => habits.answer(c.tags)) });
    } else if (!sameIntent(onlyMove(cg) ?? { type: 'DEBRIEF' }, it) || (phaseOf(cg) === 'debrief')) return null;
    const next = apply(rg, it);
    if (!next || !play(it)) return null;
    rg = next;
  }
  return moves.length < MAX_CANONICAL && stateHash(cg) === stateHash(rg) ? { ops, moves } : null;
}

/** The one move a phase allows when nothing is to be chosen (begin, continue, the debrief), or null. */
function onlyMove(game: Game): Intent | null {
  const phase = phaseOf(game);
  if (phase === 'agenda' || phase === 'debrief' || (phase === 'events' && openItems(game).length > 0)) return null;
  return movesAt(game)[0] ?? null;
}

function readShaped(scenario: Scenario, seed: string, stop: (game: Game, done: number) => boolean, r: CodeReader): { game: Game; failed?: number; reason?: string } {
  let game = newGame(scenario, seed).game;
  const habits = new Habits(scenario);
  let done = 0;
  const play = (intent: Intent): string | null => {
    const s = step(game, intent);
    if (!s.accepted) return s.reason ?? t('codes.read.notAllowed');
    game = s.game; habits.note(intent); done++;
    return null;
  };
  for (let guard = 0; !stop(game, done); guard++) {
    if (guard > MAX_CANONICAL) return { game, failed: done + 1 };
    const phase = phaseOf(game);
    if (phase === 'agenda') {
      const removed = stateOf(game).agenda.filter(() => r.weighted(KEEP_SHARES) === 1);
      for (const id of removed) { if (stop(game, done)) return { game }; const why = play({ type: 'UNCHOOSE', id }); if (why) return { game, failed: done + 1, reason: why }; }
      for (let n = 0; ; n++) {
        if (stop(game, done)) return { game };
        const options = candidates(game);
        const on = options.length > 0 && r.weighted(habits.more(n)) === 1;
        if (options.length > 0) habits.went(n, on);
        if (!on) break;
        const why = play({ type: 'CHOOSE', id: options[r.weighted(options.map((o) => habits.decision(o)))] });
        if (why) return { game, failed: done + 1, reason: why };
      }
      if (stop(game, done)) return { game };
      const why = play({ type: 'COMMIT' });
      if (why) return { game, failed: done + 1, reason: why };
      continue;
    }
    let intent = onlyMove(game);
    if (!intent && phase === 'events') {
      const open = openItems(game);
      const item = open[r.weighted(open.map((_x, k) => (k === 0 ? FIRST_ITEM_SHARE : 1)))];
      const offered = offeredChoices(scenario, item);
      intent = { type: 'ANSWER', event: item.event, choice: offered[r.weighted(offered.map((c) => habits.answer(c.tags)))].id };
    }
    if (!intent) return { game, failed: done + 1 };
    const why = play(intent);
    if (why) return { game, failed: done + 1, reason: why };
  }
  return { game };
}

export interface TeamGame2Input { session: WorkshopSession; team: string; decisions: readonly Intent[] }

/** A team's game (moves only) as a code; its reasons travel apart. Throws only if the moves do not replay. */
export function encodeTeamGameV2(input: TeamGame2Input, scenario: Scenario): string {
  const { session, team, decisions } = input;
  const index = session.teams.indexOf(team);
  if (index < 0) throw new Error(`'${team}' is not a team of session ${session.id}`); // i18n-exempt: a bug in the caller, for developers
  let { game } = newGame(scenario, session.seed);
  const full: Op[] = [];
  for (const [i, intent] of decisions.entries()) {
    const options = movesAt(game);
    const at = options.findIndex((o) => sameIntent(o, intent));
    const r = at < 0 ? null : step(game, intent);
    if (!r?.accepted) throw new Error(`Decision ${i + 1} (${intent.type}) does not replay on '${scenario.id}' with seed '${session.seed}'.`); // i18n-exempt: a bug in the caller, for developers
    full.push({ value: at, radix: options.length });
    game = r.game;
  }
  const shape = shaped(scenario, session.seed, decisions);
  const w = new CodeWriter();
  w.weighted(shape ? SHAPED : MOVE_BY_MOVE, MODE_SHARES);
  w.uniform(sessionIdNumber(session.id) % SESSION_SHARE, SESSION_SHARE);
  w.uniform(index, session.teams.length);
  w.uniform(hashGlimpse(game), HASH_SHARE);
  if (shape) {
    const end = END_PHASES.indexOf(phaseOf(game) as (typeof END_PHASES)[number]);
    w.weighted(end < 0 ? 2 : end, END_SHARES);
    if (end < 0) w.uniform(shape.moves.length, MAX_CANONICAL);
  } else w.uniform(decisions.length, MAX_MOVES);
  for (const op of shape?.ops ?? full) write(w, op);
  return sealGroups('T', w.finish());
}

export interface DecodedTeamGame2 { game?: Game; team?: string; problem?: WorkshopProblem }

export function decodeTeamGameV2(code: string, session: WorkshopSession, scenario: Scenario): DecodedTeamGame2 {
  const opened = openGroups(code, 'T');
  if ('problem' in opened) return opened;
  const r = new CodeReader(opened.digits);
  const mode = r.weighted(MODE_SHARES);
  if (r.uniform(SESSION_SHARE) !== sessionIdNumber(session.id) % SESSION_SHARE) return problem('other_session', t('codes.v2.otherSession', { session: session.id }));
  const wrongScenario = scenarioProblem(session, scenario);
  if (wrongScenario) return { problem: wrongScenario };
  const team = session.teams[r.uniform(session.teams.length)];
  const expected = r.uniform(HASH_SHARE);
  let rebuilt: { game: Game; failed?: number; reason?: string };
  if (mode === SHAPED) {
    const end = r.weighted(END_SHARES);
    const count = end === 2 ? r.uniform(MAX_CANONICAL) : -1;
    const stop = end === 2 ? (_g: Game, done: number) => done >= count : (g: Game) => phaseOf(g) === END_PHASES[end];
    rebuilt = readShaped(scenario, session.seed, stop, r);
  } else {
    const count = r.uniform(MAX_MOVES);
    let game = newGame(scenario, session.seed).game;
    rebuilt = { game };
    for (let i = 0; i < count; i++) {
      const options = movesAt(game);
      const s = options.length > 0 ? step(game, options[r.uniform(options.length)]) : null;
      if (!s?.accepted) { rebuilt = { game, failed: i + 1, reason: s?.reason }; break; }
      game = s.game;
      rebuilt = { game };
    }
  }
  if (rebuilt.failed !== undefined) {
    return problem('replay', rebuilt.reason ? t('codes.v2.moveFailsWhy', { team, n: rebuilt.failed, reason: rebuilt.reason }) : t('codes.v2.moveFails', { team, n: rebuilt.failed }));
  }
  if (hashGlimpse(rebuilt.game) !== expected) {
    return problem('replay', t('codes.v2.otherState', { team }));
  }
  if (normalise(encodeTeamGameV2({ session, team, decisions: rebuilt.game.decisions }, scenario)) !== normalise(code)) {
    return problem('checksum', t('codes.v2.readBack'));
  }
  return { game: rebuilt.game, team };
}
