// The room view for the projector: the session to join, the teams side by side (visible numbers only during play),
// and at the debrief the reveal for each team, their key decisions and endings, notes, exports and what-ifs.
import { phaseOf, reports, stateOf } from '../../engine/session';
import { timeline } from '../../debrief/timeline';
import { back } from '../../state/actions';
import { joinWorkshop, openTeamDebrief, receiveProgress, releaseForRoom, setNote, setProjecting, setReveal, takeTeamCode } from '../../state/workshop-actions';
import { normalise } from '../../workshop/base32';
import { releaseWord } from '../../workshop/progress';
import { printPack } from './print-pack';
import { projectorScreen } from './projector';
import { roomClock } from './room-clock';
import { store, type AppState, type RoomTeam, type Workshop } from '../../state/store';
import { encodeSession } from '../../workshop/codes';
import { teamCsv } from '../../workshop/csv';
import { serialiseWorkshopFile } from '../../workshop/file';
import { download, pickFile } from '../browser-saves';
import { button, h } from '../dom';
import { t } from '../../i18n/messages';
import { defOf, formatValue, labelOf } from '../../present/values';
import { qrSvg } from './qr-svg';
import { selectGroup } from './code-box';
import { joinLink } from './join-link';
import { roomCheckSection } from './room-check';
import { cameraScanner } from './camera-scan';
import { miniReveal } from '../widgets/mini-reveal';
import { roomScriptSection } from './room-script';

/** The team's reasons, quarter by quarter, as they wrote them beside their agenda. */
function reasonsOf(team: RoomTeam): HTMLElement | null {
  const reasons = Object.entries(team.rationale).filter(([, text]) => text.trim() !== '').sort((a, b) => Number(a[0]) - Number(b[0]));
  if (reasons.length === 0) return null;
  return h('details', { class: 'team-reasons' }, h('summary', { 'data-focus': `reasons-${team.name}` }, t('room.reasons', { n: reasons.length })),
    h('ol', {}, ...reasons.map(([q, text]) => h('li', {}, h('strong', {}, t('room.reasonQuarter', { quarter: q })), text))));
}

/** What is typed in the code box, kept while the page redraws (a refused code is corrected, not typed again). */
let codeDraft = '';

/** The room's truth is drawn in once, the first time the room view shows it lifted; later redraws show it whole. */
let liftedFor: string | null = null;

function teamCard(name: string, team: RoomTeam | undefined, reveal: boolean, draw: boolean, progress?: Workshop['progress']): HTMLElement {
  if (!team) {
    const at = progress?.[name];
    return h('li', { class: 'room-team waiting' }, h('h3', {}, name),
      at ? h('p', { class: 'where-now' }, t('room.team.waiting', { quarter: at.quarter })) : h('p', {}, t('room.team.playing')));
  }
  const s = stateOf(team.game);
  const model = team.game.scenario.model;
  const { last } = reports(team.game);
  const sc = team.game.scenario;
  const label = (id: string) => labelOf(sc, id);
  const value = (id: string) => formatValue(defOf(sc, id), last[id]);
  const ending = team.game.scenario.endings.find((e) => e.id === s.ending);
  const tally = Object.entries(timeline(team.game).tagTally).filter(([, n]) => n > 0).map(([tag, n]) => t('debrief.timeline.tallyItem', { n, tag: t('debrief.tag', { tag }) })).join(', ');
  return h('li', { class: 'room-team' },
    h('h3', {}, name),
    h('p', { class: 'meta' }, ending ? t('room.team.ended', { ending: ending.title }) : t('room.team.quarterOf', { quarter: s.quarter, quarters: team.game.scenario.calendar.quarters })),
    !ending && progress?.[name]?.quarter === s.quarter && phaseOf(team.game) === 'briefing' ? h('p', { class: 'where-now' }, t('room.team.waiting', { quarter: s.quarter })) : null,
    h('dl', { class: 'sees' },
      ...[model.display.summary, ...model.display.pressures].flatMap((id) => [h('dt', {}, label(id)), h('dd', {}, value(id))]),
      ...(reveal ? [h('dt', {}, t('room.team.hiddenInPlay', { label: label(model.display.truth) })), h('dd', {}, value(model.display.truth))] : [])),
    miniReveal(team.game, reveal, draw),
    reveal ? h('p', {}, t('room.team.kinds', { tally: tally || t('room.team.kindsNone') })) : null,
    reasonsOf(team),
    reveal ? button(t('room.team.openDebrief', { team: name }), () => openTeamDebrief(team.game), { 'data-focus': `room-debrief-${name}` }) : null,
  );
}

/** Live on the trainer's network: who is connected and where they are; nothing when the game runs by codes. The line
 *  keeps itself up to date, so the page is not redrawn under the trainer's typing each time a team moves. */
