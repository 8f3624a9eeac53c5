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
import { suggest } from './expr';

export const SCENARIO_FORMATS = { current: 1, oldest: 1 } as const;
export const MODEL_FORMATS = { current: 1, oldest: 1 } as const;

export interface TextFile { file: string; text: string }
/** Finds a model file by id (from disk in the CLI, from the bundle in the browser). */
export type ModelSource = (id: string) => TextFile | null;
export interface Loaded<T> { value?: T; diagnostics: Diagnostic[]; sources: Record<string, string> }

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

export function loadModel(input: TextFile): Loaded<Model> {
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
  const compiled = compileModel(src, shape.value);
  return { value: hasErrors(compiled.diagnostics) ? undefined : compiled.model, diagnostics: [...parse, ...compiled.diagnostics], sources };
}

export function loadScenario(input: TextFile, models: ModelSource, knownModels: () => string[] = () => []): Loaded<Scenario> {
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
  const model = loadModel(modelFile);
  if (!model.value) return { diagnostics: [...parse, ...model.diagnostics], sources };
  const hash = hashText(`${input.text}\u0000${modelFile.text}`);
  const compiled = compileScenario(src, shape.value, model.value, hash);
  const diagnostics = [...parse, ...model.diagnostics, ...compiled.diagnostics];
  return { value: hasErrors(diagnostics) ? undefined : compiled.scenario, diagnostics, sources };
}
