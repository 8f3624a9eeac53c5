// Load a scenario file and its model: parse, check the format version, check the shape, then compile.
// Each stage stops the next on error, so a designer sees the first real problem, not a cascade of echoes.
import { hashText } from '../engine/hash';
import type { Model, Scenario } from '../engine/types';
import { compileModel } from './compile-model';
import { compileScenario } from './compile-scenario';
import { hasErrors, type Diagnostic } from './diagnostics';
import { ModelFile } from './schema/model-schema';
import { ScenarioFile } from './schema/scenario-schema';
import { checkShape } from './schema-check';
import { SourceFile } from './source-map';
import { proseStrings, withProse } from './prose';
import { loadTranslation } from './translation';
import type { z } from 'zod';
import { suggest } from './expr';

export const SCENARIO_FORMATS = { current: 1, oldest: 1 } as const;
export const MODEL_FORMATS = { current: 1, oldest: 1 } as const;

export interface TextFile { file: string; text: string }
/** Finds a model file by id (from disk in the CLI, from the bundle in the browser). */
export type ModelSource = (id: string) => TextFile | null;
export interface Loaded<T> {
  value?: T;
  diagnostics: Diagnostic[];
  sources: Record<string, string>;
  /** The translations laid over the file and its model: their locale and what checking them found. A translation
   *  with errors is left out (the file plays in its own words); its problems never stop the file loading. */
  translation?: { locale?: string; reviewed: boolean; diagnostics: Diagnostic[] };
}

/** Translations to lay over a scenario and its model (scenarios/translations/ID.LOCALE.yaml). */
export interface Translations { scenario?: TextFile; model?: TextFile }

interface Overlaid<T> { data: T; locale?: string; reviewed: boolean; diagnostics: Diagnostic[] }
/** File data with a translation's up-to-date texts in place of its own, and what checking the translation found. */
function overlay<T>(schema: z.ZodType<T>, data: T, of: string, file: TextFile | undefined, sources: Record<string, string>): Overlaid<T> {
  if (!file) return { data, reviewed: false, diagnostics: [] };
  sources[file.file] = file.text;
  const strings = proseStrings(schema, data);
  const t = loadTranslation(file, of, strings);
  if (!t.value) return { data, reviewed: false, diagnostics: t.diagnostics };
  return { data: withProse(data, t.value.texts, strings) as T, locale: t.value.locale, reviewed: t.value.reviewed, diagnostics: t.diagnostics };
}

function checkFormat(src: SourceFile, data: unknown, what: string, formats: { current: number; oldest: number }): Diagnostic[] {
  const format = (data as { format?: unknown } | null)?.format;
  const known = formats.oldest === formats.current ? `${formats.current}` : `${formats.oldest} to ${formats.current}`;
  if (format === undefined) return [src.pathDiag([], 'SC0011', 'error', `this ${what} file has no 'format'`, `add 'format: ${formats.current}' at the top`)];
  if (typeof format !== 'number' || !Number.isInteger(format) || format < formats.oldest || format > formats.current) {
    const newer = typeof format === 'number' && format > formats.current;
    const older = what === 'scenario' && Number.isInteger(format) && (format as number) >= 0 && (format as number) < formats.oldest;
    return [src.pathDiag(['format'], 'SC0010', 'error', `${what} format ${JSON.stringify(format)} is not supported: this game reads format ${known}`,
      newer ? 'the file was written for a newer version of the game: update the game'
        : older ? `run: npm run scenario -- migrate ${src.file} --to ${formats.current}` : `set 'format: ${formats.current}'`)];
  }
  return [];
}

export function loadModel(input: TextFile, translation?: TextFile): Loaded<Model> {
  const sources = { [input.file]: input.text };
  const src = new SourceFile(input.file, input.text);
  const parse = src.parseDiagnostics();
  if (hasErrors(parse)) return { diagnostics: parse, sources };
  const { data, diagnostics: built } = src.data();
  if (built.length) return { diagnostics: [...parse, ...built], sources };
  const fmt = checkFormat(src, data, 'model', MODEL_FORMATS);
  if (fmt.length) return { diagnostics: [...parse, ...fmt], sources };
  const shape = checkShape(ModelFile, src, data);
  if (!shape.value) return { diagnostics: [...parse, ...shape.diagnostics], sources };
  const words = overlay(ModelFile, shape.value, shape.value.id, translation, sources);
  const compiled = compileModel(src, words.data);
  const loaded: Loaded<Model> = { value: hasErrors(compiled.diagnostics) ? undefined : compiled.model, diagnostics: [...parse, ...compiled.diagnostics], sources };
  if (translation) loaded.translation = { locale: words.locale, reviewed: words.reviewed, diagnostics: words.diagnostics };
  return loaded;
}

export function loadScenario(input: TextFile, models: ModelSource, knownModels: () => string[] = () => [], translations: Translations = {}): Loaded<Scenario> {
  const sources: Record<string, string> = { [input.file]: input.text };
  const src = new SourceFile(input.file, input.text);
  const parse = src.parseDiagnostics();
  if (hasErrors(parse)) return { diagnostics: parse, sources };
  const { data, diagnostics: built } = src.data();
  if (built.length) return { diagnostics: [...parse, ...built], sources };
  const fmt = checkFormat(src, data, 'scenario', SCENARIO_FORMATS);
  if (fmt.length) return { diagnostics: [...parse, ...fmt], sources };
  const shape = checkShape(ScenarioFile, src, data);
  if (!shape.value) return { diagnostics: [...parse, ...shape.diagnostics], sources };
  const modelFile = models(shape.value.model);
  if (!modelFile) {
    const near = suggest(shape.value.model, knownModels());
    return { diagnostics: [...parse, src.pathDiag(['model'], 'SC0107', 'error', `no model '${shape.value.model}'`, near ? `did you mean '${near}'?` : `put it in a models/ folder beside the scenario, as models/${shape.value.model}.model.yaml`)], sources };
  }
  sources[modelFile.file] = modelFile.text;
  const model = loadModel(modelFile, translations.model);
  Object.assign(sources, model.sources);
  if (!model.value) return { diagnostics: [...parse, ...model.diagnostics], sources };
  // the hash is of the files' own texts: a translation changes words only, so saves and sessions are the same in it
  const hash = hashText(`${input.text}\u0000${modelFile.text}`);
  const words = overlay(ScenarioFile, shape.value, shape.value.id, translations.scenario, sources);
  const compiled = compileScenario(src, words.data, model.value, hash);
  const diagnostics = [...parse, ...model.diagnostics, ...compiled.diagnostics];
  const loaded: Loaded<Scenario> = { value: hasErrors(diagnostics) ? undefined : compiled.scenario, diagnostics, sources };
  if (translations.scenario || translations.model) {
    loaded.translation = {
      locale: words.locale ?? model.translation?.locale,
      reviewed: (!translations.scenario || words.reviewed) && (!translations.model || model.translation?.reviewed === true),
      diagnostics: [...(model.translation?.diagnostics ?? []), ...words.diagnostics],
    };
  }
  return loaded;
}
