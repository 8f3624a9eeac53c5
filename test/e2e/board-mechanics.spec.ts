// What a player sees of the board's mechanics in Northmoor: a request to a partner is answered in the quarter's
// results, and a commitment shows on the agenda as budget already spoken for.
import { expect, test } from '@playwright/test';
import { NORTHMOOR, resolveQuarter, startScenario } from './flows';
import { screenshot, watchConsole } from './helpers';

test('a request to a partner comes back with the partner\'s answer, and a commitment holds part of next quarter\'s budget', async ({ page }) => {
  const problems = watchConsole(page);
  await startScenario(page, NORTHMOOR);
  await page.getByRole('button', { name: 'Open the agenda' }).first().click();
  await page.getByRole('button', { name: /Ask for permanent social workers to be recruited/ }).click();
  await page.getByRole('button', { name: /Tie team managers' pay to timescales/ }).click();
  await expect(page.locator('.agenda-chosen')).toContainText('Ask for permanent social workers');
  await screenshot(page, 'mechanics-agenda-q1');
  await resolveQuarter(page);
  const partners = page.getByRole('heading', { name: 'What the partners said' });
  await expect(partners).toBeVisible();
  await expect(page.locator('.asks li').first()).toHaveText(/Director of Children's Services (took up|turned down) the board's request: Ask for permanent social workers/);
  await screenshot(page, 'mechanics-partners-said');
  // the inbox, then the next quarter's agenda with the pay scheme's commitment
  await page.getByRole('button', { name: 'Open the inbox' }).click();
  for (let guard = 0; guard < 8 && await page.locator('.choices button').count(); guard++) await page.locator('.choices button').last().click();
  await page.getByRole('button', { name: /^End the quarter/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Quarter 2 of 16$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Open the agenda' }).first().click();
  await expect(page.locator('.agenda-status')).toContainText(/committed by earlier decisions/);
  await screenshot(page, 'mechanics-agenda-q2-committed');
  expect(problems).toEqual([]);
});
