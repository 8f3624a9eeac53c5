// The check in a workshop: a team answers it before and after its Northmoor game, sends its game and its check code,
// and the trainer sees the room's change by construct, downloads the commissioner's spreadsheet and prints the page.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { answerAfterCheckBest, answerCheckFirst, liftTheFog, NORTHMOOR_CHECK as check, playToDebrief } from './flows';
import { openTitle, screenshot, watchConsole } from './helpers';

test.use({ actionTimeout: 20_000 });

test('a team\'s check reaches the room beside its game: the change by construct, a spreadsheet and a one-page summary', async ({ browser, page }) => {
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  await openTitle(page);
  await page.getByRole('button', { name: 'Run a workshop' }).click();
  await page.getByLabel('Scenario').selectOption('northmoor');
  await page.getByLabel(/Teams \(one name per line/).fill('Kestrels\nOtters');
  await page.getByLabel(/Pause points/).fill(''); // no pause: this test is about the check
  await page.getByRole('button', { name: 'Create the session' }).click();
  await expect(page.getByRole('heading', { name: 'What the room learned: the check before and after' })).toBeVisible();
  await expect(page.getByText('No team has sent its check yet.')).toBeVisible();
  const link = (await page.locator('.link-text').textContent())!.trim();

  const team = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  const teamProblems = watchConsole(team);
  await team.goto(link.replace(/^https?:\/\/[^/]+/, 'http://127.0.0.1:4173'));
  await team.getByRole('button', { name: /^Join as Kestrels/ }).click();
  await team.getByRole('button', { name: 'Continue', exact: true }).click();
  await answerCheckFirst(team);
  await team.getByRole('button', { name: 'Done: on to the briefing' }).click();
  await team.getByRole('button', { name: /Take your seat/ }).click();
  await playToDebrief(team);
  await liftTheFog(team);
  await answerAfterCheckBest(team, '5: Very confident');
  await team.getByRole('button', { name: 'Done: show what changed for me' }).click();
  await team.getByRole('group', { name: 'How useful was this for your work?' }).getByRole('radio', { name: '4' }).check();
  const gameCode = (await team.getByTestId('team-code').textContent())!.trim();
  const checkCode = (await team.getByTestId('check-code').textContent())!.trim();
  expect(checkCode).toMatch(/^BTN2C-/);
  await screenshot(team, 'workshop-check-team-send');

  // typed at the front of the room: the game, then its check code
  await page.getByLabel('Team code').fill(gameCode);
  await page.getByRole('button', { name: 'Add the team\'s game' }).click();
  await page.getByLabel('Team code').fill(checkCode);
  await page.getByRole('button', { name: 'Add the team\'s game' }).click();
  const table = page.locator('.room-check table.check-room-table');
  await expect(table.getByRole('row', { name: /^Team 1/ })).toBeVisible();
  // before play each marked answer was the first; after, each the best: the room's "after" is 100% on every marked construct
  for (const c of check.constructs.filter((x) => !check.items.some((i) => i.construct === x.id && i.scale))) {
    const k = check.constructs.indexOf(c);
    await expect(table.getByRole('row', { name: /^The room/ }).getByRole('cell').nth(k)).toContainText('→ 100%');
  }
  await expect(table.getByRole('row', { name: /^Team 1/ }).getByRole('cell').last()).toHaveText('4');
  await screenshot(page, 'workshop-check-room');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the check for a commissioner (CSV)' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv).not.toContain('Kestrels');
  expect(csv.split('\r\n').filter((l) => l.includes('Team 1'))).toHaveLength(check.constructs.length);

  // the one-page summary, as it prints
  await page.evaluate(() => document.documentElement.classList.add('print-summary'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.check-summary')).toBeVisible();
  await expect(page.locator('.room-teams')).toBeHidden();
  await expect(page.locator('.print-pack')).toBeHidden();
  await page.screenshot({ path: 'test-results/screens/workshop-check-summary-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  expect([...problems, ...teamProblems]).toEqual([]);
});
