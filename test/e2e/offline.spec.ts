// Offline play: the service worker precaches the whole build, so after one visit the game starts and plays with the
// network off; the manifest makes it installable; the single-file build plays from a file:// page (a USB stick).
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { NORTHMOOR, pastTheCheck, playQuarter } from './flows';
import { watchConsole } from './helpers';

const SINGLE_FILE = resolve('dist-single/index.html');

/** From the title screen (already loaded) to the board, quarter 1, by clicking. */
async function toFirstBoard(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: `Play ${NORTHMOOR}` }).click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await pastTheCheck(page);
  await page.getByRole('button', { name: /Take your seat/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quarter 1 of 16' })).toBeVisible();
}

/** Requests that failed or came back with an error status (fonts, sounds, scripts...). */
function watchRequests(page: Page): string[] {
  const failures: string[] = [];
  page.on('requestfailed', (r) => failures.push(`${r.url().slice(0, 120)}: ${r.failure()?.errorText ?? 'failed'}`));
  page.on('response', (r) => { if (r.status() >= 400) failures.push(`${r.url().slice(0, 120)}: ${r.status()}`); });
  return failures;
}

test('after one visit, the game starts and plays a quarter with the network off', async ({ page, context }) => {
  const problems = watchConsole(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible({ timeout: 20_000 });
  // the worker installs (precaching every file of the build) and activates; one reload puts the page under its control
  const cache = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.scriptURL ?? '';
  });
  expect(cache).toMatch(/\/sw\.js$/);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('beyond-the-numbers-'))!);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  expect(cached).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest', '/icon.svg', '/icon-192.png', '/icon-512.png']));
  expect(cached.some((p) => p.endsWith('.woff2'))).toBe(true);
  expect(cached.some((p) => p.endsWith('.wav'))).toBe(true);
  // every chunk, the ones fetched later too (Phaser with the board room, the file opener, the QR reader); not the live
  // tier's client, which is only ever loaded from a trainer's host (online by definition)
  const chunks = readdirSync('dist/assets').filter((f) => f.endsWith('.js') && !f.startsWith('live-')).map((f) => `/assets/${f}`);
  expect(cached.some((p) => p.includes('/live-'))).toBe(false);
  expect(chunks.length).toBeGreaterThan(1);
  expect(cached).toEqual(expect.arrayContaining(chunks));

  await context.setOffline(true);
  const failures = watchRequests(page);
  const served: string[] = [];
  page.on('response', (r) => { if (r.fromServiceWorker()) served.push(new URL(r.url()).pathname); });
  await page.reload();
  await toFirstBoard(page);
  await expect(page.locator('#stage canvas')).toHaveCount(1, { timeout: 20_000 }); // Phaser, fetched only now, from the cache
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('700 16px "Atkinson Hyperlegible"'))).toBe(true);
  await playQuarter(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Quarter 2 of 16' })).toBeVisible();
  expect(served).toContain('/');
  expect(served.some((p) => p.endsWith('.wav'))).toBe(true);
  expect(served.some((p) => p.endsWith('.woff2'))).toBe(true);
  expect(failures).toEqual([]);
  expect(problems).toEqual([]);
  await context.setOffline(false);
});

test('the web app manifest is served, valid and complete', async ({ request }) => {
  const page = await request.get('/');
  expect(await page.text()).toContain('<link rel="manifest" href="./manifest.webmanifest"');
  const response = await request.get('/manifest.webmanifest');
  expect(response.ok()).toBe(true);
  const manifest = JSON.parse(await response.text()) as Record<string, unknown> & { icons: { src: string; sizes: string; type: string }[] };
  expect(manifest).toMatchObject({
    name: 'Beyond the Numbers', start_url: './', display: 'standalone', theme_color: '#1f2a33', background_color: '#1f2a33',
  });
  expect(typeof manifest.short_name).toBe('string');
  expect(manifest.icons.length).toBeGreaterThan(0);
  for (const icon of manifest.icons) {
    const file = await request.get(`/${icon.src}`);
    expect(file.ok(), icon.src).toBe(true);
    expect(file.headers()['content-type'] ?? '').toContain(icon.type.split('+')[0]!);
  }
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['any', '192x192', '512x512']));
});

test('the single-file build plays from a file:// page', async ({ page }) => {
  test.setTimeout(120_000);
  execFileSync('npm', ['run', '--silent', 'build:single'], { stdio: 'pipe', timeout: 90_000 });
  expect(existsSync(SINGLE_FILE)).toBe(true);
  expect(statSync(SINGLE_FILE).size).toBeGreaterThan(1_000_000);
  const problems = watchConsole(page);
  const failures = watchRequests(page);
  await page.goto(`file://${SINGLE_FILE}`);
  await toFirstBoard(page);
  await expect(page.locator('#stage canvas')).toHaveCount(1, { timeout: 20_000 }); // the stage's code is in the page too
  // one page, no other file: every request is the page itself or a data:/blob: URL
  expect(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !/^(data|blob):/.test(n)))).toEqual([]);
  expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '')).toMatch(/script-src 'sha256-/);
  expect(await page.evaluate(() => 'serviceWorker' in navigator && navigator.serviceWorker.controller)).toBeFalsy();
  expect(failures).toEqual([]);
  expect(problems).toEqual([]);
});
