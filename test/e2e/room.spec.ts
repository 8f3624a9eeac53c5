// The board room: the members drawn at the table over the briefing's slot, speaking in turn the lines the page lists;
// the room sleeps between turns and wakes for the next speaker (not at all when motion is reduced); a pressure crossing
// a threshold is played out with its caption and said to screen readers.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chooseFirstAvailable, NORTHMOOR, pastTheCheck, resolveQuarter, startScenario } from './flows';
import { openTitle, screenshot, watchConsole } from './helpers';

const canvas = (page: Page) => page.locator('#stage canvas');

/** A PNG of the room's slot, with or without the stage's canvas over it. */
async function roomPicture(page: Page, withStage = true): Promise<Buffer> {
  await canvas(page).evaluate((el, show) => { (el as HTMLElement).style.visibility = show ? '' : 'hidden'; }, withStage);
  const picture = await page.locator('#room-slot').screenshot({ animations: 'disabled' });
  await canvas(page).evaluate((el) => { (el as HTMLElement).style.visibility = ''; });
  return picture;
}

test('the briefing opens on the room: members drawn at the table, their lines listed in the page and spoken in turn', async ({ page }) => {
  const problems = watchConsole(page);
  await startScenario(page, NORTHMOOR);
  const slot = page.locator('#room-slot');
  await expect(slot).toBeVisible();
  await expect(slot).toHaveAttribute('aria-hidden', 'true');
  // the room is in view at the top of the quarter, above the quarter's business
  const box = (await slot.boundingBox())!;
  expect(box.y + box.height).toBeLessThan(720);
  // what the members say: at most three, each with who says it, in the page for every reader
  const voices = page.getByRole('region', { name: 'What the members say' }).locator('li');
  const n = await voices.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThanOrEqual(3);
  await expect(voices.first().locator('strong')).toHaveText(/Director|chair|Inspector|nurse|education/i);
  // the stage draws the room over the slot (the picture differs with and without it), then sleeps
  await expect(canvas(page)).toHaveAttribute('data-drawing', 'no', { timeout: 10_000 });
  expect((await roomPicture(page, true)).equals(await roomPicture(page, false))).toBe(false);
  await screenshot(page, 'room-briefing');
  // between turns nothing moves and the stage sleeps; it wakes when the next member's turn comes
  if (n > 1) {
    const first = await roomPicture(page);
    await expect.poll(async () => (await roomPicture(page)).equals(first), { timeout: 15_000, intervals: [1000] }).toBe(false);
  }
  // pointing at a line in the page shows that member speaking
  await expect(canvas(page)).toHaveAttribute('data-drawing', 'no', { timeout: 15_000 });
  const before = await roomPicture(page);
  await voices.nth(n - 1).hover();
  await voices.first().hover();
  await expect.poll(async () => (await roomPicture(page)).equals(before), { timeout: 5_000 }).toBe(false);
  // the agenda takes the whole column: no room while the board chooses
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  await expect(page.locator('#room-slot')).toHaveCount(0);
  // after the quarter resolves the room is there again, smaller, above the results
  await chooseFirstAvailable(page);
  await resolveQuarter(page);
  await expect(page.locator('#room-slot.compact')).toBeVisible();
  // and the pressures as three large meters across the column, drawn over their slot
  const meters = page.locator('#meters-slot');
  await expect(meters).toBeVisible();
  expect((await meters.boundingBox())!.width).toBeGreaterThan(400);
  await expect(canvas(page)).toHaveAttribute('data-drawing', 'no', { timeout: 10_000 });
  const withStage = await meters.screenshot();
  await canvas(page).evaluate((el) => { (el as HTMLElement).style.visibility = 'hidden'; });
  expect(withStage.equals(await meters.screenshot())).toBe(false);
  await canvas(page).evaluate((el) => { (el as HTMLElement).style.visibility = ''; });
  await screenshot(page, 'room-resolution-meters');
  expect(problems).toEqual([]);
});

test('with motion reduced the members do not take turns on their own: the room stays still until the player points', async ({ page }) => {
  await openTitle(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Reduce motion').check();
  await page.getByRole('button', { name: /^Back/ }).click();
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: `Play ${NORTHMOOR}` }).click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await pastTheCheck(page);
  await page.getByRole('button', { name: /Take your seat/ }).click();
  await expect(canvas(page)).toHaveAttribute('data-drawing', 'no', { timeout: 10_000 });
  const still = await roomPicture(page);
  await page.waitForTimeout(9_500); // longer than any speaker's turn
  expect((await roomPicture(page)).equals(still)).toBe(true);
  await expect(canvas(page)).toHaveAttribute('data-drawing', 'no');
});

test('a pressure crossing a threshold is an event in the room, captioned and announced', async ({ page }) => {
  const problems = watchConsole(page);
  // the guided start with the press already warm and staying so, and the Courier's story in the first quarter; the
  // council trusts the board well enough that the telephone does not ring too (a warm press costs confidence)
  const text = readFileSync('scenarios/first-meeting.scenario.yaml', 'utf8')
    .replace(/^id: .*$/m, 'id: warm-press').replace(/^title: .*$/m, 'title: Warm press')
    .replace('incidents: false', 'incidents: false\nstart: { media_heat: 40, political_confidence: 90 }\nrest: { media_heat: 40, political_confidence: 90 }')
    .replace(/(id: local_news\n {4}kind: scheduled\n {4}at: )\[2\]/, '$1[1]');
  expect(text).toContain('at: [1]\n    from: The Northmoor Courier');
  await openTitle(page);
  await page.getByRole('button', { name: 'New game' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a scenario file…' }).click();
  await (await chooser).setFiles([{ name: 'warm.scenario.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) }]);
  await page.getByRole('button', { name: 'Play Warm press' }).click();
  const note = page.getByRole('button', { name: 'Continue', exact: true });
  if (await note.count()) await note.click();
  await pastTheCheck(page);
  await page.getByRole('button', { name: /Take your seat/ }).click();
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  await chooseFirstAvailable(page);
  await page.getByRole('button', { name: /^Resolve the quarter/ }).click();
  await expect(page.locator('#captions')).toContainText('[The television in the corner: the local news leads on the board]');
  await expect(page.locator('#announcer')).toContainText('The television in the corner: the local news leads on the board');
  await screenshot(page, 'room-threshold');
  expect(problems).toEqual([]);
});
