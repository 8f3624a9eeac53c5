// Opening scenario files inside the game (file picker or drag and drop), for designers and trainers without a
// development set-up. Files are data: they are parsed and checked, never run, and their text only reaches the page as
// text. A model file opened alongside a scenario is used for it; otherwise the bundled models are.
import { t } from '../i18n/messages';
import { loadScenario } from '../scenario/load';
import { store, type ScenarioEntry } from '../state/store';
import { modelSource } from './model-texts';
import type { OpenedFile } from './read-files';

export function openScenarioFiles(files: readonly OpenedFile[]): ScenarioEntry[] {
  const models = files.filter((f) => f.name.endsWith('.model.yaml'));
  const scenarios = files.filter((f) => !f.name.endsWith('.model.yaml'));
  const resolve = (id: string) => {
    const m = models.find((f) => f.name === `${id}.model.yaml`);
    return m ? { file: m.name, text: m.text } : modelSource(id);
  };
  const entries: ScenarioEntry[] = scenarios.map((f) => {
    const r = loadScenario({ file: f.name, text: f.text }, resolve);
    return { file: f.name, scenario: r.value, diagnostics: r.diagnostics, sources: r.sources, opened: true };
  });
  const kept = store.getState().scenarios.filter((s) => !entries.some((e) => e.file === s.file && s.opened));
  store.setState({
    scenarios: [...kept, ...entries],
    screen: 'chooser',
    announcement: entries.map((e) => (e.scenario ? t('codes.open.opened', { title: e.scenario.title }) : t('codes.open.errors', { file: e.file, count: e.diagnostics.filter((d) => d.severity === 'error').length }))).join(' '),
  });
  return entries;
}
