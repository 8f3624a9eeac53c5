// The scenarios that ship with the game. They are checked when the game is built (tools/vite-plugin-bundled.ts, with the
// designers' own loader), so starting the game only compiles their checked data: no YAML parser, no schemas.
import entries from 'virtual:bundled-scenarios';
import type { Scenario } from '../engine/types';
import { compileModel } from '../scenario/compile-model';
import { compileScenario } from '../scenario/compile-scenario';
import { hasErrors, type Diagnostic, type Severity } from '../scenario/diagnostics';
import type { ModelFileData } from '../scenario/schema/model-schema';
import type { ScenarioFileData } from '../scenario/schema/scenario-schema';
import { layOver, type Placed } from '../scenario/lay-over';
import { PSEUDO_LOCALE } from '../i18n/locales';
import { pseudoText } from '../i18n/pseudo';
import type { SourceFile } from '../scenario/source-map';

export const DEFAULT_SCENARIO = 'northmoor';

export interface BundledScenario {
  file: string; scenario?: Scenario; diagnostics: Diagnostic[]; sources: Record<string, string>;
  /** Shown in a translation: its locale, and whether a fluent speaker has reviewed it. */
  translation?: { locale: string; reviewed: boolean };
}

/** Checked data has no places to point at: a problem found now (there should be none) is reported at the file's top. */
function placeless(file: string): SourceFile {
  const at = (_o: number, _l: number, code: string, severity: Severity, message: string, hint?: string): Diagnostic => ({ code, severity, message, hint, file, line: 1, col: 1, length: 1 });
  return { file, at, pathDiag: (_p: unknown, code: string, severity: Severity, message: string, hint?: string) => at(0, 1, code, severity, message, hint), stringOffset: () => 0 } as unknown as SourceFile;
}

type Entry = (typeof entries)[number];

/** The pseudo-locale's words for a scenario and its model: every text a player reads, accented and 30% longer. */
function pseudoWords(e: Entry): { scenario: Placed[]; model: Placed[]; reviewed: boolean } | undefined {
  if (!e.prose) return undefined;
  const at = (data: unknown, path: Placed[0]) => path.reduce<unknown>((x, k) => (typeof x === 'object' && x !== null ? (x as Record<string | number, unknown>)[k] : undefined), data);
  const over = (data: unknown, paths: readonly Placed[0][]): Placed[] => paths.flatMap((p) => { const text = at(data, p); return typeof text === 'string' ? [[p, pseudoText(text)] as const] : []; });
  return { scenario: over(e.data, e.prose.scenario), model: over(e.model, e.prose.model), reviewed: true };
}

/** The bundled scenarios, each in `locale` where it has a translation into it (and in its own words where not). */
export function bundledScenarios(locale?: string): BundledScenario[] {
  return entries.map((e) => {
    const diagnostics = e.diagnostics as Diagnostic[];
    if (!e.data || !e.model || !e.hash) return { file: e.file, diagnostics, sources: e.sources ?? {} };
    const src = placeless(e.file);
    const words = locale === PSEUDO_LOCALE ? pseudoWords(e) : locale ? e.translations?.[locale] : undefined;
    // the same numbers and ids, and the same hash: only words change, so saves and workshop sessions carry over
    const model = compileModel(src, (words ? layOver(e.model, words.model) : e.model) as ModelFileData);
    const data = (words ? layOver(e.data, words.scenario) : e.data) as ScenarioFileData;
    const compiled = model.model ? compileScenario(src, data, model.model, e.hash) : { diagnostics: model.diagnostics };
    const all = [...diagnostics, ...compiled.diagnostics.filter((d) => d.severity === 'error')];
    const out: BundledScenario = { file: e.file, scenario: hasErrors(all) ? undefined : compiled.scenario, diagnostics: all, sources: {} };
    if (words && locale) out.translation = { locale, reviewed: words.reviewed };
    return out;
  });
}
