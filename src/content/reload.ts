// A scenario changed while the game runs (live editing, or a file the player opened): reload it and bring the current
// game back to the same place by replaying its seed and decisions on the new version.
import { replay, stateOf } from '../engine/session';
import { t } from '../i18n/messages';
import { loadScenario, type TextFile } from '../scenario/load';
import { resumeGame } from '../state/actions';
import { store, type ScenarioEntry } from '../state/store';

export function reloadScenarios(files: Record<string, string>, changed: string): void {
  const models = (id: string): TextFile | null => {
    const key = Object.keys(files).find((k) => k.endsWith(`/${id}.model.yaml`));
    return key ? { file: key, text: files[key] } : null;
  };
  const entries: ScenarioEntry[] = Object.entries(files).filter(([f]) => f.endsWith('.scenario.yaml')).map(([file, text]) => {
    const r = loadScenario({ file, text }, models);
    return { file, scenario: r.value, diagnostics: r.diagnostics };
  });
  const previous = store.getState().scenarios;
  const extra = previous.filter((p) => !entries.some((e) => e.file === p.file));
  store.setState({ scenarios: [...entries, ...extra].sort((a, b) => previous.findIndex((p) => p.file === a.file) - previous.findIndex((p) => p.file === b.file)) });
  const game = store.getState().game;
  const fresh = entries.find((e) => e.scenario?.id === game?.scenario.id)?.scenario;
  if (!game || !fresh) return;
  const r = replay(fresh, { seed: game.seed, decisions: game.decisions });
  const quarter = stateOf(r.game).quarter;
  resumeGame(r.game, r.error
    ? t('codes.reload.stopped', { file: changed, n: r.error.index + 1, reason: r.error.reason, quarter })
    : t('codes.reload.back', { file: changed, quarter, count: game.decisions.length }));
}
