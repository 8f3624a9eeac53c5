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
  return h('details', { class: 'team-reasons' }, h('summary', { 'data-focus': `reasons-${team.name}` }, `Their reasons (${reasons.length})`),
    h('ol', {}, ...reasons.map(([q, text]) => h('li', {}, h('strong', {}, `Quarter ${q}: `), text))));
}

/** What is typed in the code box, kept while the page redraws (a refused code is corrected, not typed again). */
let codeDraft = '';

/** The room's truth is drawn in once, the first time the room view shows it lifted; later redraws show it whole. */
let liftedFor: string | null = null;

function teamCard(name: string, team: RoomTeam | undefined, reveal: boolean, draw: boolean, progress?: Workshop['progress']): HTMLElement {
  if (!team) {
    const at = progress?.[name];
    return h('li', { class: 'room-team waiting' }, h('h3', {}, name),
      at ? h('p', { class: 'where-now' }, `Waiting at the pause before quarter ${at.quarter}`) : h('p', {}, 'Playing: no progress code or game code yet.'));
  }
  const s = stateOf(team.game);
  const model = team.game.scenario.model;
  const { last } = reports(team.game);
  const sc = team.game.scenario;
  const label = (id: string) => labelOf(sc, id);
  const value = (id: string) => formatValue(defOf(sc, id), last[id]);
  const ending = team.game.scenario.endings.find((e) => e.id === s.ending);
  const tally = Object.entries(timeline(team.game).tagTally).filter(([, n]) => n > 0).map(([t, n]) => `${n} ${t}`).join(', ');
  return h('li', { class: 'room-team' },
    h('h3', {}, name),
    h('p', { class: 'meta' }, ending ? `Ended: ${ending.title}` : `Quarter ${s.quarter} of ${team.game.scenario.calendar.quarters}`),
    !ending && progress?.[name]?.quarter === s.quarter && phaseOf(team.game) === 'briefing' ? h('p', { class: 'where-now' }, `Waiting at the pause before quarter ${s.quarter}`) : null,
    h('dl', { class: 'sees' },
      ...[model.display.summary, ...model.display.pressures].flatMap((id) => [h('dt', {}, label(id)), h('dd', {}, value(id))]),
      ...(reveal ? [h('dt', {}, `${label(model.display.truth)} (hidden in play)`), h('dd', {}, value(model.display.truth))] : [])),
    miniReveal(team.game, reveal, draw),
    reveal ? h('p', {}, `Kinds of response: ${tally || 'none'}.`) : null,
    reasonsOf(team),
    reveal ? button(`Open ${name}'s debrief and what-if`, () => openTeamDebrief(team.game), { 'data-focus': `room-debrief-${name}` }) : null,
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
    const online = live.teams.filter((t) => t.online && teams.includes(t.team));
    const words: Record<typeof live.status, string> = {
      connecting: 'Connecting to the room on this network…',
      live: `Live on this network: ${online.length} of ${teams.length} teams connected${online.length ? ` (${online.map((t) => `${t.team}${t.quarter ? `, quarter ${t.quarter}` : ''}`).join('; ')})` : ''}. Games arrive as they are played.`,
      reconnecting: 'The network dropped: reconnecting. Nothing is lost; codes still work.',
      lost: 'The room\'s server is not answering: trying again. Nothing is lost; codes still work.',
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
  const fileOut = () => serialiseWorkshopFile({ workshopFile: 1, session: w.session, teams: w.teams.map((t) => ({ name: t.name, code: t.code, decisions: [...t.game.decisions], rationale: t.rationale, ...(t.checkCode ? { check: t.checkCode } : {}) })), notes: w.notes });
  return h('section', { class: 'screen workshop-room', 'aria-labelledby': 'room-heading' },
    h('header', { class: 'screen-head' }, button('Main menu', back, { class: 'link', 'data-focus': 'back' }), h('h1', { id: 'room-heading', tabindex: '-1' }, `Workshop ${w.session.id}: ${scenario?.title ?? w.session.scenario.id}`),
      button('Show on the projector', () => setProjecting(true), { class: 'primary', 'data-focus': 'project' })),
    h('div', { class: 'room-grid' },
      h('section', { class: 'debrief-section join-panel', 'aria-labelledby': 'join-panel-heading' },
        h('h2', { id: 'join-panel-heading' }, 'Join this session'),
        h('p', { class: 'session-code', 'data-testid': 'session-code', 'data-keep-clear': '' }, code),
        qrSvg(link, `QR code of the link to join, with the session code ${code} and the teams' names`),
        h('p', { class: 'hint' }, `Seed ${w.session.seed}${w.session.timerMinutes ? ` · ${w.session.timerMinutes} minutes a quarter` : ''}`),
        h('p', {}, 'A team that types the code picks its number: ', h('span', { class: 'team-numbers', 'data-testid': 'team-numbers' }, w.session.teams.map((t, i) => `${i + 1} ${t}`).join(' · '))),
        h('p', {}, 'Or open this link on the team\'s device: ', h('code', { class: 'link-text' }, link)),
        liveLine(state),
        h('details', {}, h('summary', { 'data-focus': 'hot-seat' }, 'Play a team\'s game on this device (hot-seat)'),
          ...w.session.teams.map((t) => button(`Play as ${t}`, () => { const p = joinWorkshop(code, t, w.session.teams); if (p) store.setState({ notice: { kind: 'error', text: p } }); }, { 'data-focus': `hot-${t}` })))),
      h('section', { class: 'debrief-section', 'aria-labelledby': 'receive-heading' },
        h('h2', { id: 'receive-heading' }, 'Receive a team\'s game'),
        h('label', { for: 'room-code' }, 'Team code'), h('p', { class: 'hint', id: 'room-code-hint' }, 'At a pause, type the team\'s progress code (eight characters) to show where it is. At the end, type its game code (BTN2T-…, in groups of five; a mistyped group is pointed out) and then its check code (BTN2C-…) if it has one, or scan its QR code or load the file it saved, which bring both and its reasons too.'), input,
        h('div', { class: 'actions' },
          button('Add the team\'s game', () => receive((input as HTMLTextAreaElement).value), { class: 'primary', 'data-focus': 'room-add' }),
          button('Load a team file…', async () => { const f = await pickFile('.txt,.btn,text/plain'); if (f) receive(f.text); }, { 'data-focus': 'room-file' })),
        cameraScanner(receive, 'Scan a team\'s QR code with the camera')),
    ),
    h('section', { class: 'debrief-section', 'aria-labelledby': 'teams-heading' },
      h('h2', { id: 'teams-heading' }, w.reveal ? 'The teams, with the fog lifted' : 'The teams (only the numbers they could see)'),
      button(w.reveal ? 'Lower the fog again' : 'Lift the fog for the room', () => setReveal(!w.reveal), { class: w.reveal ? '' : 'primary', 'data-focus': 'room-reveal' }),
      h('ul', { class: 'room-teams' }, ...w.session.teams.map((t) => teamCard(t, w.teams.find((x) => x.name === t), w.reveal, draw, w.progress)))),
    w.session.pauses.length || w.session.timerMinutes ? h('section', { class: 'debrief-section', 'aria-labelledby': 'pauses-heading' },
      h('h2', { id: 'pauses-heading' }, 'Pauses and the clock'),
      w.session.timerMinutes ? roomClock(w.session.timerMinutes) : null,
      w.session.pauses.length ? h('ul', { class: 'room-pauses' }, ...w.session.pauses.map((p) => h('li', {},
        h('strong', {}, `Before quarter ${p.quarter}: `), p.prompt || 'discuss as a room.', ' ',
        h('span', {}, 'To go on, teams type '), h('span', { class: 'release-word', 'data-testid': `release-word-${p.quarter}` }, releaseWord(w.session, p.quarter)),
        state.live || w.released?.includes(p.quarter) ? (w.released?.includes(p.quarter)
          ? h('span', { class: 'released' }, ' · released for every team on the network')
          : button(`Release the pause before quarter ${p.quarter} for every team`, () => releaseForRoom(p.quarter), { 'data-focus': `release-${p.quarter}` })) : null))) : null) : null,
    roomScriptSection(w),
    scenario ? roomCheckSection(w, scenario) : null,
    h('section', { class: 'debrief-section', 'aria-labelledby': 'notes-heading' },
      h('h2', { id: 'notes-heading' }, 'Facilitator\'s notes'),
      ...pauseQuarters.map((q) => {
        // kept as typed, so a team's game arriving (and the page redrawn) never loses a note half-written
        const area = h('textarea', { id: `note-${q}`, rows: 2, 'data-focus': `note-${q}`, oninput: (e: Event) => setNote(q, (e.target as HTMLTextAreaElement).value) });
        area.value = w.notes[q] ?? '';
        const prompt = w.session.pauses.find((p) => p.quarter === q)?.prompt;
        return h('div', { class: 'field' }, h('label', { for: `note-${q}` }, q === 0 ? 'General' : `Pause before quarter ${q}: ${prompt}`), area);
      })),
    h('section', { class: 'debrief-section', 'aria-labelledby': 'room-export-heading' },
      h('h2', { id: 'room-export-heading' }, 'Keep a record'),
      h('div', { class: 'actions' },
        button('Download the session file', () => download(`workshop-${w.session.id}.workshop.json`, fileOut()), { 'data-focus': 'room-export-file' }),
        button('Download every team\'s numbers (CSV)', () => download(`workshop-${w.session.id}.csv`, teamCsv(w.teams.map((t) => ({ name: t.name, game: t.game, rationale: t.rationale }))), 'text/csv'), { 'data-focus': 'room-export-csv' }),
        button('Print the debrief pack', () => { setReveal(true); window.setTimeout(() => { document.querySelectorAll<HTMLDetailsElement>('details.script-all').forEach((d) => { d.open = true; }); window.print(); }, 50); }, { 'data-focus': 'room-print' }))),
    printPack(w),
  );
}
