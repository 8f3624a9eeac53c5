// The LMS packages: `npm run build:scorm` (SCORM 1.2) and `npm run build:cmi5` (cmi5/xAPI), chosen by the mode. Each is
// the web game (same Phaser alias and flags) with relative paths, no service worker (the LMS serves the files) and no
// workshop, reporting to the LMS it is launched from; written to dist-<mode>/ and zipped as dist-lms/<name>.zip.
// cmi5 sends its statements to the organisation's learning record store, wherever that is: its policy lets the page
// connect to any http(s) origin, which the web game's does not.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type Plugin, type PluginOption, type UserConfig } from 'vite';
import mainConfig, { CONTENT_SECURITY_POLICY } from '../vite.config.ts';
import { afterBuild } from './vite-after-build.ts';
import { writePackage } from './lms-package.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LEFT_OUT = new Set(['content-security-policy', 'offline-service-worker']);
export const LMS_BUILDS = {
  scorm12: { outDir: 'dist-scorm12', zip: 'beyond-the-numbers-scorm12.zip' },
  cmi5: { outDir: 'dist-cmi5', zip: 'beyond-the-numbers-cmi5.zip' },
} as const;

function policy(kind: keyof typeof LMS_BUILDS): Plugin {
  const content = kind === 'cmi5' ? CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' https: http:") : CONTENT_SECURITY_POLICY;
  return { name: 'lms-content-security-policy', apply: 'build', transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content }, injectTo: 'head-prepend' }] };
}

export default defineConfig(async (env) => {
  const kind = env.mode === 'cmi5' ? 'cmi5' : env.mode === 'scorm12' ? 'scorm12' : null;
  if (!kind) throw new Error(`an LMS build needs --mode scorm12 or --mode cmi5, not '${env.mode}'`);
  const base = (typeof mainConfig === 'function' ? await mainConfig(env) : await mainConfig) as UserConfig;
  const plugins = (base.plugins ?? []).flat().filter((p: PluginOption) => !(p && typeof p === 'object' && 'name' in p && LEFT_OUT.has(p.name)));
  const { plugins: _dropped, ...rest } = base;
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const out = LMS_BUILDS[kind];
  return mergeConfig(rest, {
    root: ROOT,
    define: { 'import.meta.env.VITE_LMS': JSON.stringify(kind) },
    plugins: [...plugins, policy(kind), afterBuild('lms-package', (config) => {
      mkdirSync(resolve(ROOT, 'dist-lms'), { recursive: true });
      writePackage(kind, resolve(config.root, config.build.outDir), resolve(ROOT, 'dist-lms', out.zip), version);
    })],
    build: { outDir: out.outDir, emptyOutDir: true },
  } satisfies UserConfig);
});
