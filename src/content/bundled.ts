// The scenarios that ship with the game, as text; the same loader the designers' command line uses checks them.
import type { Scenario } from '../engine/types';
import type { Diagnostic } from '../scenario/diagnostics';
import { loadScenario } from '../scenario/load';

const scenarioTexts = import.meta.glob('../../scenarios/*.scenario.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const modelTexts = import.meta.glob('../../scenarios/models/*.model.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const DEFAULT_SCENARIO = 'northmoor';

function shortPath(path: string): string {
  return path.replace(/^(\.\.\/)+/, '');
}

export function modelSource(id: string) {
  const key = Object.keys(modelTexts).find((k) => k.endsWith(`/${id}.model.yaml`));
  return key ? { file: shortPath(key), text: modelTexts[key] } : null;
}

export interface BundledScenario { file: string; scenario?: Scenario; diagnostics: Diagnostic[]; sources: Record<string, string> }

export function bundledScenarios(): BundledScenario[] {
  return Object.entries(scenarioTexts).map(([path, text]) => {
    const r = loadScenario({ file: shortPath(path), text }, modelSource);
    return { file: shortPath(path), scenario: r.value, diagnostics: r.diagnostics, sources: r.sources };
  });
}
