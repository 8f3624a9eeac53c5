// A build plugin whose whole job runs once the build has written its files (the last closeBundle), with the resolved
// config: the service worker (which lists the written files) and the single file's CSP (which hashes the final file).
import type { Plugin, ResolvedConfig } from 'vite';

export function afterBuild(name: string, run: (config: ResolvedConfig) => void): Plugin {
  let config: ResolvedConfig;
  return {
    name,
    apply: 'build',
    configResolved(resolved) { config = resolved; },
    closeBundle: { order: 'post', handler() { run(config); } },
  };
}
