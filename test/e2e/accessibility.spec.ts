import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerAll, liftTheFog, NORTHMOOR, openCourierStory, playToDebrief, resolveQuarter, settle, startScenario, TUTORIAL } from './flows';
import { openTitle, screenshot, watchConsole } from './helpers';

test.use({ actionTimeout: 15_000 });

/** Screenshot, then axe: no serious or critical violations, printed one per line if there are any. Minor ones are logged. */
async function audit(page: Page, screen: string): Promise<void> {
  await screenshot(page, `axe-${screen}`);
  await settle(page); // contrast is judged on what stays, not on rows still fading in
  const { violations } = await new AxeBuilder({ page }).analyze();
  const lines = (impacts: string[]) => violations.filter((v) => impacts.includes(v.impact ?? '')).flatMap((v) =>
    v.nodes.map((n) => `[${v.impact}] ${v.id}: ${v.help} — ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`));
  const minor = lines(['moderate', 'minor']);
  if (minor.length) console.log(`axe on ${screen}, moderate/minor:\n  ${minor.join('\n  ')}`);
  expect.soft(lines(['serious', 'critical']), `axe on the ${screen} screen`).toEqual([]);
  await expectNamedControls(page, screen);
}

/** Every visible button, link, input, select and summary has an accessible name. */
async function expectNamedControls(page: Page, screen: string): Promise<void> {
  const controls = await page.locator('button, a[href], input, select, textarea, summary').filter({ visible: true }).all();
  expect(controls.length, `controls on ${screen}`).toBeGreaterThan(0);
  for (const control of controls) await expect.soft(control, `a control on the ${screen} screen has no name`).toHaveAccessibleName(/\S/);
}

