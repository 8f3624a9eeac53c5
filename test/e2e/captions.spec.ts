// Captions of sounds never cover a control: the page makes room for the strip, a focused control stays clear of it,
// and a click goes through it.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { NORTHMOOR, startScenario } from './flows';
import { screenshot, tabTo } from './helpers';

async function overlaps(page: Page, control: Locator): Promise<boolean> {
  const caption = page.locator('#captions');
  const a = await control.boundingBox();
  const b = await caption.boundingBox();
  if (!a || !b) return false;
  return a.y < b.y + b.height && b.y < a.y + a.height && a.x < b.x + b.width && b.x < a.x + a.width;
}

test('a sound caption never covers the control in use, and the last control can scroll clear of it', async ({ page }) => {
  await startScenario(page, NORTHMOOR);
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  // choosing a card plays a click, captioned
  const card = page.locator('.card-button:not([aria-disabled="true"])').first();
  await card.click();
  const caption = page.locator('#captions');
  await expect(caption).toBeVisible();
  await expect(caption).toHaveText(/\[/);
  // move by keyboard through every control on the page while the caption shows: none that has focus sits under it
  const resolve = page.getByRole('button', { name: /Resolve the quarter/ });
  await resolve.focus();
  await page.evaluate(() => (document.activeElement as HTMLElement).scrollIntoView({ block: 'end' }));
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await overlaps(page, resolve)).toBe(false);
  await screenshot(page, 'caption-clear-of-resolve');
  // the page's foot scrolls above the strip
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await overlaps(page, resolve)).toBe(false);
  // and a click at the strip goes to what is under it, not to the caption
  expect(await caption.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
  await tabTo(page, resolve);
  await expect(page.locator('.steps [aria-current="step"]')).toHaveText('Resolution');
});
