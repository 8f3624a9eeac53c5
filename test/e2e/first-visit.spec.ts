// A first visit: the title shows the board room, not the lesson, and the chooser puts the guided start first.
import { expect, test } from '@playwright/test';
import { TUTORIAL } from './flows';
import { openTitle, screenshot } from './helpers';

test('a first-time player sees the room on the title and is offered the guided start first', async ({ page }) => {
  await openTitle(page);
  const art = page.getByRole('img', { name: /board room/ });
  await expect(art).toBeVisible();
  // the title names the setting; what the figures hide is the debrief's to show
  const words = `${await art.getAttribute('aria-label')} ${await page.locator('.title-card').innerText()}`;
  expect(words).not.toMatch(/drift|beneath|what children get|truth/i);
  await screenshot(page, 'title-first-visit');
  await page.getByRole('button', { name: 'New game' }).click();
  const first = page.locator('.scenario-card').first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(TUTORIAL);
  await expect(first).toContainText('New to the game? Start here.');
  // the designer's way in comes after the scenarios
  const cards = await page.locator('.scenario-card').count();
  expect(cards).toBeGreaterThan(1);
  const fileBox = await page.getByRole('button', { name: 'Open a scenario file…' }).boundingBox();
  const lastCard = await page.locator('.scenario-card').last().boundingBox();
  expect(fileBox!.y).toBeGreaterThan(lastCard!.y);
  await screenshot(page, 'chooser-first-visit');
});
