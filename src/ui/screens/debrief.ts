// The debrief: the fog lifts. The reveal, the timeline with tags, the causes, reflection prompts, what if, and exports.
import { debriefCsv, debriefData } from '../../debrief/export';
import { reflections } from '../../debrief/reflections';
import { stateOf } from '../../engine/session';
import { showScreen, startGame } from '../../state/actions';
import type { AppState } from '../../state/store';
import { download } from '../browser-saves';
import { button, h, prose } from '../dom';
import { revealSection } from '../widgets/debrief-reveal';
import { causesSection, timelineSection } from '../widgets/debrief-story';
import { whatIfSection } from '../widgets/debrief-what-if';
import { sendGamePanel } from '../workshop/team-panels';

export function debriefScreen(state: AppState): HTMLElement {
  const game = state.game!;
  const sc = game.scenario;
  const ending = sc.endings.find((e) => e.id === stateOf(game).ending);
  const base = `beyond-the-numbers-${sc.id}-${game.seed}`;
  return h('section', { class: 'screen debrief-screen', 'aria-labelledby': 'debrief-heading' },
    h('header', { class: 'debrief-head' },
      h('h1', { id: 'debrief-heading', tabindex: '-1' }, 'The debrief'),
      h('p', {}, `${sc.title} · seed ${game.seed}${ending ? ` · ${ending.title}` : ''}`)),
    ending ? h('section', { class: 'debrief-section' }, h('h2', {}, ending.title), prose(ending.text)) : null,
    revealSection(game, state.whatIf),
    timelineSection(game),
    causesSection(game),
    h('section', { class: 'debrief-section reflections', 'aria-labelledby': 'reflect-heading' },
      h('h2', { id: 'reflect-heading' }, 'To reflect on'),
      h('ol', {}, ...reflections(game).map((r) => h('li', {}, r.prompt)))),
    whatIfSection(game, state.whatIf),
    sendGamePanel(state),
    h('section', { class: 'debrief-section exports', 'aria-labelledby': 'export-heading' },
      h('h2', { id: 'export-heading' }, 'Keep a record'),
      h('div', { class: 'actions' },
        button('Print this debrief', () => window.print(), { 'data-focus': 'print' }),
        button('Download the data (JSON)', () => download(`${base}.debrief.json`, JSON.stringify(debriefData(game), null, 1)), { 'data-focus': 'export-json' }),
        button('Download the numbers (CSV)', () => download(`${base}.csv`, debriefCsv(game), 'text/csv'), { 'data-focus': 'export-csv' }))),
    h('nav', { class: 'actions debrief-nav', 'aria-label': 'After the debrief' },
      button('Play this scenario again', () => startGame(sc), { class: 'primary', 'data-focus': 'again' }),
      state.workshop?.role === 'facilitator' ? button('Back to the room', () => showScreen('workshop-room'), { 'data-focus': 'to-room' }) : null,
      button('Main menu', () => showScreen('title'), { 'data-focus': 'to-title' })),
  );
}
