// Build-time only (runs in Node): after the game is written, lists every file in the output folder and writes sw.js,
// the service worker that precaches them all. The cache name carries a hash of the files' names and contents, so a new
// build installs a fresh cache and the old one is deleted when the new worker activates.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { afterBuild } from '../../tools/vite-after-build.ts';

export const SERVICE_WORKER_FILE = 'sw.js';
const CACHE_PREFIX = 'beyond-the-numbers-';
const TEMPLATE = fileURLToPath(new URL('./sw-template.js', import.meta.url));

/** The live tier's client is fetched only from a host on the network, so an offline copy has no use for it. */
const LIVE_CLIENT = /^assets\/live-[^/]+\.js$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The service worker's source for the files of a build folder (paths relative to it, '/'-separated). */
export function serviceWorkerSource(outDir: string, template = readFileSync(TEMPLATE, 'utf8')): { source: string; files: string[]; cache: string } {
  const files = filesUnder(outDir).map((p) => relative(outDir, p).split(sep).join('/')).filter((f) => f !== SERVICE_WORKER_FILE && !LIVE_CLIENT.test(f)).sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(readFileSync(join(outDir, f))).update('\0');
  const cache = CACHE_PREFIX + hash.digest('hex').slice(0, 16);
  const source = template
    .replace("'__CACHE_NAME__'", JSON.stringify(cache))
    .replace("'__CACHE_PREFIX__'", JSON.stringify(CACHE_PREFIX))
    .replace('__PRECACHE_FILES__', JSON.stringify(files, null, 2));
  return { source, files, cache };
}

export function offlineServiceWorker(): Plugin {
  return afterBuild('offline-service-worker', (config) => {
    if (config.build.ssr || config.build.write === false) return;
    const outDir = resolve(config.root, config.build.outDir);
    const { source, files } = serviceWorkerSource(outDir);
    writeFileSync(join(outDir, SERVICE_WORKER_FILE), source);
    config.logger.info(`offline: ${SERVICE_WORKER_FILE} precaches ${files.length} files`);
  });
}