function liveLine(state: AppState): HTMLElement | null {
  if (!state.live) return null;
  const el = h('p', { role: 'status', 'data-testid': 'live-line' });
  const teams = state.workshop!.session.teams;
  const show = (live: AppState['live']) => {
    if (!live) return;
    const online = live.teams.filter((x) => x.online && teams.includes(x.team));
    const words: Record<typeof live.status, string> = {
      connecting: t('room.live.connecting'),
      live: online.length
        ? t('room.live.liveWho', { online: online.length, total: teams.length, who: online.map((x) => (x.quarter ? t('room.live.teamAt', { team: x.team, quarter: x.quarter }) : x.team)).join('; ') })
        : t('room.live.live', { online: online.length, total: teams.length }),
      reconnecting: t('room.live.reconnecting'),
      lost: t('room.live.lost'),
    };
    el.className = `live-line ${live.status}`;
    el.textContent = words[live.status];
  };
  show(state.live);
  const stop = store.subscribe((s) => s.live, (live) => { if (!el.isConnected && el.dataset.shown) { stop(); return; } el.dataset.shown = '1'; show(live); });
  return el;
}

export function workshopRoomScreen(state: AppState): HTMLElement {
  const w = state.workshop!;
  if (w.projecting) return projectorScreen(w);
  const draw = w.reveal && liftedFor !== w.session.id;
  liftedFor = w.reveal ? w.session.id : null;
  const scenario = state.scenarios.find((s) => s.scenario?.id === w.session.scenario.id)?.scenario;
  const code = scenario ? encodeSession(w.session, scenario) : '';
  const link = joinLink(code, w.session.teams);
  const input = h('textarea', { id: 'room-code', rows: 3, spellcheck: 'false', 'aria-describedby': 'room-code-hint', 'data-focus': 'room-code', oninput: (e: Event) => { codeDraft = (e.target as HTMLTextAreaElement).value; } });
  (input as HTMLTextAreaElement).value = codeDraft;
  // one box for both: a team's eight-character progress code at a pause, or its whole game at the end
  const receive = (text: string) => {
    const short = /^[0-9A-Z]{8}$/.test(normalise(text));
    // a taken code leaves the box empty for the next team (the page redraws as it is taken); a refused one stays in
    // the box to be corrected, with the group that is wrong selected
    codeDraft = '';
    const refused = short ? receiveProgress(text) : takeTeamCode(text);
    const p = typeof refused === 'string' ? { message: refused } : refused;
    if (p) codeDraft = text;
    store.setState({ notice: p ? { kind: 'error', text: p.message } : null });
    const box = document.getElementById('room-code') as HTMLTextAreaElement | null;
    if (p?.group && box) selectGroup(box, p.group);
    else if (!p && short) box?.focus();
  };
  const pauseQuarters = [0, ...w.session.pauses.map((p) => p.quarter)];
  const fileOut = () => serialiseWorkshopFile({ workshopFile: 1, session: w.session, teams: w.teams.map((x) => ({ name: x.name, code: x.code, decisions: [...x.game.decisions], rationale: x.rationale, ...(x.checkCode ? { check: x.checkCode } : {}) })), notes: w.notes });
  return h('section', { class: 'screen workshop-room', 'aria-labelledby': 'room-heading' },
    h('header', { class: 'screen-head' }, button(t('room.mainMenu'), back, { class: 'link', 'data-focus': 'back' }), h('h1', { id: 'room-heading', tabindex: '-1' }, t('room.heading', { session: w.session.id, title: scenario?.title ?? w.session.scenario.id })),
      button(t('room.project'), () => setProjecting(true), { class: 'primary', 'data-focus': 'project' })),
    h('div', { class: 'room-grid' },
      h('section', { class: 'debrief-section join-panel', 'aria-labelledby': 'join-panel-heading' },
        h('h2', { id: 'join-panel-heading' }, t('room.join.heading')),
        h('p', { class: 'session-code', 'data-testid': 'session-code', 'data-keep-clear': '' }, code),
        qrSvg(link, t('room.join.qr', { code })),
        h('p', { class: 'hint' }, w.session.timerMinutes ? t('room.join.seedTimer', { seed: w.session.seed, minutes: w.session.timerMinutes }) : t('room.join.seed', { seed: w.session.seed })),
        h('p', {}, t('room.join.numbers'), h('span', { class: 'team-numbers', 'data-testid': 'team-numbers' }, w.session.teams.map((team, i) => t('room.join.teamNumber', { n: i + 1, team })).join(' · '))),
        h('p', {}, t('room.join.link'), h('code', { class: 'link-text' }, link)),
        liveLine(state),
        h('details', {}, h('summary', { 'data-focus': 'hot-seat' }, t('room.join.hotSeat')),
          ...w.session.teams.map((team) => button(t('room.join.playAs', { team }), () => { const p = joinWorkshop(code, team, w.session.teams); if (p) store.setState({ notice: { kind: 'error', text: p } }); }, { 'data-focus': `hot-${team}` })))),
      h('section', { class: 'debrief-section', 'aria-labelledby': 'receive-heading' },
        h('h2', { id: 'receive-heading' }, t('room.receive.heading')),
        h('label', { for: 'room-code' }, t('room.receive.label')), h('p', { class: 'hint', id: 'room-code-hint' }, t('room.receive.hint')), input,
        h('div', { class: 'actions' },
          button(t('room.receive.add'), () => receive((input as HTMLTextAreaElement).value), { class: 'primary', 'data-focus': 'room-add' }),
          button(t('room.receive.file'), async () => { const f = await pickFile('.txt,.btn,text/plain'); if (f) receive(f.text); }, { 'data-focus': 'room-file' })),
        cameraScanner(receive, t('room.receive.scan'))),
    ),
    h('section', { class: 'debrief-section', 'aria-labelledby': 'teams-heading' },
      h('h2', { id: 'teams-heading' }, w.reveal ? t('room.teams.lifted') : t('room.teams.fogged')),
      button(w.reveal ? t('room.teams.lower') : t('room.teams.lift'), () => setReveal(!w.reveal), { class: w.reveal ? '' : 'primary', 'data-focus': 'room-reveal' }),
      h('ul', { class: 'room-teams' }, ...w.session.teams.map((team) => teamCard(team, w.teams.find((x) => x.name === team), w.reveal, draw, w.progress)))),
    w.session.pauses.length || w.session.timerMinutes ? h('section', { class: 'debrief-section', 'aria-labelledby': 'pauses-heading' },
      h('h2', { id: 'pauses-heading' }, t('room.pauses.heading')),
      w.session.timerMinutes ? roomClock(w.session.timerMinutes) : null,
      w.session.pauses.length ? h('ul', { class: 'room-pauses' }, ...w.session.pauses.map((p) => h('li', {},
        h('strong', {}, t('room.pauses.before', { quarter: p.quarter })), p.prompt || t('room.pauses.defaultPrompt'), ' ',
        h('span', {}, t('room.pauses.word')), h('span', { class: 'release-word', translate: 'no', 'data-testid': `release-word-${p.quarter}` }, releaseWord(w.session, p.quarter)),
        state.live || w.released?.includes(p.quarter) ? (w.released?.includes(p.quarter)
          ? h('span', { class: 'released' }, t('room.pauses.released'))
          : button(t('room.pauses.release', { quarter: p.quarter }), () => releaseForRoom(p.quarter), { 'data-focus': `release-${p.quarter}` })) : null))) : null) : null,
    roomScriptSection(w),
    scenario ? roomCheckSection(w, scenario) : null,
    h('section', { class: 'debrief-section', 'aria-labelledby': 'notes-heading' },
      h('h2', { id: 'notes-heading' }, t('room.notes.heading')),
      ...pauseQuarters.map((q) => {
        // kept as typed, so a team's game arriving (and the page redrawn) never loses a note half-written
        const area = h('textarea', { id: `note-${q}`, rows: 2, 'data-focus': `note-${q}`, oninput: (e: Event) => setNote(q, (e.target as HTMLTextAreaElement).value) });
        area.value = w.notes[q] ?? '';
        const prompt = w.session.pauses.find((p) => p.quarter === q)?.prompt;
        return h('div', { class: 'field' }, h('label', { for: `note-${q}` }, q === 0 ? t('room.notes.general') : t('room.notes.pause', { quarter: q, prompt: prompt ?? '' })), area);
      })),
    h('section', { class: 'debrief-section', 'aria-labelledby': 'room-export-heading' },
      h('h2', { id: 'room-export-heading' }, t('room.export.heading')),
      h('div', { class: 'actions' },
        button(t('room.export.file'), () => download(`workshop-${w.session.id}.workshop.json`, fileOut()), { 'data-focus': 'room-export-file' }),
        button(t('room.export.csv'), () => download(`workshop-${w.session.id}.csv`, teamCsv(w.teams.map((x) => ({ name: x.name, game: x.game, rationale: x.rationale }))), 'text/csv'), { 'data-focus': 'room-export-csv' }),
        button(t('room.export.print'), () => { setReveal(true); window.setTimeout(() => { document.querySelectorAll<HTMLDetailsElement>('details.script-all').forEach((d) => { d.open = true; }); window.print(); }, 50); }, { 'data-focus': 'room-print' }))),
    printPack(w),
  );
}
