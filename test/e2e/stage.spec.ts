// The Phaser stage draws only while something on it can change: at rest it sleeps and its last picture stays on
// screen; the page moving or the game changing wakes it, and the dials follow.
import { expect, test, type Page } from '@playwright/test';
import { answerAll, chooseFirstAvailable, NORTHMOOR, resolveQuarter, startScenario } from './flows';
import { screenshot, watchConsole } from './helpers';

const canvas = (page: Page) => page.locator('#stage canvas');

/** A PNG of the dials' slot, with or without the stage's canvas showing. */
async function slotPicture(page: Page, withStage: boolean): Promise<Buffer> {
  await canvas(page).evaluate((el, show) => { (el as HTMLElement).style.visibility = show ? '' : 'hidden'; }, withStage);
  const picture = await page.locator('#stage-slot').screenshot({ animations: 'disabled' });
  await canvas(page).evaluate((el) => { (el as HTMLElement).style.visibility = ''; });
  return picture;
}

test('the stage sleeps when the board is still, keeps its dials on screen, and wakes when the page or the game moves', async ({ page }) => {
  const problems = watchConsole(page);
  await startScenario(page, NORTHMOOR);
  await expect(canvas(page)).toHaveAttribute('data-drawing', 'no', { timeout: 10_000 });
  // asleep, the dials are still drawn over the slot
  expect((await slotPicture(page, true)).equals(await slotPicture(page, false))).toBe(false);

  // scrolling moves the slot: the stage wakes, draws the dials where the slot now is, and sleeps again
  await page.evaluate(() => { (window as unknown as { __woke: boolean }).__woke = false; });
  await page.evaluate(() => {
    const c = document.querySelector<HTMLElement>('#stage canvas')!;
    new MutationObserver(() => { if (c.dataset.drawing === 'yes') (window as unknown as { __woke: boolean }).__woke = true; }).observe(c, { attributes: true });
  });
  await page.mouse.wheel(0, 120);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __woke: boolean }).__woke)).toBe(true);
  await expect(canvas(page)).toHaveAttribute('data-drawing', 'no', { timeout: 10_000 });
  expect((await slotPicture(page, true)).equals(await slotPicture(page, false))).toBe(false);

  // the quarter's figures arrive when it ends, its pressures at once: the stage draws the needles moving, then sleeps
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  await chooseFirstAvailable(page);
  const before = await slotPicture(page, true);
  await resolveQuarter(page);
  // the changes are listed, and the numbers say they are still last quarter's report
  await expect(page.locator('.as-reported')).toHaveText(/reach the board when it ends/);
  // but pressure is felt at once: the dials have already swung to the quarter's new pressures
  await expect(page.getByRole('heading', { name: 'Pressure on the board, as felt now' })).toBeVisible();
  await expect(canvas(page)).toHaveAttribute('data-drawing', 'no', { timeout: 10_000 });
  expect((await slotPicture(page, true)).equals(before)).toBe(false);
  await screenshot(page, 'board-resolution-as-reported');
  await page.getByRole('button', { name: 'Open the inbox' }).click();
  await answerAll(page);
  await page.getByRole('button', { name: 'End the quarter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quarter 2 of 16' })).toBeVisible();
  await expect(page.locator('.as-reported')).toHaveCount(0);
  await expect(canvas(page)).toHaveAttribute('data-drawing', 'no', { timeout: 10_000 });
  expect((await slotPicture(page, true)).equals(before)).toBe(false);
  expect(problems).toEqual([]);
});

test.describe('on a high-density display', () => {
  test.use({ deviceScaleFactor: 2 });

  test('the stage has a pixel for each screen pixel of its slots and draws the dials there', async ({ page }) => {
    const problems = watchConsole(page);
    await startScenario(page, NORTHMOOR);
    await expect(canvas(page)).toHaveAttribute('data-drawing', 'no', { timeout: 10_000 });
    const size = await canvas(page).evaluate((el) => {
      const c = el as HTMLCanvasElement;
      // the slots on show in the briefing: the dials' and the room's
      const a = document.querySelector('#stage-slot')!.getBoundingClientRect();
      const b = document.querySelector('#room-slot')!.getBoundingClientRect();
      const box = c.getBoundingClientRect();
      return { pixels: [c.width, c.height], css: [box.width, box.height], slots: [Math.max(a.right, b.right) - Math.min(a.left, b.left), Math.max(a.bottom, b.bottom) - Math.min(a.top, b.top)] };
    });
    expect(size.pixels).toEqual(size.css.map((n) => Math.round(n * 2)));
    // the canvas covers the box around its slots (with a small margin for strokes on their edges), not the window
    expect(size.css[0]).toBeGreaterThanOrEqual(size.slots[0]);
    expect(size.css[0]).toBeLessThan(size.slots[0] + 40);
    expect(size.css[1]).toBeLessThan(size.slots[1] + 40);
    expect(size.css[0]).toBeLessThan(1280 - 300); // the practice column is not under it
    expect((await slotPicture(page, true)).equals(await slotPicture(page, false))).toBe(false);
    expect(problems).toEqual([]);
  });
});
