// The agenda at a glance: every decision open this quarter on one 1280x720 screen with Resolve in view, the others
// folded away with their reasons, each card's description in the strip under the cards and in its accessible
// description, and the choice to show every description remembered.
import { expect, test } from '@playwright/test';
import { chooseFirstAvailable, NORTHMOOR, startScenario } from './flows';
import { screenshot, watchConsole } from './helpers';

test('the agenda fits one screen, explains the card in hand, and remembers the choice to show descriptions', async ({ page }) => {
  const problems = watchConsole(page);
  await startScenario(page, NORTHMOOR);
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  await expect(page.locator('.agenda-chosen')).toHaveText(/^Nothing chosen yet/);
  // every card open now, and Resolve, inside the window without scrolling
  const viewport = page.viewportSize()!;
  const open = page.locator('.cards.glance:not(.closed) .card-button');
  expect(await open.count()).toBeGreaterThan(20);
  for (const box of await open.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.bottom).toBeLessThanOrEqual(viewport.height);
    expect(box.right).toBeLessThanOrEqual(viewport.width);
  }
  const resolve = page.getByRole('button', { name: /Resolve the quarter/ });
  expect((await resolve.boundingBox())!.y + (await resolve.boundingBox())!.height).toBeLessThanOrEqual(viewport.height);
  await screenshot(page, 'board-agenda-at-a-glance');

  // the card in hand is read in the strip, and a screen reader hears the same description with the card
  const title = await chooseFirstAvailable(page);
  await expect(page.locator('.agenda-chosen')).toHaveText(`Chosen: ${title}.`);
  const card = page.getByRole('button', { name: title });
  await card.focus();
  const text = (await page.locator('.card.chosen .card-desc > p').first().textContent())!.trim();
  await expect(page.locator('.card-detail')).toContainText(text.slice(0, 40));
  await expect(card).toHaveAccessibleDescription(new RegExp(text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

  // the decisions not open this quarter are folded away, each with its reason
  const notOpen = page.getByText(/^Not open this quarter \(\d+\), and why$/);
  await notOpen.click();
  await expect(page.locator('.cards.closed .reason').first()).toBeVisible();
  await screenshot(page, 'board-agenda-not-open');

  // every description on the cards, remembered across a reload
  const toggle = page.getByRole('button', { name: 'Show the descriptions' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toBeFocused();
  await expect(page.locator('.card.chosen .card-desc > p').first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: /^Continue: / }).first().click();
  await expect(page.getByRole('button', { name: 'Show the descriptions' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Decision descriptions on the agenda')).toBeChecked();
  expect(problems).toEqual([]);
});
