// The browser entry: boot the store, the accessible DOM layer, sound and the board-room visuals.
import type { Game } from './engine/session';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/atkinson-hyperlegible/400-italic.css';
import './ui/style.css';
import { bundledScenarios, DEFAULT_SCENARIO } from './content/bundled';
import { chooseLocale } from './i18n/locales';
import { openFiles, readDropped } from './content/read-files';
import { connect, showScreen } from './state/actions';
import { store } from './state/store';
import { receiveTeamCode, sessionOfCode } from './state/workshop-actions';
import { startLiveSync } from './live/live-sync';
import { joinCodeFromLink, mountApp } from './ui/app';
import { createBrowserSaves } from './ui/browser-saves';
import { setSavesPort } from './ui/ports';
import { directSound } from './ui/sound-director';
import { loadDisplaySettings, saveDisplaySettings } from './ui/display-settings';
import { registerServiceWorker } from './offline/register';
import { deviceRecord, restoreDevice } from './state/workshop-device';

/** How long the first screen stays without the stage's code when nobody touches it (ms): the title can wait; a team's
 *  join screen fetches it soon after it is drawn (not at once, which would hold back its first paint on a slow phone). */
const STAGE_IDLE_MS = { title: 6000, join: 1500 };

function randomSeed(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes); // the view layer picks a fresh seed; the engine only ever uses the seed it is given
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const storage = (() => { try { return window.localStorage; } catch { return null; } })();
store.setState({ settings: { ...store.getState().settings, ...loadDisplaySettings(storage, window.matchMedia('(prefers-reduced-motion: reduce)').matches) } });
store.subscribe((s) => s.settings, (s) => saveDisplaySettings(storage, s));
// the bundled scenarios in the interface's language where they have a translation into it
const localeNow = () => chooseLocale(store.getState().settings.locale, navigator.languages ?? [navigator.language], window.location.search);
const inLocale = (locale: string) => bundledScenarios(locale).sort((a, b) => (a.scenario?.id === DEFAULT_SCENARIO ? -1 : b.scenario?.id === DEFAULT_SCENARIO ? 1 : (a.scenario?.title ?? a.file).localeCompare(b.scenario?.title ?? b.file)));
let scenariosLocale = localeNow();
let scenarios = inLocale(scenariosLocale);
store.setState({ scenarios });
// a language chosen in Settings gives the chooser its scenarios in it, and a game under way its words at once: the
// same scenario (the same id and content hash, so the same rules and state hashes) in other words. A game of a file
// opened from disk keeps its own.
store.subscribe((s) => s.settings.locale, () => {
  const locale = localeNow();
  if (locale === scenariosLocale) return;
  scenariosLocale = locale;
  const opened = store.getState().scenarios.filter((e) => e.opened);
  scenarios = inLocale(locale);
  const inNewWords = (g: Game | null): Game | null => {
    const same = g && scenarios.find((e) => e.scenario?.id === g.scenario.id && e.scenario.hash === g.scenario.hash)?.scenario;
    return g && same && same !== g.scenario ? { ...g, scenario: same } : g;
  };
  const { game, whatIf, debrief } = store.getState();
  store.setState({ scenarios: [...scenarios, ...opened], game: inNewWords(game), whatIf: inNewWords(whatIf), debrief: { ...debrief, previous: inNewWords(debrief.previous) } });
});
directSound(storage);

