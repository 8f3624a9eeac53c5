// The room's check: each team's before/after change by construct and the room's totals, for the trainer's room view,
// the commissioner's spreadsheet and the one-page summary. Teams are numbered, never named, in what leaves the room:
// a team's name may be a person's. The room's figure for a construct is the mean over the teams that answered both.
import type { CheckDef } from '../engine/types';
import { t } from '../i18n/messages';
import { csvRows } from '../present/csv';
import { checkChange, type ConstructChange } from './check';
import type { LearningRecord } from './record';

export interface RoomCheckRow { team: number; changes: ConstructChange[]; useful?: number; relevant?: number }
export interface RoomCheckReport {
  constructs: { id: string; title: string; about: string; kind: 'marked' | 'scale' }[];
  teams: RoomCheckRow[];
  /** By construct: the mean before, after and change over the teams that answered both, and how many they were. */
  room: { before: number | null; after: number | null; change: number | null; teams: number }[];
  useful: number | null; relevant: number | null;
  /** Teams that sent a check at all, of those in the session. */
  reported: number; of: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function roomCheckReport(check: CheckDef, teams: readonly { index: number; learning?: Pick<LearningRecord, 'before' | 'after' | 'reaction'> }[], of: number): RoomCheckReport {
  const rows: RoomCheckRow[] = teams.filter((t) => t.learning && (t.learning.before || t.learning.after)).map((t) => ({
    team: t.index + 1, changes: checkChange(check, t.learning!.before, t.learning!.after),
    ...(t.learning!.reaction?.useful ? { useful: t.learning!.reaction.useful } : {}),
    ...(t.learning!.reaction?.relevant ? { relevant: t.learning!.reaction.relevant } : {}),
  }));
  const constructs = check.constructs.map((c) => ({ ...c, kind: check.items.some((i) => i.construct === c.id && i.scale) ? 'scale' as const : 'marked' as const }));
  const room = constructs.map((_c, k) => {
    const both = rows.map((r) => r.changes[k]).filter((c) => c.change !== null);
    return { before: mean(both.map((c) => c.before!)), after: mean(both.map((c) => c.after!)), change: mean(both.map((c) => c.change!)), teams: both.length };
  });
  return {
    constructs, teams: rows, room,
    useful: mean(rows.flatMap((r) => (r.useful ? [r.useful] : []))), relevant: mean(rows.flatMap((r) => (r.relevant ? [r.relevant] : []))),
    reported: rows.length, of,
  };
}

const pct = (x: number | null) => (x === null ? '' : String(Math.round(x * 100)));
const points = (x: number | null) => (x === null ? '' : (Math.round(x * 100) > 0 ? '+' : '') + String(Math.round(x * 100)));

/** One row per team and construct, then the room's: percentages 0-100 (a change in points), no names. */
export function roomCheckCsv(report: RoomCheckReport, meta: { scenario: string; session: string }): string {
  const rows: (string | number)[][] = [['scenario', 'session', 'team', 'construct', 'kind', 'before_pct', 'after_pct', 'change_points', 'useful_1to5', 'relevant_1to5']];
  for (const row of report.teams) {
    row.changes.forEach((c, k) => rows.push([meta.scenario, meta.session, t('play.roomCsv.team', { team: row.team }), c.title, report.constructs[k].kind, pct(c.before), pct(c.after), points(c.change), k === 0 ? row.useful ?? '' : '', k === 0 ? row.relevant ?? '' : '']));
  }
  report.room.forEach((r, k) => rows.push([meta.scenario, meta.session, t('play.roomCsv.room', { teams: r.teams, of: report.of }), report.constructs[k].title, report.constructs[k].kind, pct(r.before), pct(r.after), points(r.change),
    k === 0 && report.useful !== null ? report.useful.toFixed(1) : '', k === 0 && report.relevant !== null ? report.relevant.toFixed(1) : '']));
  return csvRows(rows);
}
