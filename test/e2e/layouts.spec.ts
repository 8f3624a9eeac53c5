import { expect, test, type Page } from '@playwright/test';
import { answerAll, liftTheFog, openCourierStory, playToDebrief, resolveQuarter, settle, startScenario, TUTORIAL } from './flows';
import { screenshot, watchConsole } from './helpers';

test.use({ actionTimeout: 15_000 });

const SIZES: { width: number; height: number; largest?: boolean; projector?: boolean }[] = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 }, // a phone held upright
  { width: 390, height: 844, largest: true }, // and with the largest text
  { width: 1280, height: 720, largest: true },
  { width: 1920, height: 1080, projector: true }, // the room's projector, read from the back
];

// the boxes text lives in: each must hold its text without it spilling sideways
const BOXES = '.card, .panel, .letter, .debrief-section, .title-card, .scenario-card';

/** No sideways scrolling of the page, and no box whose content is wider than the box. */
async function expectNoOverflow(page: Page, where: string): Promise<void> {
  const found = await page.evaluate((selector) => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 50)}"`;
    const doc = document.documentElement;
    const overflowing = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => {
        // the widest thing inside, to say what spills
        const box = el.getBoundingClientRect();
        const culprit = [...el.querySelectorAll('*')].find((c) => c.getBoundingClientRect().right > box.right + 1 || c.getBoundingClientRect().left < box.left - 1);
        return `${describe(el)} scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}${culprit ? `; spills: ${describe(culprit)}` : ''}`;
      });
    const wide = [...document.querySelectorAll('#app *')].filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map(describe);
    return { scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, overflowing, wide };
  }, BOXES);
  expect.soft(found.scrollWidth, `${where}: the page scrolls sideways; past the right edge: ${found.wide.join(' | ')}`).toBeLessThanOrEqual(found.innerWidth + 1);
  expect.soft(found.overflowing, `${where}: text overflows its box`).toEqual([]);
}

for (const size of SIZES) {
  const name = `${size.width}x${size.height}${size.largest ? '-largest-text' : ''}${size.projector ? '-projector' : ''}`;
  test.describe(`at ${name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test(`the board and the debrief fit a ${name} screen without sideways scrolling or overflowing text`, async ({ page }) => {
      const problems = watchConsole(page);
      const check = async (screen: string) => {
        await screenshot(page, `layout-${name}-${screen}`);
        await settle(page);
        await expectNoOverflow(page, `${name} ${screen}`);
      };
      if (size.largest) await page.addInitScript(() => localStorage.setItem('btn.display.v1', JSON.stringify({ textScale: 1.5 })));
      if (size.projector) await page.addInitScript(() => localStorage.setItem('btn.display.v1', JSON.stringify({ projector: true })));
      await startScenario(page, TUTORIAL);
      if (size.largest || size.projector) await expect(page.locator('html')).toHaveCSS('font-size', '24px');
      // on the projector the board uses the whole width
      if (size.projector) expect((await page.locator('main').boundingBox())!.width).toBeGreaterThan(1800);
      await check('board-briefing');
      await page.getByRole('button', { name: 'Open the agenda' }).click();
      await page.getByRole('button', { name: 'Visit front-line teams and listen' }).click();
      await page.getByRole('button', { name: 'Hold a multi-agency practice workshop' }).click();
      await check('board-agenda');
      await resolveQuarter(page);
      await expect(page.getByRole('heading', { name: 'Quarter 1: what happened' })).toBeVisible();
      await check('board-resolution');
      await page.getByRole('button', { name: 'Open the inbox' }).click();
      await check('board-inbox');
      await answerAll(page);
      await page.getByRole('button', { name: 'End the quarter' }).click();
      // quarter 2: the Courier's story, with its content note opened
      await openCourierStory(page);
      await check('board-inbox-courier');
      await answerAll(page);
      await page.getByRole('button', { name: 'End the quarter' }).click();

      await playToDebrief(page);
      await check('debrief-fog');
      await liftTheFog(page);
      await check('debrief');
      // the pressures chart keeps a readable height and key on every screen (its key is page text, not scaled drawing)
      expect((await page.locator('.pressure-chart').boundingBox())!.height).toBeGreaterThanOrEqual(120);
      for (const key of await page.locator('.pressure-figure .legend span').all()) {
        expect(parseFloat(await key.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(13);
      }
      await page.getByLabel('Branch at').selectOption('1');
      await page.getByLabel('Agree a media strategy').check();
      await page.getByRole('button', { name: 'Run the "what if"' }).click();
      await expect(page.locator('.whatif-result')).not.toBeEmpty();
      await page.getByText('Show the chart as a table').click();
      await page.getByText('Show the pressures as a table').click();
      await expect(page.locator('.reveal-table')).toHaveCount(2);
      await expect(page.locator('.reveal-table').last()).toBeVisible();
      await page.locator('.reveal-table').first().evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 60));
      await check('debrief-tables');
      expect(problems).toEqual([]);
    });
  });
}
