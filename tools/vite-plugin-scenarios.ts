// Live editing: saving a scenario or model file in the dev server checks it with the game's own loader, then either
// shows the first error in Vite's overlay (file:line:col and a code frame) or sends the new text to the running game,
// which replays its decision log to return to the same quarter. Nothing reloads the page.
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

export const SCENARIO_EVENT = 'btn:scenario-files';

function scenarioFiles(root: string): string[] {
  return readdirSync(`${root}/scenarios`).filter((f) => f.endsWith('.scenario.yaml')).map((f) => `${root}/scenarios/${f}`);
}

type Loader = typeof import('./scenario/files');
type Diagnostics = typeof import('../src/scenario/diagnostics');

// the loader runs through Vite's own module runner, not the config bundle, so the config stays small and quick
async function check(server: ViteDevServer, root: string): Promise<boolean> {
  const { codeFrame, hasErrors } = (await server.ssrLoadModule('/src/scenario/diagnostics.ts')) as Diagnostics;
  const { readScenarioFile } = (await server.ssrLoadModule('/tools/scenario/files.ts')) as Loader;
  for (const file of scenarioFiles(root)) {
    const r = readScenarioFile(file);
    const first = r.diagnostics.find((d) => d.severity === 'error');
    if (hasErrors(r.diagnostics) && first) {
      const source = r.sources[first.file];
      server.ws.send({
        type: 'error',
        err: {
          message: `${first.file}:${first.line}:${first.col} ${first.code} ${first.message}${first.hint ? ` - ${first.hint}` : ''}`,
          stack: '', id: first.file, plugin: 'scenarios',
          loc: { file: first.file, line: first.line, column: first.col },
          frame: source ? codeFrame(source, first.line, first.col, first.length) : '',
        },
      });
      return false;
    }
  }
  return true;
}

export function scenarioLiveReload(): Plugin {
  let root = process.cwd();
  return {
    name: 'scenario-live-reload',
    apply: 'serve',
    configResolved(config) { root = config.root; },
    async handleHotUpdate({ file, server }) {
      if (!/\.(scenario|model)\.yaml$/.test(file)) return undefined;
      if (await check(server, root)) {
        const files = Object.fromEntries([...scenarioFiles(root), ...readdirSync(`${root}/scenarios/models`).map((f) => `${root}/scenarios/models/${f}`)]
          .map((f) => [relative(root, f), readFileSync(f, 'utf8')]));
        server.ws.send({ type: 'custom', event: SCENARIO_EVENT, data: { changed: relative(root, file), files } });
      }
      return []; // handled here: no module reload, no page reload
    },
  };
}
