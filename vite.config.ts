/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { scenarioLiveReload } from './tools/vite-plugin-scenarios.ts';
import { bundledScenariosModule } from './tools/vite-plugin-bundled.ts';
import { offlineServiceWorker } from './src/offline/vite-plugin-offline.ts';

// A smaller Phaser: its source entry without physics, with the feature flags its own build defines. Sound is off
// (Howler plays everything), as are the 3D camera and Facebook Instant Games plugins. TOOLCHAIN.md measured this.
// The renderer is Canvas only: the scenes draw nothing but Graphics and Text, which a 2D canvas draws natively, and
// WebGL's renderer is 55 kB gzip of Phaser's 188 (it also needs software GL on the trainers' laptops without a GPU).
const PHASER_ENTRY = fileURLToPath(new URL('./src/scenes/phaser-lite.cjs', import.meta.url));
const PHASER_FLAGS = {
  'typeof WEBGL_RENDERER': 'false', 'typeof CANVAS_RENDERER': 'true', 'typeof FEATURE_SOUND': 'false',
  'typeof WEBGL_DEBUG': 'false', 'typeof PLUGIN_CAMERA3D': 'false', 'typeof PLUGIN_FBINSTANT': 'false', global: 'globalThis',
};

// The built game runs under a strict Content-Security-Policy: scripts and styles only from the game's own files, no
// eval, no inline code. The dev server injects styles inline for hot reloading, so the policy is added at build time.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "media-src 'self' data: blob:",
  "font-src 'self'", "connect-src 'self' data: blob:", "worker-src 'self' blob:", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig(({ command }) => ({
  base: './',
  plugins: [contentSecurityPolicy(), bundledScenariosModule(), scenarioLiveReload(), offlineServiceWorker()],
  // the dev server keeps Phaser's prebuilt module (its source entry needs the build's flags to resolve)
  resolve: command === 'build' ? { alias: [{ find: /^phaser$/, replacement: PHASER_ENTRY }] } : {},
  define: command === 'build' ? PHASER_FLAGS : {},
  build: {
    target: 'es2022', sourcemap: false, assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1300, // the Phaser chunk is large by nature and cached apart from the game
    // Phaser changes far less often than the game: its own long-cacheable chunk
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }, { name: 'live', test: /node_modules[\\/]@colyseus/ }] } } },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
  },
}));
