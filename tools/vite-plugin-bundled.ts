// The bundled scenarios, checked when the game is built (and when the dev server starts): the same loader as the command
// line parses and validates each file, and the game receives the checked data as a module, so a player's browser never
// loads the YAML parser or the schemas to start (they come only to open a file of one's own). A file with errors is
// bundled as its errors and its text, so the chooser shows the same card it would have shown. The loader runs through
// Vite's module runner, not the config bundle, so the config stays small.
import { readdirSync } from 'node:fs';
import { runnerImport, type Plugin } from 'vite';

export const BUNDLED_ID = 'virtual:bundled-scenarios';
const RESOLVED = `\0${BUNDLED_ID}`;

export function bundledScenariosModule(): Plugin {
  let root = process.cwd();
  return {
    name: 'bundled-scenarios',
    configResolved(config) { root = config.root; },
    resolveId: (id) => (id === BUNDLED_ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      // every scenario and model file: a change to either compiles the module again (a page reload finds it; the live
      // reload plugin sends the running game the new text)
      for (const dir of ['scenarios', 'scenarios/models']) {
        for (const f of readdirSync(`${root}/${dir}`)) if (f.endsWith('.yaml')) this.addWatchFile(`${root}/${dir}/${f}`);
      }
      const { module } = await runnerImport<typeof import('./bundled-entries')>(`${root}/tools/bundled-entries.ts`, { configFile: false, root, logLevel: 'error' });
      return moduleSource(module.bundledEntries(root));
    },
  };
}

/** The entries as a module, with each model's data written once however many scenarios run on it (three run on
 *  lscb-2010). Written as code, not as a JSON.parse string: smaller once compressed, and as quick to start here. */
export function moduleSource(entries: readonly { model?: unknown }[]): string {
  const models: string[] = [];
  const shared = entries.map((e) => {
    if (e.model === undefined) return e;
    const text = JSON.stringify(e.model);
    const at = models.indexOf(text);
    return { ...e, model: at >= 0 ? at : models.push(text) - 1 };
  });
  return [
    `const models = [${models.join(', ')}];`,
    `const entries = ${JSON.stringify(shared)};`,
    'for (const e of entries) if (typeof e.model === \'number\') e.model = models[e.model];',
    'export default entries;',
  ].join('\n');
}
