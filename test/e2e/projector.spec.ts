// The room on the projector: eight teams and their shared chart on one screen at 1280x720 and at 1920x1080, with the
// pause's release word and the clock, and none of what the trainer types.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from './flows';
import { screenshot, watchConsole } from './helpers';

/** axe: no serious or critical violations on what the room shows. */
async function axe(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  expect(bad, `axe on the ${what}`).toEqual([]);
}

for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
  test(`eight teams fit the projector at ${size.width}x${size.height}`, async ({ page }) => {
    const problems = watchConsole(page);
    await page.setViewportSize(size);
    await createWorkshop(page, { teams: ['Red', 'Blue', 'Green', 'Amber', 'Violet', 'Teal', 'Black', 'Ochre'], pauses: '2: What did the numbers tell you?', minutes: 6 });
    await page.getByRole('button', { name: 'Show on the projector' }).click();
    const cards = page.locator('.projector-team');
    await expect(cards).toHaveCount(8);
    for (const box of [...(await cards.all()), page.locator('.projector-chart')]) {
      const b = (await box.boundingBox())!;
      expect(b.y + b.height, 'on the first screen').toBeLessThanOrEqual(size.height);
      expect(b.x + b.width).toBeLessThanOrEqual(size.width);
    }
    await expect(page.getByRole('timer')).toContainText('6 minutes a quarter');
    for (const hidden of ['textarea', '.session-code', 'svg[aria-label^="QR code"]', '#room-code']) {
      expect(await page.locator(hidden).filter({ visible: true }).count(), `${hidden} is projected`).toBe(0);
    }
    await screenshot(page, `projector-${size.width}x${size.height}`);
    await axe(page, 'projector view');
    await page.getByRole('button', { name: 'Back to the desk view' }).click();
    await expect(page.getByLabel('Team code')).toBeVisible();
    await axe(page, 'room\'s desk view');
    expect(problems).toEqual([]);
  });
}
