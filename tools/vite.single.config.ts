// The single-file build (`npm run build:single`): the whole game in dist-single/index.html — scripts, styles, fonts,
// sounds and pictures inlined (data: URLs) — so it runs from a USB stick opened as file://, with no server and no network.
// It extends the main config (same Phaser alias and flags), without the service worker (file:// pages cannot have one)
// or the public/ folder (manifest, icons: nothing to fetch from a file:// page).
//
// Content-Security-Policy: the main build's strict `script-src 'self'` cannot allow inlined code, so this build carries
// its own policy with no 'self' at all: `script-src` and `style-src` name the SHA-256 hashes of exactly the inline
// <script> and <style> this build wrote (computed after inlining), and fonts, sounds and pictures may only be data:/blob:.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type Plugin, type PluginOption, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import mainConfig from '../vite.config.ts';
import { afterBuild } from './vite-after-build.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SINGLE_OUT_DIR = 'dist-single';
const LEFT_OUT = new Set(['content-security-policy', 'offline-service-worker']);

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for a single-file page: only the inline code it was built with, everything else from data:/blob: URLs. */
export function singleFilePolicy(html: string): string {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => sha256(m[1] ?? ''));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1] ?? ''));
  return [
    "default-src 'none'", `script-src ${scripts.join(' ') || "'none'"}`, `style-src ${styles.join(' ') || "'none'"}`,
    'img-src data: blob:', 'media-src data: blob:', 'font-src data:', 'connect-src data: blob:', 'worker-src blob:',
    "object-src 'none'", "base-uri 'none'", "form-action 'none'",
  ].join('; ');
}

/** Drops the links a file:// page cannot follow (manifest, touch icon); the favicon becomes a data: URL. */
function singleFileHead(): Plugin {
  const icon = readFileSync(join(ROOT, 'public/icon.svg'), 'utf8');
  return {
    name: 'single-file-head',
    apply: 'build',
    transformIndexHtml: (html) => html
      .replace(/\s*<link rel="(manifest|apple-touch-icon)"[^>]*>/g, '')
      .replace(/<link rel="icon" href="[^"]*"/, `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(icon)}"`),
  };
}

/** After inlining (the file is final): hashes its inline code into a Content-Security-Policy meta, first in <head>. */
function singleFileCsp(): Plugin {
  return afterBuild('single-file-csp', (config) => {
    const file = resolve(config.root, config.build.outDir, 'index.html');
    const html = readFileSync(file, 'utf8');
    if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('single-file build: a CSP meta is already present');
    const meta = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(html)}" />`;
    writeFileSync(file, html.replace(/<head>/i, (head) => `${head}\n    ${meta}`));
  });
}

export default defineConfig(async (env) => {
  const base = (typeof mainConfig === 'function' ? await mainConfig(env) : await mainConfig) as UserConfig;
  const plugins = (base.plugins ?? []).flat().filter((p: PluginOption) => !(p && typeof p === 'object' && 'name' in p && LEFT_OUT.has(p.name)));
  const { plugins: _dropped, ...rest } = base;
  return mergeConfig(rest, {
    root: ROOT,
    publicDir: false,
    plugins: [...plugins, singleFileHead(), viteSingleFile({ removeViteModuleLoader: true }), singleFileCsp()],
    build: {
      outDir: SINGLE_OUT_DIR, emptyOutDir: true,
      assetsInlineLimit: 100_000_000, cssCodeSplit: false, modulePreload: false,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  } satisfies UserConfig);
});
