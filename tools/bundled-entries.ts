// The bundled scenarios' checked data (see vite-plugin-bundled.ts): each file read by the designers' loader, and the
// data it compiled, or its errors and its text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Placed } from '../src/scenario/lay-over';
import { placed, proseStrings } from '../src/scenario/prose';
import { loadTranslation } from '../src/scenario/translation';
import { ModelFile } from '../src/scenario/schema/model-schema';
import { ScenarioFile } from '../src/scenario/schema/scenario-schema';
import { SourceFile } from '../src/scenario/source-map';
import { readScenarioFile } from './scenario/files';

/** One bundled scenario as the game receives it: its checked data and its model's, or its errors. */
export interface BundledEntry {
  file: string;
  hash?: string;
  data?: unknown;
  model?: unknown;
  diagnostics: unknown[];
  sources?: Record<string, string>;
  /** By locale: the texts of the scenario's translation and its model's, each at its place, and whether reviewed. */
  translations?: Record<string, BundledTranslation>;
  /** Where the words a player reads are in `data` and `model`: the pseudo-locale is made from them in the browser. */
  prose?: { scenario: Placed[0][]; model: Placed[0][] };
}

export interface BundledTranslation { scenario: Placed[]; model: Placed[]; reviewed: boolean }

/** The sound translations of a file (translations/ID.LOCALE.yaml in `dir`), by locale: texts up to date only. */
function translationsOf(dir: string, id: string, schema: typeof ScenarioFile | typeof ModelFile, data: unknown): Record<string, { texts: Placed[]; reviewed: boolean }> {
  const folder = `${dir}/translations`;
  if (!existsSync(folder)) return {};
  const strings = proseStrings(schema, data);
  const out: Record<string, { texts: Placed[]; reviewed: boolean }> = {};
  for (const f of readdirSync(folder).filter((x) => x.startsWith(`${id}.`) && x.endsWith('.yaml')).sort()) {
    const locale = f.slice(id.length + 1, -'.yaml'.length);
    const t = loadTranslation({ file: f, text: readFileSync(`${folder}/${f}`, 'utf8') }, id, strings);
    // a translation with errors is left out: the scenario plays in its own words (validate says what is wrong)
    if (t.value) out[locale] = { texts: placed(t.value.texts, strings), reviewed: t.value.reviewed };
  }
  return out;
}

export function bundledEntries(root: string): BundledEntry[] {
  return readdirSync(`${root}/scenarios`).filter((f) => f.endsWith('.scenario.yaml')).sort().map((name) => {
    const file = `scenarios/${name}`;
    const r = readScenarioFile(`${root}/${file}`);
    const shown = r.diagnostics.map((d) => ({ ...d, file: d.file.replace(/^.*?(scenarios\/)/, '$1') }));
    if (!r.value) return { file, diagnostics: shown, sources: Object.fromEntries(Object.entries(r.sources).map(([k, v]) => [k.replace(/^.*?(scenarios\/)/, '$1'), v])) };
    // the data the loader compiled: the file read as plain values and passed through its schema, as the loader does
    const data = ScenarioFile.parse(new SourceFile(file, readFileSync(`${root}/${file}`, 'utf8')).data().data);
    const modelFile = `${root}/scenarios/models/${r.value.model.id}.model.yaml`;
    const model = ModelFile.parse(new SourceFile(modelFile, readFileSync(modelFile, 'utf8')).data().data);
    const own = translationsOf(`${root}/scenarios`, r.value.id, ScenarioFile, data);
    const models = translationsOf(`${root}/scenarios/models`, r.value.model.id, ModelFile, model);
    const translations: Record<string, BundledTranslation> = {};
    for (const locale of new Set([...Object.keys(own), ...Object.keys(models)])) {
      translations[locale] = { scenario: own[locale]?.texts ?? [], model: models[locale]?.texts ?? [], reviewed: (own[locale]?.reviewed ?? true) && (models[locale]?.reviewed ?? true) };
    }
    const prose = { scenario: proseStrings(ScenarioFile, data).map((p) => p.path), model: proseStrings(ModelFile, model).map((p) => p.path) };
    return { file, hash: r.value.hash, data, model, diagnostics: shown, translations, prose };
  });
}

