// `npm run screenshots`: takes the README's screenshots of the built game in headless Chromium (reduced motion, so
// charts are drawn whole). Run `npx vite build` first. DPR=2 takes them as a high-density laptop display would.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const PORT = 4183;
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  await new Promise((r) => setTimeout(r, 2500));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', deviceScaleFactor: Number(process.env.DPR ?? 1) });
  const click = (name: string | RegExp) => page.getByRole('button', { name }).first().click();
  await page.addInitScript('globalThis.__name = (f) => f');
  const shot = async (path: string) => {
    await page.evaluate(() => { window.scrollTo(0, 0); document.getElementById('captions')!.hidden = true; });
    await page.waitForTimeout(300);
    await page.screenshot({ path });
  };
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await click('New game');
  await shot('docs/screenshots/chooser.png');
  await click(/^Play Northmoor/);
  await click('Continue');
  await click(/Take your seat/);
  for (let q = 1; q <= 16; q++) {
    if (q === 3) await shot('docs/screenshots/board.png');
    await click('Open the agenda');
    for (const name of [/Visit front-line teams/, /practice workshop/, /shared learning event/]) {
      const card = page.getByRole('button', { name });
      // a card folded away under "Not open this quarter" is not there to pick
      if ((await card.count()) && (await card.getAttribute('aria-disabled')) !== 'true') await card.click();
    }
    if (q === 3) {
      await shot('docs/screenshots/agenda.png'); // the agenda at a glance: every open card on one screen
      await click('Show the descriptions'); // each card with its description
      await shot('docs/screenshots/agenda-short.png');
      await click('Show the descriptions');
    }
    await click(/Resolve the quarter/);
    const note = page.getByRole('button', { name: /Continue to the quarter's results/ });
    if (await note.count()) await note.click();
    await click('Open the inbox');
    while (await page.locator('.choices button').count()) await page.locator('.choices button').last().click();
    await click(/End the (final )?quarter/);
    if (await page.getByRole('button', { name: 'Open the debrief' }).count()) break;
  }
  await click('Open the debrief');
  await shot('docs/screenshots/debrief-fog.png'); // the dashboard over its fog, before the player lifts it
  await click('Lift the fog');
  await page.getByRole('button', { name: /Why practice quality moved this quarter/ }).nth(6).click();
  await page.getByRole('button', { name: 'Show a learning board with the same luck' }).click();
  await shot('docs/screenshots/debrief.png');
  await page.locator('.cause-web').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 20));
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshots/debrief-web.png' });
  await browser.close();
} finally {
  try { process.kill(-server.pid!, 'SIGTERM'); } catch { /* gone */ }
}
