// The first screen is the page's own: the title (or a workshop link's join screen) is drawn and usable before the
// board room's visuals load, and the bundled scenarios start without the YAML parser; the stage arrives with the room.
import { expect, test, type Page } from '@playwright/test';
import { NORTHMOOR, pastTheCheck } from './flows';
import { watchConsole } from './helpers';

function scripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') seen.push(new URL(r.url()).pathname); });
  return seen;
}

test('the title is usable before Phaser loads, and the stage comes with the board room', async ({ page }) => {
  const problems = watchConsole(page);
  const seen = scripts(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  // nothing has touched the page yet: neither Phaser nor the file opener (the YAML parser) has been fetched
  expect(seen.some((s) => /\/phaser-/.test(s))).toBe(false);
  expect(seen.some((s) => /\/open-file-/.test(s))).toBe(false);
  await expect(page.locator('#stage canvas')).toHaveCount(0);
  // the board needs the room: the stage loads and draws
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: `Play ${NORTHMOOR}` }).click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await pastTheCheck(page);
  await page.getByRole('button', { name: /Take your seat/ }).click();
  await expect(page.locator('#stage canvas')).toHaveCount(1, { timeout: 20_000 });
  expect(seen.some((s) => /\/phaser-/.test(s))).toBe(true);
  expect(seen.some((s) => /\/open-file-/.test(s))).toBe(false); // bundled scenarios need no parser
  expect(problems).toEqual([]);
});

test('a workshop link opens its join screen at once, without the stage', async ({ page }) => {
  const seen = scripts(page);
  await page.goto('/#join=BTN1S-NOT-A-CODE');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox').first()).toBeVisible();
  expect(seen.some((s) => /\/phaser-/.test(s))).toBe(false);
  // nor the QR reader, which comes only when a scan starts
  expect(seen.some((s) => /\/jsQR-/.test(s))).toBe(false);
});
