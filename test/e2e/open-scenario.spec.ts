import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openTitle, screenshot, watchConsole } from './helpers';

const tutorial = readFileSync('scenarios/first-meeting.scenario.yaml', 'utf8');

test('a scenario file opened in the game is checked, its errors shown with their lines, and a sound one can be played', async ({ page }) => {
  const problems = watchConsole(page);
  await openTitle(page);
  await page.getByRole('button', { name: 'New game' }).click();
  const broken = tutorial.replace('effects: {', 'effects: { media_heet: 3, ');
  const hostile = tutorial.replace(/^id: .*$/m, 'id: hostile').replace(/^title: .*$/m, 'title: "<img src=x onerror=alert(1)> Hostile title"');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a scenario file…' }).click();
  await (await chooser).setFiles([
    { name: 'broken.scenario.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) },
    { name: 'hostile.scenario.yaml', mimeType: 'text/yaml', buffer: Buffer.from(hostile) },
  ]);
  const errors = page.locator('.scenario-card.broken pre');
  await expect(errors).toContainText(/broken\.scenario\.yaml:\d+:\d+ error SC0102 unknown variable 'media_heet' - did you mean 'media_heat'\?/);
  await expect(errors).toContainText('^^^');
  await expect(page.getByRole('heading', { name: '<img src=x onerror=alert(1)> Hostile title' })).toBeVisible();
  expect(await page.locator('.scenario-list img').count()).toBe(0);
  await screenshot(page, 'chooser-opened-files');
  await page.getByRole('button', { name: /^Play <img/ }).click();
  const note = page.getByRole('button', { name: 'Continue' });
  if (await note.count()) await note.click();
  await page.getByRole('button', { name: /Take your seat/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quarter 1 of 4' })).toBeVisible();
  expect(problems).toEqual([]);
});
