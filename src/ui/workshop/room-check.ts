// The room's check on the trainer's screen: each team's change by construct and the room's, the commissioner's
// spreadsheet, and a one-page summary to print. Teams are numbered here, as in what leaves the room.
import type { Scenario } from '../../engine/types';
import { roomCheckCsv, roomCheckReport, type RoomCheckReport } from '../../learning/room-report';
import type { Workshop } from '../../state/store';
import { download } from '../browser-saves';
import { t } from '../../i18n/messages';
import { button, h } from '../dom';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const points = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100) > 0 ? '+' : ''}${Math.round(x * 100)}`);
const outOfFive = (x: number | null) => (x === null ? t('workshop.roomCheck.summary.notAnswered') : t('workshop.roomCheck.summary.ofFive', { score: x.toFixed(1) }));

export function reportOf(w: Workshop, scenario: Scenario): RoomCheckReport | null {
  if (!scenario.check) return null;
  return roomCheckReport(scenario.check, w.teams.map((team) => ({ index: w.session.teams.indexOf(team.name), learning: team.learning })), w.session.teams.length);
}

export function roomCheckSection(w: Workshop, scenario: Scenario): HTMLElement | null {
  const report = reportOf(w, scenario);
  if (!report) return null;
  const csv = () => download(`workshop-${w.session.id}-check.csv`, roomCheckCsv(report, { scenario: scenario.id, session: w.session.id }), 'text/csv');
  const printSummary = () => {
    document.documentElement.classList.add('print-summary');
    window.addEventListener('afterprint', () => document.documentElement.classList.remove('print-summary'), { once: true });
    window.print();
  };
  return h('section', { class: 'debrief-section room-check', 'aria-labelledby': 'room-check-heading' },
    h('h2', { id: 'room-check-heading' }, t('workshop.roomCheck.heading')),
    report.reported === 0
      ? h('p', {}, t('workshop.roomCheck.none'))
      : changeTable(report),
    h('div', { class: 'actions' },
      button(t('workshop.roomCheck.csv'), csv, { 'data-focus': 'room-check-csv', disabled: report.reported === 0 }),
      button(t('workshop.roomCheck.print'), printSummary, { 'data-focus': 'room-check-print', disabled: report.reported === 0 })),
    checkSummary(report, scenario, w.session.id));
}

function changeTable(report: RoomCheckReport): HTMLElement {
  return h('table', { class: 'reveal-table check-room-table' },
    h('caption', {}, t('workshop.roomCheck.caption', { reported: report.reported, of: report.of })),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('workshop.team')), ...report.constructs.map((c) => h('th', { scope: 'col' }, c.title)), h('th', { scope: 'col' }, t('workshop.roomCheck.useful')))),
    h('tbody', {},
      ...report.teams.map((row) => h('tr', {}, h('th', { scope: 'row' }, t('workshop.roomCheck.teamRow', { team: row.team })), ...row.changes.map((c) => h('td', {}, points(c.change))), h('td', {}, row.useful ?? '–'))),
      h('tr', { class: 'room-total' }, h('th', { scope: 'row' }, t('workshop.theRoom')), ...report.room.map((r) => h('td', {}, `${points(r.change)} (${pct(r.before)} → ${pct(r.after)})`)), h('td', {}, report.useful === null ? '–' : report.useful.toFixed(1)))));
}

/** Print only: the page a trainer hands a commissioner. */
function checkSummary(report: RoomCheckReport, scenario: Scenario, session: string): HTMLElement {
  return h('section', { class: 'check-summary' },
    h('h2', {}, t('workshop.roomCheck.summary.heading', { title: scenario.title })),
    h('p', {}, t('workshop.roomCheck.summary.lead', { session, reported: report.reported, of: report.of })),
    h('table', { class: 'reveal-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('workshop.roomCheck.summary.about')), h('th', { scope: 'col' }, t('workshop.roomCheck.summary.before')), h('th', { scope: 'col' }, t('workshop.roomCheck.summary.after')), h('th', { scope: 'col' }, t('workshop.roomCheck.summary.change')))),
      h('tbody', {}, ...report.constructs.map((c, k) => h('tr', {}, h('th', { scope: 'row' }, c.title), h('td', {}, pct(report.room[k].before)), h('td', {}, pct(report.room[k].after)), h('td', {}, t('workshop.roomCheck.summary.points', { points: points(report.room[k].change) })))))),
    h('dl', {}, ...report.constructs.flatMap((c) => [h('dt', {}, c.title), h('dd', {}, c.about)])),
    h('p', {}, t('workshop.roomCheck.summary.reaction', { useful: outOfFive(report.useful), relevant: outOfFive(report.relevant) })),
    changeTable(report),
    h('p', { class: 'hint' }, t('workshop.roomCheck.summary.hint')));
}
