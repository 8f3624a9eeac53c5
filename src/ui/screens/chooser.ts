// Scenario chooser: title, length, difficulty, content note and description of each scenario.
import type { AppState } from '../../state/store';
import { back, startGame } from '../../state/actions';
import { formatDiagnostic } from '../../scenario/diagnostics';
import { button, h, prose } from '../dom';
import { infoOf } from '../../i18n/locales';
import { t } from '../../i18n/messages';
import { openFiles, readDropped } from '../../content/read-files';

async function pickScenarioFiles(): Promise<void> {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.accept = '.yaml,.yml';
  input.addEventListener('change', async () => { await openFiles(await readDropped(input.files)); });
  input.click();
}

/** A first-time player (no game saved on this device) meets the introductory scenarios first, marked as the place to start. */
function ordered(state: AppState): AppState['scenarios'] {
  if (state.saves.length > 0) return state.scenarios;
  const intro = (e: AppState['scenarios'][number]) => e.scenario?.difficulty === 'introductory';
  return [...state.scenarios.filter(intro), ...state.scenarios.filter((e) => !intro(e))];
}

export function chooserScreen(state: AppState): HTMLElement {
  const firstTime = state.saves.length === 0;
  return h('section', { class: 'screen chooser-screen', 'aria-labelledby': 'chooser-heading' },
    h('header', { class: 'screen-head' }, button(t('common.back'), back, { class: 'link', 'data-focus': 'back' }), h('h1', { id: 'chooser-heading', tabindex: '-1' }, t('chooser.heading'))),
    h('ul', { class: 'scenario-list' }, ...ordered(state).map((entry) => {
      const s = entry.scenario;
      if (!s) {
        return h('li', { class: 'scenario-card broken' }, h('h2', {}, entry.file), h('p', {}, t('chooser.broken')),
          h('pre', { class: 'diagnostics', lang: 'en' }, // the loader's diagnostics are for scenario writers, in English
           entry.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, entry.sources?.[d.file])).join('\n\n')));
      }
      const start = firstTime && s.difficulty === 'introductory';
      return h('li', { class: `scenario-card${start ? ' start-here' : ''}` },
        start ? h('p', { class: 'start-badge' }, t('chooser.startHere')) : null,
        h('h2', {}, s.title),
        h('p', { class: 'meta' }, [t('chooser.meta', { quarters: s.calendar.quarters, difficulty: s.difficulty, minutes: Math.round(s.calendar.quarters * 2.2) }), ...(entry.opened ? [t('chooser.openedFrom', { file: entry.file })] : [])].join(' · ')),
        entry.translation && !entry.translation.reviewed ? h('p', { class: 'hint translation-note' }, t('settings.unreviewed', { name: infoOf(entry.translation.locale).name })) : null,
        s.contentNote ? h('p', { class: 'content-note' }, h('strong', {}, t('chooser.contentNote')), s.contentNote) : null,
        prose(s.summary),
        button(t('chooser.play', { title: s.title }), () => startGame(s), { class: 'primary', 'data-focus': `play-${s.id}` }),
      );
    })),
    // for designers trying their own files: after the scenarios, not before them
    h('div', { class: 'open-file', id: 'drop-zone' },
      h('p', {}, t('chooser.openFileHint')),
      button(t('chooser.openFile'), () => { void pickScenarioFiles(); }, { 'data-focus': 'open-scenario' })),
  );
}
