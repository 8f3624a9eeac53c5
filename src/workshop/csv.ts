// The debrief spreadsheet: every team's numbers each quarter, hidden ones included (the debrief reveals them), with
// what the team decided and why. One row per team per quarter (quarter 0 is the start), RFC 4180 quoting.
import { plansOf } from '../debrief/what-if';
import { stateOf, type Game } from '../engine/session';
import { csvRows } from '../present/csv';

export interface CsvTeam { name: string; game: Game; rationale?: Readonly<Record<number, string>> }

export function teamCsv(teams: readonly CsvTeam[]): string {
  const variables: string[] = [];
  for (const t of teams) for (const snap of stateOf(t.game).history) for (const k of Object.keys(snap)) if (!variables.includes(k)) variables.push(k);
  const rows = [['team', 'quarter', ...variables, 'agenda', 'answers', 'rationale']]; // i18n-exempt: column headers trainers' spreadsheets and scripts read by name
  for (const t of teams) {
    const plans = plansOf(t.game.decisions);
    stateOf(t.game).history.forEach((snap, quarter) => {
      const plan = plans.get(quarter);
      rows.push([t.name, String(quarter), ...variables.map((v) => (snap[v] === undefined ? '' : String(snap[v]))),
        plan?.agenda.join(';') ?? '', plan?.answers.map((a) => `${a.event}=${a.choice}`).join(';') ?? '', t.rationale?.[quarter] ?? '']);
    });
  }
  return csvRows(rows);
}
