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
      for (const f of readdirSync(`${root}/scenarios`)) this.addWatchFile(`${root}/scenarios/${f}`);
      const { module } = await runnerImport<typeof import('./bundled-entries')>(`${root}/tools/bundled-entries.ts`, { configFile: false, root, logLevel: 'error' });
      return `export default ${JSON.stringify(module.bundledEntries(root))};`;
    },
  };
}