const scenarioById = (id: string) => scenarios.find((s) => s.scenario?.id === id)?.scenario;
// a workshop on this device (a team's part in it, or the room) outlives a reload: it is kept apart from the saved games
const WORKSHOP_KEY = 'btn.workshop';
const kept = restoreDevice((() => { try { return storage?.getItem(WORKSHOP_KEY) ?? null; } catch { return null; } })(), scenarioById);
if (kept.workshop || kept.room) store.setState({ workshop: kept.workshop, room: kept.room });
if (kept.problem) store.setState({ notice: { kind: 'info', text: kept.problem } });
store.subscribe((s) => [s.workshop, s.room] as const, ([workshop, room]) => {
  try {
    const record = deviceRecord(workshop, room);
    if (record) storage?.setItem(WORKSHOP_KEY, record); else storage?.removeItem(WORKSHOP_KEY);
  } catch { /* storage full or refused: the workshop stays in the page */ }
}, { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
const browserSaves = createBrowserSaves(scenarioById);
setSavesPort(browserSaves.port);
// the debrief's answers stay on this device with the game they answer; a damaged entry reads as no answers, never an error
const ANSWERS = 'btn.answers.';
const keepAnswers = (key: string, answers: Record<string, string>) => { try { storage?.setItem(ANSWERS + key, JSON.stringify(answers)); } catch { /* full or refused: the answers stay in the page */ } };
const answersFor = (key: string): Record<string, string> => {
  try {
    const data: unknown = JSON.parse(storage?.getItem(ANSWERS + key) ?? '{}');
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
    return Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch { return {}; }
};
connect({ randomSeed, autosave: (game) => { browserSaves.autosave(game); }, keepAnswers, answersFor });
browserSaves.refresh();
store.subscribe((s) => s.screen, (screen) => { if (screen === 'title') browserSaves.refresh(); });
// The first screen is the page's own: a workshop link (…#join=CODE) opens the join screen with the session code filled
// in, else the title. The board room's visuals (Phaser, the largest part of the game's code) load after it is drawn,
// so a team's phone can read and type before they arrive; a scene shows once they have.
// A team device that reloads its workshop link is already in that workshop: it goes to the title, where Continue
// carries on its game, not to the join screen (joining again would start the game afresh).
const link = joinCodeFromLink();
const alreadyIn = link !== '' && kept.workshop?.role === 'team' && sessionOfCode(link).session?.id === kept.workshop.session.id;
showScreen(link && !alreadyIn ? 'workshop-join' : 'title');
// served by `npm run host`, the workshop on this device goes live; elsewhere this does nothing
if (!import.meta.env.VITE_LMS) startLiveSync();
// an LMS package (npm run build:scorm / build:cmi5) reports to the LMS that launched it, and opens on its game
else void import('./lms/start').then((m) => m.startLms(import.meta.env.VITE_LMS!));
mountApp(document.getElementById('app')!, document.getElementById('announcer')!, document.getElementById('captions')!);
// scenario files dropped anywhere on the page open in the chooser
document.addEventListener('dragover', (e) => { if (e.dataTransfer?.types.includes('Files')) e.preventDefault(); });
document.addEventListener('drop', (e) => {
  if (!e.dataTransfer?.files.length) return;
  e.preventDefault();
  // team game files dropped on the room view go into the room; scenario files open in the chooser
  const all = [...e.dataTransfer.files];
  const teamFiles = all.filter((f) => /\.btn\.txt$/i.test(f.name));
  if (teamFiles.length && store.getState().screen === 'workshop-room') {
    void Promise.all(teamFiles.map((f) => f.text())).then((texts) => {
      const problems = texts.map((t) => receiveTeamCode(t)).filter((p): p is string => !!p);
      store.setState({ notice: problems.length ? { kind: 'error', text: problems.join(' ') } : null });
    });
    return;
  }
  void readDropped(e.dataTransfer.files).then(openFiles);
});
if (import.meta.env.DEV) void import('./content/dev-hooks').then((m) => m.installDevHooks());
let staged = false;
const stage = () => {
  if (staged) return;
  staged = true;
  // the first screen is already up: the stage loads quietly (its progress would only redraw the page under the player).
  // #app's data-stage says where it is, for the browser tests and for anyone asking why the room is not drawn.
  const app = document.getElementById('app')!;
  app.dataset.stage = 'loading';
  import('./scenes/stage')
    .then((m) => { m.startStage(document.getElementById('stage')!, () => undefined, () => { app.dataset.stage = 'ready'; }); })
    .catch(() => {
      // no network before the room's code arrived: the game plays on in its words alone, and tries again once back online
      app.dataset.stage = 'offline';
      staged = false;
      window.addEventListener('online', stage, { once: true });
    });
};
// Phaser comes when a screen with a scene is first shown, or once the player has touched the title (its picture of
// the room fades in), or when the title has been quiet for a few seconds: never in the way of the first screen. A
// team's join screen fetches it soon after: the team will play next, perhaps with the room's wifi gone.
const WITH_SCENES: readonly string[] = ['board', 'debrief'];
store.subscribe((s) => s.screen, (screen) => { if (WITH_SCENES.includes(screen)) stage(); });
for (const type of ['pointerdown', 'keydown'] as const) window.addEventListener(type, stage, { once: true, passive: true });
window.setTimeout(stage, store.getState().screen === 'workshop-join' ? STAGE_IDLE_MS.join : STAGE_IDLE_MS.title);
// production builds over http(s) only: keeps the game playable offline (an LMS package is served by its LMS)
if (!import.meta.env.VITE_LMS) registerServiceWorker();