test('every screen passes axe with no serious or critical violations, and every control has a name', async ({ page }) => {
  const problems = watchConsole(page);
  // the title is the first screen, drawn at once (no loading screen: the stage and the sounds come later)
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible({ timeout: 20_000 });
  await audit(page, 'title');

  await page.getByRole('button', { name: 'About the game' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About Beyond the Numbers' })).toBeVisible();
  await audit(page, 'about');
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await audit(page, 'settings');
  await page.getByRole('button', { name: 'Back' }).click();

  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible();
  await audit(page, 'chooser');
  await page.getByRole('button', { name: `Play ${TUTORIAL}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Content note' })).toBeVisible();
  await audit(page, 'content-note');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: TUTORIAL })).toBeVisible();
  await page.getByText('Private brief: Independent chair').click();
  await audit(page, 'briefing');
  await page.getByRole('button', { name: /Take your seat/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Quarter 1 of 4' })).toBeVisible();
  await audit(page, 'board-briefing');
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  await page.getByRole('button', { name: 'Visit front-line teams and listen' }).click();
  await page.getByRole('button', { name: 'Hold a shared learning event' }).click(); // the rest are now closed, with reasons
  await audit(page, 'board-agenda');
  await page.getByRole('button', { name: 'Audit the performance figures' }).click({ force: true });
  await expect(page.getByRole('alert')).toBeVisible();
  await audit(page, 'board-agenda-notice');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  // a serious incident is chance: when one comes, its content-note screen is audited too
  await resolveQuarter(page, () => audit(page, 'board-incident'));
  await expect(page.getByRole('heading', { name: 'Quarter 1: what happened' })).toBeVisible();
  await audit(page, 'board-resolution');
  await page.getByRole('button', { name: 'Open the inbox' }).click();
  await expect(page.getByRole('button', { name: 'Invite them to talk to the board' })).toBeVisible();
  await audit(page, 'board-inbox-choices');
  await answerAll(page);
  await page.getByRole('button', { name: 'End the quarter' }).click();

  // quarter 2: the Courier's story behind its content note, opened
  await openCourierStory(page);
  await expect(page.getByText(/setting the board's figures beside the national coverage/)).toBeVisible();
  await audit(page, 'board-inbox-content-note');
  await answerAll(page);
  await page.getByRole('button', { name: 'End the quarter' }).click();

  await page.getByRole('button', { name: 'Settings' }).click();
  await audit(page, 'settings-in-game');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Quarter 3 of 4' })).toBeVisible();

  await playToDebrief(page);
  await page.getByRole('button', { name: 'Main menu' }).click();
  await page.getByRole('button', { name: /^Continue: / }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The debrief' })).toBeVisible();
  await audit(page, 'debrief-fog');
  await liftTheFog(page);
  await page.getByRole('button', { name: /Why practice quality moved this quarter/ }).first().click();
  await expect(page.locator('.cause-web')).toBeVisible();
  // tables opened before a "what if" stay open when it draws the debrief afresh, and the table gains the branch
  await page.getByText('Show the chart as a table').click();
  await page.getByText('Show the pressures as a table').click();
  await page.getByLabel('Branch at').selectOption('2');
  await page.getByLabel('Brief the lead member').check();
  await page.getByRole('button', { name: 'Run the "what if"' }).click();
  await expect(page.locator('.whatif-result')).toContainText(/the runs part|never differs/);
  await expect(page.locator('details.table-alt[open]')).toHaveCount(2);
  await expect(page.locator('.reveal-table').last()).toBeVisible();
  await audit(page, 'debrief');
  expect(problems).toEqual([]);
});

test('the ending screen passes axe', async ({ page }) => {
  const problems = watchConsole(page);
  await startScenario(page, TUTORIAL);
  for (let q = 1; q <= 4; q++) {
    await page.getByRole('button', { name: 'Open the agenda' }).click();
    await resolveQuarter(page);
    await page.getByRole('button', { name: 'Open the inbox' }).click();
    await answerAll(page);
    await page.getByRole('button', { name: /^End the (final )?quarter$/ }).click();
  }
  await expect(page.getByRole('button', { name: 'Open the debrief' })).toBeVisible();
  await audit(page, 'ending');
  expect(problems).toEqual([]);
});

test('the serious-incident screen passes axe', async ({ page }) => {
  const problems = watchConsole(page);
  // incidents are chance (at most one quarter in four while practice holds): play until one comes, in a new game if a
  // whole one passes without (about one game in ten for a board that gives every first answer)
  let seen = false;
  for (let game = 1; game <= 4 && !seen; game++) {
    await startScenario(page, NORTHMOOR);
    for (let quarter = 1; quarter <= 16 && !seen; quarter++) {
      await page.getByRole('button', { name: 'Open the agenda' }).click();
      await resolveQuarter(page, async () => {
        seen = true;
        await expect(page.getByRole('region', { name: 'A serious incident' })).toContainText('Content note:');
        await audit(page, 'board-incident');
      });
      if (seen) break;
      await page.getByRole('button', { name: 'Open the inbox' }).click();
      await answerAll(page);
      await page.getByRole('button', { name: /^End the (final )?quarter$/ }).click();
      if (await page.getByRole('button', { name: 'Open the debrief' }).count()) break;
    }
  }
  expect(seen, 'no serious incident in four whole games').toBe(true);
  expect(problems).toEqual([]);
});

test('resolving a quarter tells screen readers what changed', async ({ page }) => {
  const problems = watchConsole(page);
  await startScenario(page, TUTORIAL);
  const announcer = page.locator('#announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  await expect(announcer).toHaveText('The agenda is open.');
  await page.getByRole('button', { name: 'Visit front-line teams and listen' }).click();
  await expect(announcer).toHaveText('Added to the agenda: Visit front-line teams and listen.');
  await resolveQuarter(page);
  await expect(announcer).toHaveText(/ (rose|fell) from .+? to .+?\.|The figures barely moved this quarter\./);
  await expect(announcer).toContainText('New: A letter from the duty team.');
  // the quarter ends on a front page, a figure named by its headline; each change says what caused it, as far as the
  // board can tell
  const front = page.getByRole('figure', { name: 'Safeguarding board agrees to visit front-line teams and listen' });
  await expect(front).toBeVisible();
  await expect(front).toContainText(/^The local paper · 2009 Q2/);
  await expect(page.getByRole('columnheader', { name: 'Why, as far as the board can tell' })).toBeVisible();
  await screenshot(page, 'board-resolution-front-page');
  expect(problems).toEqual([]);
});

test('display settings apply to the page, last across a reload, and Escape leaves Settings and About', async ({ page }) => {
  const problems = watchConsole(page);
  await openTitle(page);
  const html = page.locator('html');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Largest').check();
  await page.getByLabel('High contrast').check();
  await page.getByLabel('Reduce motion').check();
  const applied = async () => {
    await expect(html).toHaveClass(/(^|\s)high-contrast(\s|$)/);
    await expect(html).toHaveClass(/(^|\s)reduced-motion(\s|$)/);
    expect(await html.evaluate((el) => el.style.getPropertyValue('--text-scale'))).toBe('1.5');
    await expect(html).toHaveCSS('font-size', '24px');
  };
  await applied();
  await audit(page, 'settings-largest-high-contrast');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Beyond the Numbers' })).toBeVisible();
  await audit(page, 'title-largest-high-contrast');

  await page.reload();
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible({ timeout: 20_000 });
  await applied();
  await page.getByRole('button', { name: 'Settings' }).click();
  for (const label of ['Largest', 'High contrast', 'Reduce motion']) await expect(page.getByLabel(label)).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();

  await page.getByRole('button', { name: 'About the game' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About Beyond the Numbers' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();

  // back to the defaults: the classes and the scale go
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Standard').check();
  for (const label of ['High contrast', 'Reduce motion']) await page.getByLabel(label).uncheck();
  await expect(html).not.toHaveClass(/high-contrast|reduced-motion/);
  await expect(html).toHaveCSS('font-size', '16px');
  expect(problems).toEqual([]);
});
