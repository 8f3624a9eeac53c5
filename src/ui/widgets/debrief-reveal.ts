// The reveal: first the dashboard the board watched, over a fog, with the pins of the game; then, when the player lifts
// the fog, the hidden truth drawn under it (by the reveal scene into #reveal-slot), what the ending's fog hid, the
// moments to ask "why?" of, the ghost of another board with the same luck, and the tables that say it all in text.
import type { Game } from '../../engine/session';
import { compareRuns } from '../../debrief/what-if';
import { moments, type Moment, type MomentKind } from '../../debrief/moments';
import { reveal, revealSummary } from '../../debrief/reveal';
import { OTHER_BOARDS, type OtherBoard } from '../../debrief/same-luck';
import { quarterMomentId } from '../../debrief/web';
import { stateOf } from '../../engine/session';
import { quarterLabel } from '../../present/calendar';
import { quarterAtX } from '../../present/reveal-chart';
import { liftFog, openMoment, showOtherBoard } from '../../state/debrief-actions';
import type { DebriefView } from '../../state/store';
import { button, h, prose } from '../dom';
import { t, type MessageId } from '../../i18n/messages';
import { pressuresPart } from './debrief-pressures';
import { webPanel } from './debrief-web';

const PIN_WORDS: Record<MomentKind, MessageId> = { decision: 'debrief.reveal.pin.decision', answer: 'debrief.reveal.pin.answer', story: 'debrief.reveal.pin.story', incident: 'debrief.reveal.pin.incident', inspection: 'debrief.reveal.pin.inspection' };

export function revealSection(game: Game, whatIf: Game | null, view: DebriefView): HTMLElement {
  const r = reveal(game);
  const lifted = view.fog === 'lifted';
  const sc = game.scenario;
  const ending = sc.endings.find((e) => e.id === stateOf(game).ending);
  const dash = r.summary.label.toLowerCase();
  const truth = r.truth.label.toLowerCase();
  const slot = h('div', {
    id: 'reveal-slot', class: 'reveal-slot', role: 'img',
    'aria-label': lifted ? t('debrief.reveal.chartLifted', { summary: r.summary.label, truth: r.truth.label, text: revealSummary(game) })
      : t('debrief.reveal.chartFogged', { summary: dash }),
  });
  // a click or a tap on the chart asks why of that quarter (the keyboard has the moments' list for the same)
  if (lifted) {
    slot.addEventListener('click', (e) => {
      const box = slot.getBoundingClientRect();
      const q = quarterAtX(e.clientX - box.left, box.width, sc.calendar.quarters);
      if (q !== null && q <= r.points.length - 1) openMoment(quarterMomentId(q));
    });
  }
  return h('section', { class: `debrief-section reveal ${lifted ? 'lifted' : 'fogged'}`, 'aria-labelledby': 'reveal-heading' },
    h('h2', { id: 'reveal-heading', tabindex: '-1' }, lifted ? t('debrief.reveal.headingLifted') : t('debrief.reveal.heading')),
    lifted ? null : h('p', { class: 'reveal-intro' }, t('debrief.reveal.intro', { summary: dash })),
    h('div', { class: 'reveal-chart' },
      slot,
      legend(r.summary.label, r.truth.label, lifted, view),
      lifted ? null : h('div', { class: 'actions lift' }, button(t('debrief.reveal.lift'), () => { liftFog(); document.getElementById('reveal-heading')?.focus(); }, { class: 'primary', 'data-focus': 'lift-fog', 'aria-describedby': 'reveal-heading' }))),
    lifted ? h('div', { class: 'reveal-side' },
      h('div', { class: 'why' }, view.moment ? webPanel(game, view.moment) : h('p', { class: 'web-hint' }, t('debrief.reveal.hint', { truth }))),
      otherBoards(game, whatIf, view)) : null,
    lifted ? h('p', { class: 'reveal-summary' }, revealSummary(game)) : null,
    lifted && ending?.revealed ? h('div', { class: 'revealed' }, h('h3', {}, t('debrief.reveal.fogHid')), prose(ending.revealed)) : null,
    lifted ? momentsList(game, view.moment) : null,
    lifted ? h('ul', { class: 'beliefs' }, ...r.beliefs.map((b) => h('li', {}, b.text))) : null,
    chartTable(game, lifted, whatIf, view),
    lifted ? pressuresPart(game) : null,
  );
}

function legend(summary: string, truth: string, lifted: boolean, view: DebriefView): HTMLElement {
  return h('p', { class: 'legend', 'aria-hidden': 'true' },
    h('span', { class: 'key-numbers' }, t('debrief.reveal.key.summary', { summary })),
    lifted ? h('span', { class: 'key-truth' }, t('debrief.reveal.key.truth', { truth })) : h('span', { class: 'key-fog' }, t('debrief.reveal.key.fog')),
    lifted && view.ghost ? h('span', { class: 'key-whatif' }, t('debrief.reveal.key.ghost', { label: view.ghost.label })) : null,
    h('span', { class: 'key-pin pin-decision' }, t('debrief.reveal.key.decision')), h('span', { class: 'key-pin pin-answer' }, t('debrief.reveal.key.answer')),
    h('span', { class: 'key-pin pin-story' }, t('debrief.reveal.key.story')), h('span', { class: 'key-pin pin-incident' }, t('debrief.reveal.key.incident')), h('span', { class: 'key-pin pin-inspection' }, t('debrief.reveal.key.inspection')));
}

