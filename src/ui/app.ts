// The accessible DOM layer: renders the current screen from the store, keeps focus, announces changes, shows captions.
import { chooseLocale, infoOf } from '../i18n/locales';
import { setLocale, t } from '../i18n/messages';
import { stateHash } from '../engine/session';
import { back, dismissNotice } from '../state/actions';
import { store, type AppState } from '../state/store';
import { button, h } from './dom';
import { focusKey, openDisclosures, reopenDisclosures, restoreFocus } from './focus';
import { aboutScreen } from './screens/about';
import { boardScreen } from './screens/board';
import { briefingScreen } from './screens/briefing';
import { chooserScreen } from './screens/chooser';
import { debriefScreen } from './screens/debrief';
import { loadingScreen } from './screens/loading';
import { settingsScreen } from './screens/settings';
import { titleScreen } from './screens/title';
import { workshopJoinScreen } from './workshop/join';
import { joinCodeFromLink, teamNamesFromLink } from './workshop/join-link';
import { workshopRoomScreen } from './workshop/room';
import { workshopSetupScreen } from './workshop/setup';

let setupSeed = '';
function randomSeedForSetup(): string {
  if (!setupSeed) { const b = new Uint8Array(3); crypto.getRandomValues(b); setupSeed = [...b].map((x) => x.toString(16).padStart(2, '0')).join(''); }
  return setupSeed;
}
export { joinCodeFromLink } from './workshop/join-link';

function screenFor(state: AppState): HTMLElement {
  switch (state.screen) {
    case 'loading': return loadingScreen(state);
    case 'title': return titleScreen(state);
    case 'chooser': return chooserScreen(state);
    case 'settings': return settingsScreen(state);
    case 'about': return aboutScreen();
    case 'briefing': return state.game ? briefingScreen(state) : titleScreen(state);
    case 'board': return state.game ? boardScreen(state) : titleScreen(state);
    case 'debrief': return state.game ? debriefScreen(state) : titleScreen(state);
    case 'workshop-setup': return workshopSetupScreen(state, randomSeedForSetup());
    case 'workshop-join': return workshopJoinScreen(state, joinCodeFromLink(), teamNamesFromLink());
    case 'workshop-room': return state.workshop?.role === 'facilitator' ? workshopRoomScreen(state) : titleScreen(state);
  }
}

export function mountApp(root: HTMLElement, live: HTMLElement, captions: HTMLElement): void {
  let lastScreen = '';
  let lastStep = -1;
  let lastPhase = '';
  const render = () => {
    const state = store.getState();
    const sameScreen = state.screen === lastScreen;
    const key = sameScreen ? focusKey() : null;
    const opened = sameScreen ? openDisclosures(root) : new Set<string>();
    const newStep = state.stepNo !== lastStep;
    // the language first: every word of the screen comes from it
    applyLocale(state.settings.locale);
    const view = screenFor(state);
    reopenDisclosures(view, opened);
    const phase = state.game ? String(state.game.snap.value) : '';
    if (state.screen !== lastScreen || phase !== lastPhase) view.classList.add('enter');
    lastPhase = phase;
    const notice = state.notice ? h('div', { class: `notice ${state.notice.kind}`, role: state.notice.kind === 'error' ? 'alert' : 'status' },
      h('p', {}, state.notice.text), button(t('board.notice.dismiss'), dismissNotice, { class: 'link', 'data-focus': 'dismiss' })) : null;
    root.replaceChildren(...(notice ? [notice, view] : [view]));
    // a new screen or phase moves focus to its heading, so screen readers start at the top of what changed
    const phaseChanged = newStep && state.effects.some((e) => e.type === 'phase');
    // each step of the quarter opens at the top, on the room, not where the last step left the scroll
    if (phaseChanged && sameScreen) window.scrollTo(0, 0);
    restoreFocus(root, phaseChanged ? null : key, null, phaseChanged && sameScreen);
    // the choice that fills the agenda hands focus on to the control that resolves it
    const full = newStep && !phaseChanged && state.effects.some((e) => e.type === 'chosen') ? root.querySelector<HTMLElement>('[data-when-full]') : null;
    if (full) full.focus();
    // the state hash, for anyone checking that a reloaded game is the same game (the tests do)
    if (state.game) root.dataset.stateHash = stateHash(state.game); else delete root.dataset.stateHash;
    lastScreen = state.screen;
    lastStep = state.stepNo;
    keepClear(); // a page drawn while a caption shows (a new step scrolls to the top) is checked again
  };
  // the strip takes the foot of the window: a focused control, or a code someone is reading out, that it would hide
  // moves up clear of it
  const keepClear = () => {
    if (captions.hidden || !captions.textContent) return;
    const focused = document.activeElement as HTMLElement | null;
    const strip = captions.getBoundingClientRect().top;
    const hidden = (el: Element) => { const r = el.getBoundingClientRect(); return r.bottom > strip && r.top < window.innerHeight; };
    const keep = [...root.querySelectorAll<HTMLElement>('[data-keep-clear]'), ...(focused && focused !== document.body ? [focused] : [])];
    keep.find(hidden)?.scrollIntoView({ block: 'nearest' });
  };
  store.subscribe((s) => [s.screen, s.game, s.notice, s.saves, s.settings, s.whatIf, s.debrief.fog, s.debrief.moment, s.debrief.ghost, s.debrief.previous, s.contentNoteAccepted, s.scenarios, s.loadProgress, s.live !== null, s.learning?.before, s.learning?.after, s.learning?.skipped, s.learning?.reaction?.useful, s.learning?.reaction?.relevant, ...workshopShown(s.workshop)] as const, render, { equalityFn: shallowEqual });
  store.subscribe((s) => s.announcement, (text) => { live.textContent = ''; window.setTimeout(() => { live.textContent = text; }, 30); });
  store.subscribe((s) => s.caption, (text) => {
    captions.textContent = text;
    captions.hidden = !text;
    document.documentElement.classList.toggle('captioned', Boolean(text));
    keepClear();
  });
  store.subscribe((s) => s.settings, applySettings, { fireImmediately: true });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    const { screen, notice } = store.getState();
    if (notice) { dismissNotice(); return; }
    if (screen === 'settings' || screen === 'about' || screen === 'chooser' || screen === 'workshop-setup' || screen === 'workshop-join') back();
  });
  render();
}

/** The interface's language: the address's ?lang=, the choice in Settings, or the browser's; the page's lang follows. */
function applyLocale(choice: string | null): void {
  const locale = chooseLocale(choice, navigator.languages ?? [navigator.language], window.location.search);
  setLocale(locale);
  document.documentElement.lang = infoOf(locale).tag;
}

function applySettings(s: AppState['settings']): void {
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String(s.textScale));
  root.classList.toggle('high-contrast', s.highContrast);
  root.classList.toggle('reduced-motion', s.reducedMotion);
  root.classList.toggle('projector', s.projector);
}

/** The parts of a workshop the page shows. A team's reasons and the facilitator's notes are typed into boxes that
 *  already show them: redrawing for them would replace the button under a pointer mid-click (the click was lost). */
function workshopShown(w: AppState['workshop']): readonly unknown[] {
  return w ? [w.role, w.session, w.team, w.pausesHeld, w.teams, w.reveal, w.scriptStep, w.progress, w.projecting, w.released] : [null, null, null, null, null, null, null, null, null, null];
}

function shallowEqual(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
