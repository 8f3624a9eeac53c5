// What a team's device adds to the board: the pause the room holds together, a box for the team's reasons each quarter,
// and, at the end, the team's whole game as a code, a QR code and a file for the facilitator.
import type { AppState } from '../../state/store';
import { stateOf } from '../../engine/session';
import { progressCode, releasePause, returnToRoom, setRationale, teamCodes } from '../../state/workshop-actions';
import { store } from '../../state/store';
import { download } from '../browser-saves';
import { t } from '../../i18n/messages';
import { button, h } from '../dom';
import { qrSvg } from './qr-svg';
import { fitsQr } from '../../workshop/qr';

export function pauseGate(state: AppState): HTMLElement | null {
  const w = state.workshop;
  if (!w || w.role !== 'team' || !state.game) return null;
  const q = stateOf(state.game).quarter;
  const pause = w.session.pauses.find((p) => p.quarter === q);
  if (!pause || w.pausesHeld.includes(q)) return null;
  const word = h('input', { id: 'release-word', type: 'text', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', 'data-focus': 'release-word' }) as HTMLInputElement;
  const go = () => { releasePause(q, word.value); };
  // Enter in the box goes on, and only that: the key must not also press whatever takes focus next
  word.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); e.stopPropagation(); go(); } });
  const progress = progressCode();
  return h('section', { class: 'panel pause', 'aria-labelledby': 'pause-heading' },
    h('h2', { id: 'pause-heading', tabindex: '-1' }, t('workshop.pause.heading')),
    h('p', { class: 'pause-prompt' }, pause.prompt || t('workshop.pause.defaultPrompt')),
    state.live ? h('p', { class: 'live-line', role: 'status' }, t('workshop.pause.live')) : null,
    progress ? h('p', {}, state.live ? t('workshop.pause.progressLive') : t('workshop.pause.progress'), h('strong', { class: 'progress-code', 'data-testid': 'progress-code', 'data-keep-clear': '' }, progress)) : null,
    h('div', { class: 'field' }, h('label', { for: 'release-word' }, t('workshop.pause.wordLabel')), word),
    button(t('workshop.pause.goOn'), go, { class: 'primary', 'data-focus': 'pause-continue' }));
}

/** The quarter's time as a guide, counted on this device from when the quarter first showed; it never stops play. */
const quarterStarted = new Map<string, number>();
export function quarterTimer(state: AppState): HTMLElement | null {
  const w = state.workshop;
  const minutes = w?.session.timerMinutes;
  if (!w || !minutes || !state.game) return null;
  const key = `${w.session.id}:${stateOf(state.game).quarter}`;
  if (!quarterStarted.has(key)) quarterStarted.set(key, Date.now());
  const el = h('p', { class: 'quarter-timer', role: 'timer', 'data-testid': 'quarter-timer' });
  const tick = (first = false) => {
    const left = Math.max(0, minutes * 60 - Math.floor((Date.now() - quarterStarted.get(key)!) / 1000));
    el.textContent = left > 0 ? t('workshop.timer.left', { minutes: Math.floor(left / 60), seconds: String(left % 60).padStart(2, '0') }) : t('workshop.timer.up');
    el.classList.toggle('up', left === 0);
    if (left > 0 && (first || el.isConnected)) window.setTimeout(() => tick(), 1000);
  };
  tick(true);
  return el;
}

export function rationaleBox(state: AppState): HTMLElement | null {
  const w = state.workshop;
  if (!w || w.role !== 'team' || !state.game) return null;
  const q = stateOf(state.game).quarter;
  // kept as typed: a pause released over the network redraws the page, and must not lose half a reason
  const area = h('textarea', { id: 'rationale', rows: 3, 'data-focus': 'rationale', oninput: (e: Event) => setRationale(q, (e.target as HTMLTextAreaElement).value) });
  area.value = w.rationale[q] ?? '';
  return h('div', { class: 'field rationale' }, h('label', { for: 'rationale' }, t('workshop.rationale.label', { quarter: q })), area);
}

export function sendGamePanel(state: AppState): HTMLElement | null {
  const w = state.workshop;
  const codes = teamCodes();
  if (!w || w.role !== 'team' || !codes) return null;
  // the QR code and the file carry the reasons beside the game; a code read out carries the game alone
  const whole = [codes.code, codes.check, codes.reasons].filter(Boolean).join('\n');
  // the check code is short: it goes in the QR code whenever the game code does, the reasons when they fit too
  const withCheck = [codes.code, codes.check].filter(Boolean).join('\n');
  const inQr = fitsQr(whole) ? whole : fitsQr(withCheck) ? withCheck : codes.code;
  const team = w.team ?? '';
  return h('section', { class: 'debrief-section send-game', 'aria-labelledby': 'send-heading' },
    h('h2', { id: 'send-heading' }, t('workshop.send.heading', { team })),
    h('p', {}, codes.reasons
      ? t('workshop.send.withReasons')
      : t('workshop.send.withoutReasons')),
    h('p', { class: 'session-code', 'data-testid': 'team-code', 'data-keep-clear': '' }, codes.code),
    codes.check ? h('p', {}, t('workshop.send.checkCode'),
      h('span', { class: 'session-code check-code', 'data-testid': 'check-code', 'data-keep-clear': '' }, codes.check)) : null,
    qrSvg(inQr, inQr !== codes.code ? t('workshop.send.qrWithReasons', { team }) : t('workshop.send.qr', { team })),
    codes.reasons && inQr === codes.code ? h('p', { class: 'hint' }, t('workshop.send.reasonsTooLong')) : null,
    h('div', { class: 'actions' },
      button(t('workshop.send.saveFile'), () => download(`${w.session.id}-${w.team}.btn.txt`, `${whole}\n`, 'text/plain'), { 'data-focus': 'send-file' }),
      store.getState().room ? button(t('workshop.send.toRoom'), () => { const p = returnToRoom(); if (p) store.setState({ notice: { kind: 'error', text: p } }); }, { class: 'primary', 'data-focus': 'send-room' }) : null));
}
