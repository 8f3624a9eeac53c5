// Bundles the benchmark for plain node, as the game's own build would compile the engine (no dev-time transforms).
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: 'tools/bench/engine-bench.ts',
    outDir: 'node_modules/.bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
  },
});
