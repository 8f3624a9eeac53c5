// Reading scenario and model files from disk for the command line (the browser reads them from its bundle).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Scenario } from '../../src/engine/types';
import { loadScenario, type Loaded } from '../../src/scenario/load';

export function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

export function readScenarioFile(path: string): Loaded<Scenario> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    return { diagnostics: [{ code: 'SC0004', severity: 'error', message: `cannot read the file: ${why}`, file: display(path), line: 1, col: 1, length: 1 }], sources: {} };
  }
  const modelsDir = join(dirname(path), 'models');
  return loadScenario({ file: display(path), text }, (id) => {
    const file = join(modelsDir, `${id}.model.yaml`);
    return existsSync(file) ? { file: display(file), text: readFileSync(file, 'utf8') } : null;
  }, () => (existsSync(modelsDir) ? readdirSync(modelsDir).filter((f) => f.endsWith('.model.yaml')).map((f) => f.replace('.model.yaml', '')) : []));
}
