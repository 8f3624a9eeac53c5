// A workshop session: one scenario and seed for every team, the team names, where the game pauses for discussion
// and an optional timer. Its id is derived from its content, so the same settings always give the same id and a
// team's code can name the session it belongs to in a few bits. A format 2 session's id reads only what its short code
// carries (scenario, seed, how many teams, the pauses' quarters, the timer): the names and prompts stay on the
// facilitator's laptop and the projector, and a team's device that knows only the code derives the same id.
import { z } from 'zod';
import { hashData } from '../engine/hash';
import type { Scenario } from '../engine/types';
import { t } from '../i18n/messages';
import { ALPHABET } from './base32';
import { problem, type WorkshopProblem } from './problems';

export const MIN_TEAMS = 2;
export const MAX_TEAMS = 8;
export const MAX_TEAM_NAME = 40;
export const MAX_PROMPT = 500;
/** How much of the scenario's content hash a session keeps: enough to tell versions of a scenario apart. */
export const HASH_PREFIX = 8;

const ID_CHAR = `[${ALPHABET}]`;
export const SESSION_ID = new RegExp(`^${ID_CHAR}{3}-${ID_CHAR}{3}$`);

// what is wrong, said of the session ("This session …", "… is not a valid session: …"): in the language of the moment
// the settings are checked, so each is a function
const TeamName = z.string().trim().min(1, { error: () => t('codes.issue.emptyTeamName') }).max(MAX_TEAM_NAME, { error: () => t('codes.issue.longTeamName', { max: MAX_TEAM_NAME }) });
const Content = z.object({
  scenario: z.object({ id: z.string().min(1), hash: z.string().min(1).max(64) }),
  seed: z.string().min(1, { error: () => t('codes.issue.noSeed') }),
  teams: z.array(TeamName).min(MIN_TEAMS, { error: () => t('codes.issue.fewTeams', { min: MIN_TEAMS }) }).max(MAX_TEAMS, { error: () => t('codes.issue.manyTeams', { max: MAX_TEAMS }) })
    .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, { error: () => t('codes.issue.sameName') }),
  pauses: z.array(z.object({ quarter: z.int().min(1, { error: () => t('codes.issue.pauseBeforeFirst') }).max(999), prompt: z.string().max(MAX_PROMPT, { error: () => t('codes.issue.longPrompt', { max: MAX_PROMPT }) }) }))
    .refine((p) => new Set(p.map((x) => x.quarter)).size === p.length, { error: () => t('codes.issue.pauseTwice') }),
  timerMinutes: z.int().min(1, { error: () => t('codes.issue.timerShort') }).max(180, { error: () => t('codes.issue.timerLong') }).optional(),
});

export const SESSION_FORMAT = 2;
export const MAX_SEED = 40;

export const WorkshopSessionSchema = Content.extend({ format: z.union([z.literal(1), z.literal(SESSION_FORMAT)]), id: z.string().regex(SESSION_ID, { error: () => t('codes.issue.notSessionId') }) })
  .refine((s) => s.id === sessionIdOf(s), { error: () => t('codes.issue.idMismatch'), path: ['id'] });
export type WorkshopSession = z.infer<typeof WorkshopSessionSchema>;
export type SessionSettings = z.input<typeof Content>;

/** Six base32 characters (30 bits) of the content hash, shown as `ABC-123`; format 1 (the default) hashed names too. */
export function sessionIdOf(s: Omit<SessionSettings, 'format' | 'id'> & { format?: number }): string {
  const { scenario, seed, teams, pauses, timerMinutes } = s;
  const content = s.format === SESSION_FORMAT
    ? { format: s.format, scenario, seed, teams: teams.length, pauses: pauses.map((p) => p.quarter), timerMinutes: timerMinutes ?? 0 }
    : { scenario, seed, teams, pauses, timerMinutes };
  const bits = parseInt(hashData(content).slice(0, 8), 16) >>> 2;
  const chars = Array.from({ length: 6 }, (_, i) => ALPHABET[(bits >>> (25 - 5 * i)) & 31]).join('');
  return `${chars.slice(0, 3)}-${chars.slice(3)}`;
}

export function sessionIdNumber(id: string): number {
  return [...id.replace('-', '')].reduce((n, c) => n * 32 + ALPHABET.indexOf(c), 0);
}
export function sessionIdFromNumber(n: number): string {
  const chars = Array.from({ length: 6 }, (_, i) => ALPHABET[Math.floor(n / 32 ** (5 - i)) % 32]).join('');
  return `${chars.slice(0, 3)}-${chars.slice(3)}`;
}

export interface SessionInput { seed: string; teams: string[]; pauses?: { quarter: number; prompt: string }[]; timerMinutes?: number }

/** A session for a scenario, or why the settings cannot make one. Names are trimmed; pauses are sorted. */
export function createSession(scenario: Scenario, input: SessionInput): { session?: WorkshopSession; problem?: WorkshopProblem } {
  const r = Content.safeParse({
    scenario: { id: scenario.id, hash: scenario.hash.slice(0, HASH_PREFIX) },
    seed: input.seed, teams: input.teams, pauses: [...(input.pauses ?? [])].sort((a, b) => a.quarter - b.quarter), timerMinutes: input.timerMinutes,
  });
  if (!r.success) return problem('invalid', t('codes.session.invalid', { issue: r.error.issues[0].message }));
  if (r.data.seed.length > MAX_SEED) return problem('invalid', t('codes.session.longSeed', { max: MAX_SEED }));
  const late = r.data.pauses.find((p) => p.quarter > scenario.calendar.quarters);
  if (late) return problem('invalid', t('codes.session.lateQuarter', { quarter: late.quarter, title: scenario.title, quarters: scenario.calendar.quarters }));
  const content = { ...r.data, timerMinutes: r.data.timerMinutes };
  if (content.timerMinutes === undefined) delete content.timerMinutes;
  return { session: { format: SESSION_FORMAT, id: sessionIdOf({ ...content, format: SESSION_FORMAT }), ...content } };
}

/** The names a team's device gives the teams when only the session code told it how many there are. They are the teams'
 *  names in the game's state and on the network, the same on every device whatever its language (teamLabel shows them). */
export function numberedTeams(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Team ${i + 1}`); // i18n-exempt: a team's identity shared between devices
}

/** Whether a scenario is the one the session was set up with (same id, same content). */
export function scenarioProblem(session: WorkshopSession, scenario: Scenario): WorkshopProblem | null {
  if (scenario.id !== session.scenario.id) {
    return { code: 'other_scenario', message: t('codes.session.otherScenario', { wanted: session.scenario.id, open: scenario.id }) };
  }
  if (!scenario.hash.startsWith(session.scenario.hash)) {
    return { code: 'other_scenario', message: t('codes.session.otherVersion', { title: scenario.title, wanted: session.scenario.hash, open: scenario.hash.slice(0, HASH_PREFIX) }) };
  }
  return null;
}
