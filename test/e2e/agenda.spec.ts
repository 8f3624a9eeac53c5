// The agenda on a long scenario: short cards fold the descriptions away (still read out with each card), the chosen
// decisions are listed in one line, and the choice of card size is remembered across a reload.
import { expect, test } from '@playwright/test';
import { chooseFirstAvailable, NORTHMOOR, startScenario } from './flows';
import { screenshot, watchConsole } from './helpers';

test('short decision cards keep each description for screen readers, list what is chosen and are remembered', async ({ page }) => {
  const problems = watchConsole(page);
  await startScenario(page, NORTHMOOR);
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  await expect(page.locator('.agenda-chosen')).toHaveText(/^Nothing chosen yet/);
  const title = await chooseFirstAvailable(page);
  await expect(page.locator('.agenda-chosen')).toHaveText(`Chosen: ${title}.`);

  const card = page.getByRole('button', { name: title });
  const description = page.locator('.card.chosen .card-desc > p').first();
  const text = (await description.textContent())!.trim();
  expect(text.length).toBeGreaterThan(40);
  const listHeight = async () => (await page.locator('.cards').boundingBox())!.height;
  const tall = await listHeight();

  const toggle = page.getByRole('button', { name: 'Show the descriptions' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toBeFocused();
  // gone from the screen, not from the card: a screen reader still hears it with the card
  expect(await description.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  await expect(card).toHaveAccessibleDescription(new RegExp(text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  expect(await listHeight()).toBeLessThan(tall * 0.6);
  await screenshot(page, 'board-agenda-short-cards');

  await page.reload();
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: /^Continue: / }).first().click();
  await expect(page.getByRole('button', { name: 'Show the descriptions' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.cards')).toHaveClass(/short/);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Short decision cards')).toBeChecked();
  expect(problems).toEqual([]);
});
