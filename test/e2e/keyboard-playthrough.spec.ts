import { expect, test } from '@playwright/test';
import { openTitle, screenshot, stateHash, tabTo, watchConsole } from './helpers';

test('the default scenario can be played to its debrief with the keyboard alone', async ({ page }) => {
  const problems = watchConsole(page);
  await openTitle(page);
  await screenshot(page, 'title');
  await tabTo(page, page.getByRole('button', { name: 'New game' }));
  await screenshot(page, 'chooser');
  await tabTo(page, page.getByRole('button', { name: /^Play Northmoor/ }));
  await screenshot(page, 'content-note');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await screenshot(page, 'briefing');
  await tabTo(page, page.getByRole('button', { name: /Take your seat/ }));
  for (let quarter = 1; quarter <= 16; quarter++) {
    await expect(page.getByRole('heading', { level: 1, name: `Quarter ${quarter} of 16` })).toBeVisible();
    if (quarter === 1) await screenshot(page, 'board-briefing');
    await tabTo(page, page.getByRole('button', { name: 'Open the agenda' }));
    // a learning board: listen first, then whatever else is open and affordable
    for (const name of [/Visit front-line teams/, /practice workshop/, /shared learning event/]) {
      const card = page.getByRole('button', { name });
      if ((await card.getAttribute('aria-disabled')) !== 'true') await tabTo(page, card);
    }
    if (quarter === 1) await screenshot(page, 'board-agenda');
    await tabTo(page, page.getByRole('button', { name: /Resolve the quarter/ }));
    const incident = page.getByRole('button', { name: /Continue to the quarter's results/ });
    if (await incident.count()) { await screenshot(page, 'incident-content-note'); await tabTo(page, incident); }
    if (quarter === 1) await screenshot(page, 'board-resolution');
    await tabTo(page, page.getByRole('button', { name: 'Open the inbox' }));
    // answer every open item with its first answer
    for (let guard = 0; guard < 8; guard++) {
      const answer = page.locator('.choices button').first();
      if (!(await answer.count())) break;
      await tabTo(page, answer);
    }
    if (quarter === 1) await screenshot(page, 'board-inbox');
    await tabTo(page, page.getByRole('button', { name: /End the (final )?quarter/ }));
    if (await page.getByRole('button', { name: 'Open the debrief' }).count()) break;
  }
  await screenshot(page, 'ending');
  const hashAtEnd = await stateHash(page);
  expect(hashAtEnd).toMatch(/^[0-9a-f]{16}$/);
  await tabTo(page, page.getByRole('button', { name: 'Open the debrief' }));
  await expect(page.getByRole('heading', { level: 1, name: 'The debrief' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What the numbers hid' })).toBeVisible();
  await screenshot(page, 'debrief');
  expect(problems).toEqual([]);
});
