// The worker threads' code, bundled once by esbuild into one self-contained file: the threads then need no
// TypeScript loader, and run the engine as the game's build compiles it (tsx keeps function names, which costs a
// fifth of a simulated game).
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { hashText } from '../../../src/engine/hash';

let bundled: Promise<string> | undefined;

/** The file URL of the worker bundle, built on first use; named by its content, so a stale one is never run. */
export function workerBundle(): Promise<string> {
  return (bundled ??= (async () => {
    const r = await build({
      entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
      bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false, logLevel: 'silent',
      // a CommonJS package inside the bundle may require() a built-in module
      banner: { js: "import { createRequire as __btnRequire } from 'node:module'; const require = __btnRequire(import.meta.url);" },
    });
    const code = r.outputFiles[0].text;
    const file = join(tmpdir(), `beyond-the-numbers-cores-${hashText(code)}.mjs`);
    // written whole under a name of this process's, then renamed: another process starting threads at the same moment
    // never imports a half-written file
    if (!existsSync(file)) {
      const mine = `${file}.${process.pid}.tmp`;
      writeFileSync(mine, code);
      renameSync(mine, file);
    }
    return pathToFileURL(file).href;
  })());
}