/** Another board with the same luck, or the player's own "what if", as a ghost on the chart, and what differs in words. */
function otherBoards(game: Game, whatIf: Game | null, view: DebriefView): HTMLElement {
  const boards = (Object.keys(OTHER_BOARDS) as OtherBoard[]);
  const words = whatIf && view.ghost ? ghostWords(game, whatIf, view.ghost.label) : null;
  return h('div', { class: 'other-boards' },
    h('h3', {}, t('debrief.reveal.others.heading')),
    h('div', { class: 'actions' },
      ...boards.map((b) => button(OTHER_BOARDS[b].action, () => showOtherBoard(b), { 'data-focus': `ghost-${b}`, 'aria-pressed': String(view.ghost?.kind === b) })),
      view.ghost ? button(t('debrief.reveal.others.clear'), () => showOtherBoard(null), { class: 'link', 'data-focus': 'ghost-clear' }) : null),
    h('p', { class: 'ghost-result', 'aria-live': 'polite' }, words ?? ''));
}

function ghostWords(game: Game, other: Game, label: string): string {
  const c = compareRuns(game, other);
  if (c.divergesAt === null) return t('debrief.reveal.ghost.same', { label });
  const n = Math.min(c.a.points.length, c.b.points.length) - 1;
  const last = c.delta[n];
  const truth = c.a.truth.label.toLowerCase();
  const summary = c.a.summary.label.toLowerCase();
  const ends = stateOf(other).ending ? other.scenario.endings.find((e) => e.id === stateOf(other).ending)?.title : undefined;
  const words = t('debrief.reveal.ghost.differs', { label, from: c.divergesAt, to: n, truth, truthChange: signedWord(last.truth), summary, summaryChange: signedWord(last.dashboard) });
  return ends ? `${words} ${t('debrief.reveal.ghost.ends', { ending: ends })}` : words;
}

function signedWord(d: number): string {
  if (Math.abs(d) < 0.5) return t('debrief.signed.same');
  return t(d > 0 ? 'debrief.signed.higher' : 'debrief.signed.lower', { n: Math.round(Math.abs(d)) });
}

/** Every moment as a button (the chart's pins, reachable by keyboard), and a "why" for each quarter. */
function momentsList(game: Game, open: string | null): HTMLElement {
  const all = moments(game);
  const played = stateOf(game).history.length - 1;
  const byQuarter = new Map<number, Moment[]>();
  for (const m of all) byQuarter.set(m.quarter, [...(byQuarter.get(m.quarter) ?? []), m]);
  const truth = reveal(game).truth.label.toLowerCase();
  return h('details', { class: 'moments', open: true },
    h('summary', { 'data-focus': 'moments' }, t('debrief.reveal.moments', { count: all.length })),
    h('ol', { class: 'moment-quarters' }, ...Array.from({ length: played }, (_, i) => i + 1).map((q) => h('li', {},
      h('h3', {}, t('debrief.quarterPeriod', { n: q, period: quarterLabel(game.scenario, q) })),
      h('ul', {},
        h('li', {}, momentButton(quarterMomentId(q), t('debrief.reveal.whyQuarter', { truth }), open)),
        ...(byQuarter.get(q) ?? []).map((m) => h('li', { class: `moment pin-${m.kind}` }, momentButton(m.id, m.label, open, t(PIN_WORDS[m.kind])))))))));
}

function momentButton(id: string, label: string, open: string | null, kind?: string): HTMLElement {
  const select = () => {
    openMoment(open === id ? null : id);
    if (open === id) return;
    // the web opens under the chart: bring it into view, and start the reader at its heading
    document.getElementById('web-heading')?.focus({ preventScroll: true });
    document.querySelector('.cause-web')?.scrollIntoView({ block: 'nearest' });
  };
  return button(label, select, { class: 'moment-button', 'data-focus': `moment-${id}`, 'aria-expanded': String(open === id), ...(kind ? { 'aria-description': kind } : {}) });
}

function chartTable(game: Game, lifted: boolean, whatIf: Game | null, view: DebriefView): HTMLElement {
  const r = reveal(game);
  const alt = lifted && whatIf ? reveal(whatIf) : null;
  const label = view.ghost?.label ?? t('debrief.reveal.otherRun');
  return h('div', { class: 'reveal-tables' },
    h('details', { class: 'table-alt' }, h('summary', { 'data-focus': 'reveal-table' }, t('debrief.reveal.table.show')),
      h('table', { class: 'reveal-table' },
        h('caption', {}, !lifted ? t('debrief.reveal.table.caption', { summary: r.summary.label })
          : alt ? t('debrief.reveal.table.captionGhost', { summary: r.summary.label, truth: r.truth.label, label }) : t('debrief.reveal.table.captionLifted', { summary: r.summary.label, truth: r.truth.label })),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('debrief.quarter')), h('th', { scope: 'col' }, r.summary.label),
          lifted ? h('th', { scope: 'col' }, r.truth.label) : null, lifted ? h('th', { scope: 'col' }, t('debrief.reveal.table.gap')) : null,
          alt ? h('th', { scope: 'col' }, t('debrief.reveal.table.ofRun', { number: r.summary.label, run: label })) : null, alt ? h('th', { scope: 'col' }, t('debrief.reveal.table.ofRun', { number: r.truth.label, run: label })) : null)),
        h('tbody', {}, ...r.points.map((p, i) => h('tr', {}, h('th', { scope: 'row' }, i === 0 ? t('debrief.reveal.table.start') : `${i} · ${quarterLabel(game.scenario, i)}`), h('td', {}, p.dashboard.toFixed(0)),
          lifted ? h('td', {}, p.truth.toFixed(0)) : null, lifted ? h('td', {}, p.gap.toFixed(0)) : null,
          alt ? h('td', {}, alt.points[i]?.dashboard.toFixed(0) ?? '') : null, alt ? h('td', {}, alt.points[i]?.truth.toFixed(0) ?? '') : null))))),
  );
}
