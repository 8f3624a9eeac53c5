// The board room: numbers on one side, practice on the other, and the quarter's business in the middle.
import { phaseOf, reports, stateOf, type Game } from '../../engine/session';
import type { AppState } from '../../state/store';
import { acceptContentNote, begin, openDebrief, showScreen } from '../../state/actions';
import { phaseTitle, quarterLabel } from '../../present/calendar';
import { formatValue, teamLabel } from '../../present/values';
import { button, h, prose } from '../dom';
import { currentLocale, t, type MessageId } from '../../i18n/messages';
import { savesPort } from '../ports';
import { agendaPanel } from '../widgets/agenda';
import { inboxItems, inboxPanel } from '../widgets/inbox';
import { numbersPanel } from '../widgets/numbers';
import { resolutionPanel } from '../widgets/resolution';
import { rolesPanel } from '../widgets/roles';
import { storyPanel } from '../widgets/story';
import { voicesList } from '../widgets/voices';
import { guidePanel, pointAt } from '../widgets/guide';
import { memo } from '../memo';
import { pauseGate, quarterTimer, rationaleBox, sendGamePanel } from '../workshop/team-panels';

/** The briefing's first lines: what moved most on the dashboard since the last quarter, in words. */
function sinceLastQuarter(game: Game): HTMLElement | null {
  const { before, last: now } = reports(game);
  if (!before) return null;
  const moved = game.scenario.model.variables
    .filter((v) => v.visibility === 'visible' && v.kind === 'number' && formatValue(v, before[v.id]) !== formatValue(v, now[v.id]))
    .map((v) => ({ v, d: ((now[v.id] as number) - (before[v.id] as number)) / (v.max - v.min) }))
    .sort((a, b) => Math.abs(b.d) - Math.abs(a.d)).slice(0, 4);
  return h('div', { class: 'since' }, h('h3', {}, t('board.briefing.since')),
    moved.length ? h('ul', {}, ...moved.map(({ v }) => h('li', {}, `${v.label}: ${formatValue(v, before[v.id])} → ${formatValue(v, now[v.id])}`)))
      : h('p', {}, t('board.briefing.still')));
}

const STEPS: [string, MessageId][] = [['briefing', 'board.step.briefing'], ['agenda', 'board.step.agenda'], ['resolution', 'board.step.resolution'], ['events', 'board.step.events']];

