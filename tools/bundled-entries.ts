// The bundled scenarios' checked data (see vite-plugin-bundled.ts): each file read by the designers' loader, and the
// data it compiled, or its errors and its text.
import { readdirSync, readFileSync } from 'node:fs';
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
    return { file, hash: r.value.hash, data, model, diagnostics: shown };
  });
}

