// The debrief: the ending in the board's own terms, then the fog over the dashboard until the player lifts it; after
// that the truth, the moments to ask why of, another board with the same luck, the timeline, the causes, reflection
// with the player's answers, the "what if", two runs with the same luck side by side, and the exports.
import { debriefCsv, debriefData } from '../../debrief/export';
import { stateOf } from '../../engine/session';
import { showScreen, startGame } from '../../state/actions';
import { playAgainSameLuck } from '../../state/debrief-actions';
import { store, type AppState } from '../../state/store';
import { download } from '../browser-saves';
import { button, h, prose } from '../dom';
import { t } from '../../i18n/messages';
import { revealSection } from '../widgets/debrief-reveal';
import { reflectSection } from '../widgets/debrief-reflect';
import { runsSection } from '../widgets/debrief-runs';
import { causesSection, timelineSection } from '../widgets/debrief-story';
import { whatIfSection } from '../widgets/debrief-what-if';
import { learningSection } from '../widgets/debrief-learning';
import { sendGamePanel } from '../workshop/team-panels';

export function debriefScreen(state: AppState): HTMLElement {
  const game = state.game!;
  const sc = game.scenario;
  const view = state.debrief;
  const lifted = view.fog === 'lifted';
  const ending = sc.endings.find((e) => e.id === stateOf(game).ending);
  const base = `beyond-the-numbers-${sc.id}-${game.seed}`;
  return h('section', { class: 'screen debrief-screen', 'aria-labelledby': 'debrief-heading' },
    h('header', { class: 'debrief-head' },
      h('h1', { id: 'debrief-heading', tabindex: '-1' }, t('debrief.heading')),
      h('p', {}, ending ? t('debrief.subtitleEnding', { title: sc.title, seed: game.seed, ending: ending.title }) : t('debrief.subtitle', { title: sc.title, seed: game.seed }))),
    ending ? h('section', { class: 'debrief-section ending' }, h('h2', {}, ending.title), prose(ending.text)) : null,
    revealSection(game, state.whatIf, view),
    lifted && view.previous ? runsSection(game, view.previous) : null,
    lifted ? timelineSection(game) : null,
    lifted ? causesSection(game) : null,
    lifted ? reflectSection(game, view.answers) : null,
    lifted ? whatIfSection(game, state.whatIf, view.ghost?.kind === 'branch') : null,
    lifted ? learningSection(game, state.learning) : null,
    sendGamePanel(state),
    h('section', { class: 'debrief-section exports', 'aria-labelledby': 'export-heading' },
      h('h2', { id: 'export-heading' }, t('debrief.exports.heading')),
      h('div', { class: 'actions' },
        button(t('debrief.exports.print'), () => window.print(), { 'data-focus': 'print' }),
        button(t('debrief.exports.json'), () => download(`${base}.debrief.json`, JSON.stringify(debriefData(game, store.getState().debrief.answers, store.getState().learning), null, 1)), { 'data-focus': 'export-json' }),
        button(t('debrief.exports.csv'), () => download(`${base}.csv`, debriefCsv(game), 'text/csv'), { 'data-focus': 'export-csv' }))),
    h('nav', { class: 'actions debrief-nav', 'aria-label': t('debrief.nav.label') },
      button(t('debrief.nav.againSameLuck'), playAgainSameLuck, { class: 'primary', 'data-focus': 'again-same' }),
      button(t('debrief.nav.again'), () => startGame(sc), { 'data-focus': 'again' }),
      state.workshop?.role === 'facilitator' ? button(t('debrief.nav.toRoom'), () => showScreen('workshop-room'), { 'data-focus': 'to-room' }) : null,
      button(t('debrief.nav.toTitle'), () => showScreen('title'), { 'data-focus': 'to-title' })),
  );
}
