// Reading scenario and model files from disk for the command line (the browser reads them from its bundle).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../src/engine/types';
import { loadScenario, type Loaded, type Translations } from '../../src/scenario/load';

const BUNDLED_MODELS = fileURLToPath(new URL('../../scenarios/models', import.meta.url));

export function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** `translations`: texts to lay over the scenario and its model (see src/scenario/translation.ts). */
export function readScenarioFile(path: string, translations: Translations = {}): Loaded<Scenario> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    return { diagnostics: [{ code: 'SC0004', severity: 'error', message: `cannot read the file: ${why}`, file: display(path), line: 1, col: 1, length: 1 }], sources: {} };
  }
  // a model beside the scenario first, then the game's own (as the game does with a scenario file opened in it)
  const dirs = [join(dirname(path), 'models'), BUNDLED_MODELS];
  return loadScenario({ file: display(path), text }, (id) => {
    const file = dirs.map((d) => join(d, `${id}.model.yaml`)).find((f) => existsSync(f));
    return file ? { file: display(file), text: readFileSync(file, 'utf8') } : null;
  }, () => [...new Set(dirs.flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.model.yaml')).map((f) => f.replace('.model.yaml', '')) : [])))], translations);
}
