// The printed debrief pack: for each team its ending, its reveal, its reasons quarter by quarter and the questions its
// game raises; then the room's comparison. Print only: on screen the room view is the pack's source, and none of the
// room's codes, QR codes or empty boxes reach the paper.
import { stateOf } from '../../engine/session';
import { reflectionArc } from '../../debrief/reflection-arc';
import { reveal } from '../../debrief/reveal';
import { quarterLabel } from '../../present/calendar';
import type { RoomTeam, Workshop } from '../../state/store';
import { h, prose } from '../dom';
import { miniReveal } from '../widgets/mini-reveal';

export function printPack(w: Workshop): HTMLElement | null {
  if (w.teams.length === 0) return null;
  return h('section', { class: 'print-pack' },
    h('h2', {}, `Debrief pack: workshop ${w.session.id}`),
    ...w.teams.map(teamPage),
    comparison(w.teams));
}

function teamPage(t: RoomTeam): HTMLElement {
  const sc = t.game.scenario;
  const ending = sc.endings.find((e) => e.id === stateOf(t.game).ending);
  const r = reveal(t.game);
  const reasons = Object.entries(t.rationale).filter(([, text]) => text.trim() !== '').sort((a, b) => Number(a[0]) - Number(b[0]));
  return h('article', { class: 'pack-team' },
    h('h3', {}, t.name),
    ending ? h('div', {}, h('h4', {}, ending.title), prose(ending.text), ending.revealed ? prose(ending.revealed, 'prose revealed') : null) : h('p', {}, `Still playing: quarter ${stateOf(t.game).quarter}.`),
    miniReveal(t.game, true),
    h('p', { class: 'pack-legend' }, `${r.summary.label} (solid) and ${r.truth.label.toLowerCase()} (dashed), from ${Math.round(r.points[0].dashboard)} and ${Math.round(r.points[0].truth)} to ${Math.round(r.points[r.points.length - 1].dashboard)} and ${Math.round(r.points[r.points.length - 1].truth)}.`),
    h('h4', {}, 'Why we chose what we chose'),
    reasons.length ? h('ol', { class: 'pack-reasons' }, ...reasons.map(([q, text]) => h('li', {}, h('strong', {}, `${quarterLabel(sc, Number(q))}: `), text))) : h('p', {}, 'The team wrote no reasons.'),
    h('h4', {}, 'Questions for this team'),
    h('ol', {}, ...reflectionArc(t.game).map((p) => h('li', {}, p.prompt))));
}

function comparison(teams: readonly RoomTeam[]): HTMLElement {
  const first = reveal(teams[0].game);
  return h('article', { class: 'pack-room' },
    h('h3', {}, 'The room'),
    h('table', { class: 'reveal-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Team'), h('th', { scope: 'col' }, 'Ending'), h('th', { scope: 'col' }, `${first.summary.label} at the end`),
        h('th', { scope: 'col' }, `${first.truth.label} at the end`), h('th', { scope: 'col' }, 'Widest gap'))),
      h('tbody', {}, ...teams.map((t) => {
        const r = reveal(t.game);
        const last = r.points[r.points.length - 1];
        const title = t.game.scenario.endings.find((e) => e.id === stateOf(t.game).ending)?.title ?? 'still playing';
        return h('tr', {}, h('th', { scope: 'row' }, t.name), h('td', {}, title), h('td', {}, last.dashboard.toFixed(0)), h('td', {}, last.truth.toFixed(0)),
          h('td', {}, r.widest.quarter > 0 ? `${Math.round(Math.abs(r.widest.gap))} in ${quarterLabel(t.game.scenario, r.widest.quarter)}` : 'none'));
      }))));
}
