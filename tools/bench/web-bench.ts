// `npm run bench:web`: a benchmark of the built game in headless Chromium (Debian's). Not a test: it measures and
// prints. Budgets: <= 450 kB gzip JavaScript, >= 55 fps on the board, < 10% heap growth over ten games, a key press
// answered within one frame.
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PORT = 4179;
const URL = `http://127.0.0.1:${PORT}/`;

function jsGzipBytes(): { files: number; raw: number; gzip: number } {
  const dir = 'dist/assets';
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  let raw = 0; let gzip = 0;
  for (const f of files) { const b = readFileSync(join(dir, f)); raw += b.length; gzip += gzipSync(b, { level: 9 }).length; }
  return { files: files.length, raw, gzip };
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(URL)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

async function playOneGame(page: Page): Promise<void> {
  // drives the real UI: every click goes through the DOM layer, the store and the engine
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const click = (text: RegExp) => {
      const b = [...document.querySelectorAll('button')].find((x) => text.test(x.textContent ?? '') && x.getAttribute('aria-disabled') !== 'true');
      b?.click();
      return !!b;
    };
    for (let i = 0; i < 400; i++) {
      await frame();
      if (document.querySelector('.debrief-screen')) return;
      if (click(/^Open the debrief$/)) continue;
      const answer = document.querySelector<HTMLButtonElement>('.choices button');
      if (answer) { answer.click(); continue; }
      if (click(/^(Open the agenda|Resolve the quarter.*|Continue to the quarter's results|Open the inbox|End the (final )?quarter)$/)) continue;
    }
  });
}

async function main(): Promise<void> {
  const size = jsGzipBytes();
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    await waitForServer();
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // tsx keeps function names with a helper that functions sent into the page expect to find there
    await page.addInitScript('globalThis.__name = (f) => f');
    const t0 = Date.now();
    await page.goto(URL);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    const toTitle = Date.now() - t0;
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /^Play Northmoor/ }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: /Take your seat/ }).click();
    await page.getByRole('heading', { name: 'Quarter 1 of 16' }).waitFor();
    const toBoard = Date.now() - t0;

    await page.getByRole('button', { name: 'Open the agenda' }).click();
    await page.waitForTimeout(500);
    const fps = await page.evaluate(() => new Promise<number>((resolve) => {
      let frames = 0; const start = performance.now();
      const tick = () => { frames++; if (performance.now() - start < 3000) requestAnimationFrame(tick); else resolve((frames * 1000) / (performance.now() - start)); };
      requestAnimationFrame(tick);
    }));

    // a key press on a decision card, to the next painted frame showing the change
    const card = page.locator('.card-button').first();
    await card.focus();
    await page.evaluate(() => {
      // a running frame counter: a change made before the next animation frame is painted in that frame
      const w = window as unknown as { __press: { ms: number; nextFrame: boolean }[]; __frame: number };
      w.__press = []; w.__frame = 0;
      const count = () => { w.__frame++; requestAnimationFrame(count); };
      requestAnimationFrame(count);
      document.addEventListener('keydown', () => {
        const t0 = performance.now(); const frame = w.__frame;
        const obs = new MutationObserver(() => { obs.disconnect(); w.__press.push({ ms: performance.now() - t0, nextFrame: w.__frame === frame }); });
        obs.observe(document.getElementById('app')!, { subtree: true, childList: true, attributes: true });
      }, { capture: true });
    });
    for (let i = 0; i < 20; i++) { await page.keyboard.press('Enter'); await page.waitForTimeout(60); }
    const presses = await page.evaluate(() => (window as unknown as { __press: { ms: number; nextFrame: boolean }[] }).__press);
    const press = presses.map((p) => p.ms).sort((a, b) => a - b);
    const inNextFrame = presses.filter((p) => p.nextFrame).length;

    const cdp = await page.context().newCDPSession(page);
    const heap = async () => { await cdp.send('HeapProfiler.collectGarbage'); return (await cdp.send('Runtime.getHeapUsage')).usedSize; };
    // the same heap without V8's compiled code (which grows as more functions are optimised): what the game keeps
    const objects = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const chunks: string[] = [];
      const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
      cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
      const snap = JSON.parse(chunks.join(''));
      const fields: string[] = snap.snapshot.meta.node_fields;
      const types: string[] = snap.snapshot.meta.node_types[0];
      const [ti, si, n] = [fields.indexOf('type'), fields.indexOf('self_size'), fields.length];
      let bytes = 0;
      for (let i = 0; i < snap.nodes.length; i += n) if (types[snap.nodes[i + ti]] !== 'code') bytes += snap.nodes[i + si];
      return bytes;
    };
    await playOneGame(page);
    const afterOne = await heap();
    const objectsAfterOne = await objects();
    for (let g = 0; g < 9; g++) {
      await page.getByRole('button', { name: 'Play this scenario again' }).click();
      await page.getByRole('button', { name: /Take your seat/ }).click();
      await playOneGame(page);
    }
    const afterTen = await heap();
    const objectsAfterTen = await objects();
    const extra = Number(process.env.EXTRA_GAMES ?? 0); // to tell a leak (keeps growing) from a plateau
    for (let g = 0; g < extra; g++) {
      await page.getByRole('button', { name: 'Play this scenario again' }).click();
      await page.getByRole('button', { name: /Take your seat/ }).click();
      await playOneGame(page);
    }
    if (extra) console.log(`JS heap after ${10 + extra} games: ${((await heap()) / 1024).toFixed(1)} kB`);
    await browser.close();

    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    console.log(`JavaScript: ${size.files} files, ${kb(size.raw)} raw, ${kb(size.gzip)} gzip (budget 450 kB)`);
    console.log(`navigation -> interactive title: ${toTitle} ms`);
    console.log(`navigation -> first board screen (four clicks): ${toBoard} ms`);
    console.log(`board screen: ${fps.toFixed(1)} fps over 3 s (budget 55)`);
    console.log(`key press -> page changed: median ${press[Math.floor(press.length / 2)]?.toFixed(1)} ms, worst ${press[press.length - 1]?.toFixed(1)} ms; painted in the very next frame for ${inNextFrame} of ${presses.length} presses`);
    console.log(`JS heap after one game ${kb(afterOne)}, after ten ${kb(afterTen)}: ${(((afterTen - afterOne) / afterOne) * 100).toFixed(1)}% growth (budget 10%)`);
    console.log(`  of which not compiled code: ${kb(objectsAfterOne)} -> ${kb(objectsAfterTen)}: ${(((objectsAfterTen - objectsAfterOne) / objectsAfterOne) * 100).toFixed(1)}% growth`);
  } finally {
    try { process.kill(-server.pid!, 'SIGTERM'); } catch { /* already gone */ }
  }
}

main().catch((e: unknown) => { console.error(e); process.exitCode = 1; });
