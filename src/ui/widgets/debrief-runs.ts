// Play, reflect, play again: a game started with the same luck as the one before is set beside it in its debrief, two
// reveals side by side and the decisions that differed, quarter by quarter.
import type { Game } from '../../engine/session';
import { stateOf } from '../../engine/session';
import { reveal } from '../../debrief/reveal';
import { timeline } from '../../debrief/timeline';
import { quarterLabel } from '../../present/calendar';
import { h } from '../dom';
import { miniReveal } from './mini-reveal';

export function runsSection(game: Game, previous: Game): HTMLElement | null {
  if (previous.scenario.id !== game.scenario.id || previous.seed !== game.seed) return null;
  const a = timeline(previous).quarters;
  const b = timeline(game).quarters;
  const differed = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i).flatMap((i) => {
    const before = (a[i]?.decisions ?? []).map((d) => d.title);
    const now = (b[i]?.decisions ?? []).map((d) => d.title);
    const same = before.length === now.length && before.every((t) => now.includes(t));
    return same ? [] : [{ q: i + 1, before, now }];
  });
  const card = (g: Game, title: string) => {
    const r = reveal(g);
    const last = r.points[r.points.length - 1];
    const ending = g.scenario.endings.find((e) => e.id === stateOf(g).ending)?.title ?? 'not finished';
    return h('figure', { class: 'run' }, h('figcaption', {}, h('strong', {}, title), ` · ${ending}`), miniReveal(g),
      h('p', {}, `${r.summary.label} ends at ${Math.round(last.dashboard)}, ${r.truth.label.toLowerCase()} at ${Math.round(last.truth)}.`));
  };
  return h('section', { class: 'debrief-section runs', 'aria-labelledby': 'runs-heading' },
    h('h2', { id: 'runs-heading' }, 'Your two games, the same luck'),
    h('div', { class: 'run-pair' }, card(previous, 'Your first game'), card(game, 'This game')),
    differed.length === 0 ? h('p', {}, 'You took the same decisions in every quarter.')
      : h('table', { class: 'reveal-table runs-table' }, h('caption', {}, 'The decisions that differed'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Quarter'), h('th', { scope: 'col' }, 'First game'), h('th', { scope: 'col' }, 'This game'))),
        h('tbody', {}, ...differed.map((d) => h('tr', {}, h('th', { scope: 'row' }, quarterLabel(game.scenario, d.q)),
          h('td', {}, d.before.join('; ') || 'nothing'), h('td', {}, d.now.join('; ') || 'nothing'))))));
}
