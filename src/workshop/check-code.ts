// A team's check before and after play, and its two reaction points, as a code of its own (`BTN2C-…`, about fifteen
// characters): read out beside the game code, or carried in the team's QR code and file. Each item is written as which
// of its answers was picked (or none), so the room scores it exactly as the team's device did. No free text travels:
// what a team writes it will do stays on its device.
import type { CheckDef } from '../engine/types';
import { t } from '../i18n/messages';
import { formItems, type CheckAnswers } from '../learning/check';
import type { LearningRecord } from '../learning/record';
import { normalise } from './base32';
import { CodeReader, CodeWriter } from './coder';
import { openGroups, sealGroups } from './groups';
import { problem, type WorkshopProblem } from './problems';
import { MAX_TEAMS, sessionIdNumber, type WorkshopSession } from './session';

const SESSION_SHARE = 2 ** 10;
const POINTS = 5;

/** The room's part of a team's learning record: the two forms and the two reaction points. */
export type RoomLearning = Pick<LearningRecord, 'before' | 'after'> & { reaction?: { useful?: number; relevant?: number } };

const optionsOf = (check: CheckDef, form: 'before' | 'after') => formItems(check, form).map((it) => (it.choices
  ? it.choices.map((c) => c.id as string | number)
  : Array.from({ length: it.scale!.to - it.scale!.from + 1 }, (_, k) => it.scale!.from + k)));

export function encodeCheck(session: WorkshopSession, team: string, check: CheckDef, r: RoomLearning | null | undefined): string | null {
  const index = session.teams.indexOf(team);
  if (index < 0 || !r || (!r.before && !r.after)) return null;
  const w = new CodeWriter();
  w.uniform(sessionIdNumber(session.id) % SESSION_SHARE, SESSION_SHARE);
  w.uniform(index, MAX_TEAMS);
  for (const form of ['before', 'after'] as const) {
    const answers = r[form];
    w.uniform(answers ? 1 : 0, 2);
    if (!answers) continue;
    const items = formItems(check, form);
    optionsOf(check, form).forEach((options, i) => w.uniform(options.indexOf(answers[items[i].id] ?? '') + 1, options.length + 1));
  }
  for (const key of ['useful', 'relevant'] as const) w.uniform(r.reaction?.[key] ?? 0, POINTS + 1);
  return sealGroups('C', w.finish());
}

export function decodeCheck(code: string, session: WorkshopSession, check: CheckDef): { team?: string; learning?: RoomLearning; problem?: WorkshopProblem } {
  const opened = openGroups(code, 'C');
  if ('problem' in opened) return opened;
  const r = new CodeReader(opened.digits);
  if (r.uniform(SESSION_SHARE) !== sessionIdNumber(session.id) % SESSION_SHARE) return problem('other_session', t('codes.check.otherSession', { session: session.id }));
  const team = session.teams[r.uniform(MAX_TEAMS)];
  if (!team) return problem('invalid', t('codes.check.noSuchTeam'));
  const learning: RoomLearning = {};
  for (const form of ['before', 'after'] as const) {
    if (r.uniform(2) === 0) continue;
    const items = formItems(check, form);
    const answers: CheckAnswers = {};
    optionsOf(check, form).forEach((options, i) => { const k = r.uniform(options.length + 1); if (k > 0) answers[items[i].id] = options[k - 1]; });
    learning[form] = answers;
  }
  const reaction: { useful?: number; relevant?: number } = {};
  for (const key of ['useful', 'relevant'] as const) { const p = r.uniform(POINTS + 1); if (p > 0) reaction[key] = p; }
  if (Object.keys(reaction).length) learning.reaction = reaction;
  if (normalise(encodeCheck(session, team, check, learning) ?? '') !== normalise(code)) return problem('checksum', t('codes.check.changed'));
  return { team, learning };
}
