// The printed debrief pack: for each team its ending, its reveal, its reasons quarter by quarter and the questions its
// game raises; then the room's comparison. Print only: on screen the room view is the pack's source, and none of the
// room's codes, QR codes or empty boxes reach the paper.
import { stateOf } from '../../engine/session';
import { reflectionArc } from '../../debrief/reflection-arc';
import { reveal } from '../../debrief/reveal';
import { quarterLabel } from '../../present/calendar';
import type { RoomTeam, Workshop } from '../../state/store';
import { t } from '../../i18n/messages';
import { h, prose } from '../dom';
import { miniReveal } from '../widgets/mini-reveal';

export function printPack(w: Workshop): HTMLElement | null {
  if (w.teams.length === 0) return null;
  return h('section', { class: 'print-pack' },
    h('h2', {}, t('workshop.pack.heading', { session: w.session.id })),
    ...w.teams.map(teamPage),
    comparison(w.teams));
}

function teamPage(team: RoomTeam): HTMLElement {
  const sc = team.game.scenario;
  const ending = sc.endings.find((e) => e.id === stateOf(team.game).ending);
  const r = reveal(team.game);
  const reasons = Object.entries(team.rationale).filter(([, text]) => text.trim() !== '').sort((a, b) => Number(a[0]) - Number(b[0]));
  return h('article', { class: 'pack-team' },
    h('h3', {}, team.name),
    ending ? h('div', {}, h('h4', {}, ending.title), prose(ending.text), ending.revealed ? prose(ending.revealed, 'prose revealed') : null) : h('p', {}, t('workshop.pack.stillPlaying', { quarter: stateOf(team.game).quarter })),
    miniReveal(team.game, true),
    h('p', { class: 'pack-legend' }, t('workshop.pack.legend', { summary: r.summary.label, truth: r.truth.label.toLowerCase(), summaryFrom: Math.round(r.points[0].dashboard), truthFrom: Math.round(r.points[0].truth), summaryTo: Math.round(r.points[r.points.length - 1].dashboard), truthTo: Math.round(r.points[r.points.length - 1].truth) })),
    h('h4', {}, t('workshop.pack.reasons')),
    reasons.length ? h('ol', { class: 'pack-reasons' }, ...reasons.map(([q, text]) => h('li', {}, h('strong', {}, `${quarterLabel(sc, Number(q))}: `), text))) : h('p', {}, t('workshop.pack.noReasons')),
    h('h4', {}, t('workshop.pack.questions')),
    h('ol', {}, ...reflectionArc(team.game).map((p) => h('li', {}, p.prompt))));
}

function comparison(teams: readonly RoomTeam[]): HTMLElement {
  const first = reveal(teams[0].game);
  return h('article', { class: 'pack-room' },
    h('h3', {}, t('workshop.theRoom')),
    h('table', { class: 'reveal-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('workshop.team')), h('th', { scope: 'col' }, t('workshop.pack.ending')), h('th', { scope: 'col' }, t('workshop.pack.atEnd', { label: first.summary.label })),
        h('th', { scope: 'col' }, t('workshop.pack.atEnd', { label: first.truth.label })), h('th', { scope: 'col' }, t('workshop.pack.widestGap')))),
      h('tbody', {}, ...teams.map((team) => {
        const r = reveal(team.game);
        const last = r.points[r.points.length - 1];
        const title = team.game.scenario.endings.find((e) => e.id === stateOf(team.game).ending)?.title ?? t('workshop.pack.stillPlayingCell');
        return h('tr', {}, h('th', { scope: 'row' }, team.name), h('td', {}, title), h('td', {}, last.dashboard.toFixed(0)), h('td', {}, last.truth.toFixed(0)),
          h('td', {}, r.widest.quarter > 0 ? t('workshop.pack.gap', { gap: Math.round(Math.abs(r.widest.gap)), quarter: quarterLabel(team.game.scenario, r.widest.quarter) }) : t('workshop.pack.noGap')));
      }))));
}
