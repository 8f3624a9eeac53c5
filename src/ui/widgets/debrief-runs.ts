// Play, reflect, play again: a game started with the same luck as the one before is set beside it in its debrief, two
// reveals side by side and the decisions that differed, quarter by quarter.
import type { Game } from '../../engine/session';
import { stateOf } from '../../engine/session';
import { reveal } from '../../debrief/reveal';
import { timeline } from '../../debrief/timeline';
import { quarterLabel } from '../../present/calendar';
import { h } from '../dom';
import { t } from '../../i18n/messages';
import { miniReveal } from './mini-reveal';

export function runsSection(game: Game, previous: Game): HTMLElement | null {
  if (previous.scenario.id !== game.scenario.id || previous.seed !== game.seed) return null;
  const a = timeline(previous).quarters;
  const b = timeline(game).quarters;
  const differed = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i).flatMap((i) => {
    const before = (a[i]?.decisions ?? []).map((d) => d.title);
    const now = (b[i]?.decisions ?? []).map((d) => d.title);
    const same = before.length === now.length && before.every((title) => now.includes(title));
    return same ? [] : [{ q: i + 1, before, now }];
  });
  const card = (g: Game, title: string) => {
    const r = reveal(g);
    const last = r.points[r.points.length - 1];
    const ending = g.scenario.endings.find((e) => e.id === stateOf(g).ending)?.title ?? t('debrief.runs.notFinished');
    return h('figure', { class: 'run' }, h('figcaption', {}, h('strong', {}, title), ` · ${ending}`), miniReveal(g),
      h('p', {}, t('debrief.runs.ends', { summary: r.summary.label, summaryValue: Math.round(last.dashboard), truth: r.truth.label.toLowerCase(), truthValue: Math.round(last.truth) })));
  };
  return h('section', { class: 'debrief-section runs', 'aria-labelledby': 'runs-heading' },
    h('h2', { id: 'runs-heading' }, t('debrief.runs.heading')),
    h('div', { class: 'run-pair' }, card(previous, t('debrief.runs.first')), card(game, t('debrief.runs.this'))),
    differed.length === 0 ? h('p', {}, t('debrief.runs.same'))
      : h('table', { class: 'reveal-table runs-table' }, h('caption', {}, t('debrief.runs.caption')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('debrief.quarter')), h('th', { scope: 'col' }, t('debrief.runs.firstColumn')), h('th', { scope: 'col' }, t('debrief.runs.this')))),
        h('tbody', {}, ...differed.map((d) => h('tr', {}, h('th', { scope: 'row' }, quarterLabel(game.scenario, d.q)),
          h('td', {}, d.before.join('; ') || t('debrief.runs.nothing')), h('td', {}, d.now.join('; ') || t('debrief.runs.nothing')))))));
}