export function boardScreen(state: AppState): HTMLElement {
  const game = state.game!;
  const s = stateOf(game);
  const sc = game.scenario;
  const phase = phaseOf(game);
  const header = h('header', { class: 'board-head' },
    h('div', { class: 'where' },
      h('h1', { id: 'board-heading', tabindex: '-1' }, t('board.heading', { quarter: s.quarter, quarters: sc.calendar.quarters })),
      h('p', { class: 'when' }, `${quarterLabel(sc, s.quarter)} · ${phaseTitle(sc, s.quarter)}`),
      // a workshop team's device says whose board it is, so the room can tell its screens apart
      state.workshop?.role === 'team' && state.workshop.team ? h('p', { class: 'team-name', 'data-testid': 'team-name' }, t('board.teamName', { team: teamLabel(state.workshop.team), session: state.workshop.session.id })) : null,
      state.workshop?.role === 'team' ? quarterTimer(state) : null),
    h('ol', { class: 'steps', 'aria-label': t('board.steps') }, ...STEPS.map(([id, label]) => h('li', { class: id === phase ? 'current' : '', 'aria-current': id === phase ? 'step' : null }, t(label)))),
    h('nav', { class: 'board-menu', 'aria-label': t('board.menu') },
      button(t('board.menu.save'), () => savesPort().exportCurrent(), { class: 'link', 'data-focus': 'export-current' }),
      button(t('board.menu.settings'), () => showScreen('settings'), { class: 'link', 'data-focus': 'menu-settings' }),
      button(t('board.menu.title'), () => showScreen('title'), { class: 'link', 'data-focus': 'menu-title' })),
  );
  let centre: HTMLElement;
  const gate = phase === 'briefing' ? pauseGate(state) : null;
  if (gate) centre = gate;
  else if (phase === 'briefing') {
    centre = h('section', { class: 'panel briefing-panel', 'aria-labelledby': 'quarter-brief' },
      h('h2', { id: 'quarter-brief' }, t('board.briefing.heading')),
      voicesList(game),
      sinceLastQuarter(game),
      s.quarter > 1 && s.inbox.length ? h('div', { class: 'last-quarter' }, h('h3', {}, t('board.briefing.lastInbox')), ...inboxItems(game, false)) : null,
      button(t('board.briefing.openAgenda'), () => { begin(); }, { class: 'primary', 'data-focus': 'open-agenda' }));
  } else if (phase === 'agenda') {
    centre = agendaPanel(game, state.settings.cardDescriptions);
    const box = rationaleBox(state); // a workshop team writes down why, beside the button that commits the agenda
    if (box) centre.insertBefore(box, centre.lastElementChild);
  }
  else if (phase === 'resolution') {
    // a serious incident is announced behind a content note before anything else of the quarter is shown
    const key = `incident:${s.quarter}`;
    const incident = state.effects.some((e) => e.type === 'incident');
    centre = incident && !state.contentNoteAccepted[key]
      ? h('section', { class: 'panel incident-sequence', 'aria-labelledby': 'incident-heading' },
        h('h2', { id: 'incident-heading', tabindex: '-1' }, t('board.incident.heading')),
        h('p', { class: 'content-note' }, h('strong', {}, t('board.incident.contentNote')), sc.events.find((e) => e.kind === 'incident')?.contentNote ?? t('board.incident.defaultNote')),
        h('p', {}, t('board.incident.details')),
        button(t('board.incident.continue'), () => acceptContentNote(key), { class: 'primary', 'data-focus': 'incident-continue' }))
      : resolutionPanel(game, state.effects);
  }
  else if (phase === 'events') centre = inboxPanel(game);
  else {
    const ending = sc.endings.find((e) => e.id === s.ending);
    centre = h('section', { class: 'panel ending', 'aria-labelledby': 'ending-heading' },
      h('h2', { id: 'ending-heading', tabindex: '-1' }, ending?.title ?? t('board.ending.heading')), ending ? prose(ending.text) : null,
      h('p', {}, t('board.ending.lead')),
      button(t('board.ending.openDebrief'), () => { openDebrief(); }, { class: 'primary', 'data-focus': 'open-debrief' }),
      sendGamePanel(state));
  }
  // the guide speaks of this moment of the quarter, under the panel's heading, and points at what it speaks of
  const steps = gate ? [] : (sc.guide[s.quarter] ?? []).filter((g) => g.at === phase);
  const guide = guidePanel(steps);
  if (guide) centre.querySelector('h2')?.after(guide);
  // a new phase starts reading at its own panel's heading, past the game menu; when the control the user was on goes
  // (an answered letter), focus moves on to the next letter's answers, or to the button that ends the quarter
  centre.querySelector('h2')?.setAttribute('data-phase-start', '');
  centre.querySelector<HTMLElement>('.choices button, [data-focus="end-quarter"], [data-focus="open-inbox"], [data-focus="open-agenda"]')?.setAttribute('data-next', '');
  const screen = h('section', { class: `screen board-screen phase-${phase}`, 'aria-labelledby': 'board-heading' },
    header,
    h('div', { class: 'board-grid' },
      // a kept panel is built again when its inputs change, or the language
      memo('numbers', [s.history, s.vars, sc, phase === 'resolution' || phase === 'events', currentLocale()], () => numbersPanel(game)),
      // the room is drawn over this slot (scenes/room-scene.ts); the agenda takes the whole column
      h('div', { class: 'centre' }, phase === 'agenda' || gate ? null : h('div', { class: `room-slot${phase === 'briefing' ? '' : ' compact'}`, id: 'room-slot', 'aria-hidden': 'true' }), centre),
      h('div', { class: 'side' }, memo('story', [s.stories, sc, currentLocale()], () => storyPanel(game)), memo('roles', [s.history, sc, currentLocale()], () => rolesPanel(game)))),
  );
  pointAt(screen, steps);
  return screen;
}
