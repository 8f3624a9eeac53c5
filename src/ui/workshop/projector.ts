// The room on the projector: every team large, one chart with every team's dashboard (and, once the fog is lifted, its
// practice too), the pause and its release word, the clock and the debrief script's step; nothing the trainer types
// (codes, notes) is projected. Eight teams fit a 1280x720 or a 1920x1080 screen.
import { stateOf, type Game } from '../../engine/session';
import { reveal } from '../../debrief/reveal';
import { setProjecting } from '../../state/workshop-actions';
import type { Workshop } from '../../state/store';
import { releaseWord } from '../../workshop/progress';
import { t } from '../../i18n/messages';
import { button, h } from '../dom';
import { roomClock } from './room-clock';
import { roomScriptSection } from './room-script';

const SVG = 'http://www.w3.org/2000/svg';
/** Okabe-Ito, safe for the common colour blindnesses; each team also has its own dash, so no line relies on colour. */
const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#8a6d00'];
const DASHES = ['', '8 4', '2 3', '12 4 2 4', '6 2', '1 5', '10 2 2 2 2 2', '4 4'];

export function projectorScreen(w: Workshop): HTMLElement {
  const games = w.session.teams.map((name) => ({ name, team: w.teams.find((team) => team.name === name) }));
  const waiting = Math.max(0, ...Object.values(w.progress ?? {}).map((p) => p.quarter));
  const pause = w.session.pauses.find((p) => p.quarter === waiting);
  return h('section', { class: 'screen projector-view', 'aria-labelledby': 'projector-heading' },
    h('header', { class: 'projector-head' },
      h('h1', { id: 'projector-heading', tabindex: '-1' }, t('workshop.projector.heading', { session: w.session.id })),
      w.session.timerMinutes ? roomClock(w.session.timerMinutes) : null,
      button(t('workshop.projector.back'), () => setProjecting(false), { class: 'link', 'data-focus': 'unproject' })),
    pause ? h('div', { class: 'projector-pause' }, h('p', {}, t('workshop.projector.pause', { quarter: pause.quarter, prompt: pause.prompt || t('workshop.projector.pauseDefault') })),
      h('p', {}, t('workshop.projector.releaseWord'), h('span', { class: 'release-word', translate: 'no' }, releaseWord(w.session, pause.quarter)))) : null,
    h('div', { class: 'projector-body' },
      sharedChart(games.flatMap((g, i) => (g.team ? [{ name: g.name, game: g.team.game, i }] : [])), w.reveal),
      h('ul', { class: 'projector-teams' }, ...games.map((g, i) => h('li', { class: 'projector-team' },
        h('h2', {}, swatch(i), g.name),
        h('p', {}, g.team ? teamLine(g.team.game, w.reveal) : w.progress?.[g.name] ? t('workshop.projector.waiting', { quarter: w.progress[g.name].quarter }) : t('workshop.projector.playing')))))),
    w.reveal || w.teams.length ? roomScriptSection(w) : null);
}

function teamLine(game: Game, lifted: boolean): string {
  const s = stateOf(game);
  const r = reveal(game);
  const last = r.points[r.points.length - 1];
  const where = s.ending ? game.scenario.endings.find((e) => e.id === s.ending)?.title ?? t('workshop.projector.ended') : t('workshop.projector.atQuarter', { quarter: s.quarter });
  return `${where} · ${r.summary.label} ${Math.round(last.dashboard)}${lifted ? ` · ${r.truth.label.toLowerCase()} ${Math.round(last.truth)}` : ''}`;
}

function swatch(i: number): SVGElement {
  const k = document.createElementNS(SVG, 'svg');
  k.setAttribute('viewBox', '0 0 30 8'); k.setAttribute('class', 'swatch'); k.setAttribute('aria-hidden', 'true');
  const l = document.createElementNS(SVG, 'line');
  for (const [a, v] of Object.entries({ x1: 0, y1: 4, x2: 30, y2: 4, stroke: COLOURS[i % 8], 'stroke-width': 4 })) l.setAttribute(a, String(v));
  if (DASHES[i % 8]) l.setAttribute('stroke-dasharray', DASHES[i % 8]);
  k.append(l);
  return k;
}

/** Every team's dashboard in its colour and dash; once lifted, each team's practice as a thinner line of the same kind. */
function sharedChart(teams: { name: string; game: Game; i: number }[], lifted: boolean): HTMLElement {
  const wd = 600; const ht = 240;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${wd} ${ht}`); svg.setAttribute('preserveAspectRatio', 'none'); svg.setAttribute('class', 'projector-chart');
  const first = teams[0]?.game;
  const labels = first ? reveal(first) : null;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', teams.length === 0 ? t('workshop.projector.chartEmpty')
    : t(lifted ? 'workshop.projector.chartLifted' : 'workshop.projector.chart', { summary: labels!.summary.label.toLowerCase(), truth: labels!.truth.label.toLowerCase(), teams: teams.map((team) => `${team.name}, ${teamLine(team.game, lifted)}`).join('; ') }));
  for (const v of [0, 50, 100]) {
    const g = document.createElementNS(SVG, 'line');
    for (const [a, x] of Object.entries({ x1: 0, y1: ht - (v / 100) * ht, x2: wd, y2: ht - (v / 100) * ht })) g.setAttribute(a, String(x));
    g.setAttribute('class', 'grid');
    svg.append(g);
  }
  for (const team of teams) {
    const m = team.game.scenario.model.display;
    const n = team.game.scenario.calendar.quarters;
    const hist = stateOf(team.game).history;
    for (const [id, width] of (lifted ? [[m.summary, 4], [m.truth, 2]] : [[m.summary, 4]]) as [string, number][]) {
      const p = document.createElementNS(SVG, 'polyline');
      p.setAttribute('points', hist.map((row, q) => `${((q / n) * wd).toFixed(1)},${(ht - ((row[id] as number) / 100) * ht).toFixed(1)}`).join(' '));
      p.setAttribute('fill', 'none'); p.setAttribute('stroke', COLOURS[team.i % 8]); p.setAttribute('stroke-width', String(width));
      if (DASHES[team.i % 8]) p.setAttribute('stroke-dasharray', DASHES[team.i % 8]);
      if (id === m.truth) p.setAttribute('class', 'truth');
      svg.append(p);
    }
  }
  return h('figure', { class: 'projector-figure' }, svg,
    h('figcaption', { class: 'legend' }, labels ? t(lifted ? 'workshop.projector.legendLifted' : 'workshop.projector.legend', { summary: labels.summary.label.toLowerCase(), truth: labels.truth.label.toLowerCase() }) : t('workshop.projector.legendEmpty')));
}
