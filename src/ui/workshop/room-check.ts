// The room's check on the trainer's screen: each team's change by construct and the room's, the commissioner's
// spreadsheet, and a one-page summary to print. Teams are numbered here, as in what leaves the room.
import type { Scenario } from '../../engine/types';
import { roomCheckCsv, roomCheckReport, type RoomCheckReport } from '../../learning/room-report';
import type { Workshop } from '../../state/store';
import { download } from '../browser-saves';
import { button, h } from '../dom';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const points = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100) > 0 ? '+' : ''}${Math.round(x * 100)}`);

export function reportOf(w: Workshop, scenario: Scenario): RoomCheckReport | null {
  if (!scenario.check) return null;
  return roomCheckReport(scenario.check, w.teams.map((t) => ({ index: w.session.teams.indexOf(t.name), learning: t.learning })), w.session.teams.length);
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
    h('h2', { id: 'room-check-heading' }, 'What the room learned: the check before and after'),
    report.reported === 0
      ? h('p', {}, 'No team has sent its check yet. A team\'s check code (BTN2C-…) comes with its game code in its QR code and file, or can be typed after it.')
      : changeTable(report),
    h('div', { class: 'actions' },
      button('Download the check for a commissioner (CSV)', csv, { 'data-focus': 'room-check-csv', disabled: report.reported === 0 }),
      button('Print a one-page summary', printSummary, { 'data-focus': 'room-check-print', disabled: report.reported === 0 })),
    checkSummary(report, scenario, w.session.id));
}

function changeTable(report: RoomCheckReport): HTMLElement {
  return h('table', { class: 'reveal-table check-room-table' },
    h('caption', {}, `Change in points from before play to after the debrief (${report.reported} of ${report.of} teams sent a check). Confidence is how far up its scale a team put itself.`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Team'), ...report.constructs.map((c) => h('th', { scope: 'col' }, c.title)), h('th', { scope: 'col' }, 'Useful (1-5)'))),
    h('tbody', {},
      ...report.teams.map((t) => h('tr', {}, h('th', { scope: 'row' }, `Team ${t.team}`), ...t.changes.map((c) => h('td', {}, points(c.change))), h('td', {}, t.useful ?? '–'))),
      h('tr', { class: 'room-total' }, h('th', { scope: 'row' }, 'The room'), ...report.room.map((r) => h('td', {}, `${points(r.change)} (${pct(r.before)} → ${pct(r.after)})`)), h('td', {}, report.useful === null ? '–' : report.useful.toFixed(1)))));
}

/** Print only: the page a trainer hands a commissioner. */
function checkSummary(report: RoomCheckReport, scenario: Scenario, session: string): HTMLElement {
  return h('section', { class: 'check-summary' },
    h('h2', {}, `What the room learned: ${scenario.title}`),
    h('p', {}, `Workshop ${session}. ${report.reported} of ${report.of} teams answered the check before play and again after the debrief, each team together on one device. No names are recorded.`),
    h('table', { class: 'reveal-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'What the questions were about'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'), h('th', { scope: 'col' }, 'Change'))),
      h('tbody', {}, ...report.constructs.map((c, k) => h('tr', {}, h('th', { scope: 'row' }, c.title), h('td', {}, pct(report.room[k].before)), h('td', {}, pct(report.room[k].after)), h('td', {}, `${points(report.room[k].change)} points`))))),
    h('dl', {}, ...report.constructs.flatMap((c) => [h('dt', {}, c.title), h('dd', {}, c.about)])),
    h('p', {}, `Useful for their work: ${report.useful === null ? 'not answered' : `${report.useful.toFixed(1)} of 5`}. Relevant to their own board: ${report.relevant === null ? 'not answered' : `${report.relevant.toFixed(1)} of 5`}.`),
    changeTable(report),
    h('p', { class: 'hint' }, 'Before and after are the share of answers that fit how such systems behave (for confidence, how far up the scale). The after questions ask about the same things in other situations. A room of a few teams shows a direction, not a statistical result.'));
}
