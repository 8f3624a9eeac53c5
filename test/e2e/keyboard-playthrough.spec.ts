import { expect, test } from '@playwright/test';
import { arrowTo, openTitle, pressesOf, screenshot, stateHash, tabTo, watchConsole } from './helpers';

test('the default scenario can be played to its debrief with the keyboard alone', async ({ page }) => {
  const problems = watchConsole(page);
  await openTitle(page);
  await screenshot(page, 'title');
  await tabTo(page, page.getByRole('button', { name: 'New game' }));
  await screenshot(page, 'chooser');
  await tabTo(page, page.getByRole('button', { name: /^Play Northmoor/ }));
  await screenshot(page, 'content-note');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await screenshot(page, 'check-before');
  await tabTo(page, page.getByRole('button', { name: /Skip the questions/ })); // check.spec.ts answers them by keyboard
  await screenshot(page, 'briefing');
  await tabTo(page, page.getByRole('button', { name: /Take your seat/ }));
  const perQuarter: number[] = [];
  for (let quarter = 1; quarter <= 16; quarter++) {
    const before = pressesOf(page);
    await expect(page.getByRole('heading', { level: 1, name: `Quarter ${quarter} of 16` })).toBeVisible();
    if (quarter === 1) await screenshot(page, 'board-briefing');
    await tabTo(page, page.getByRole('button', { name: 'Open the agenda' }));
    // a learning board: listen first, picking the cards in the order a reader meets them down the agenda
    const wanted = [/Visit front-line teams/, /practice workshop/, /shared learning event/];
    const titles = await page.getByRole('list', { name: 'Decisions the board can take up this quarter' }).locator('.card-title').allTextContents();
    for (const title of titles.filter((t) => wanted.some((w) => w.test(t)))) {
      const card = page.getByRole('button', { name: title });
      if ((await card.getAttribute('aria-disabled')) !== 'true') await arrowTo(page, card);
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
    perQuarter.push(pressesOf(page) - before);
    if (await page.getByRole('button', { name: 'Open the debrief' }).count()) break;
  }
  // a quarter by keyboard alone, by role and name: open the agenda, three decisions, resolve, answer, end the quarter
  const median = [...perQuarter].sort((a, b) => a - b)[Math.floor(perQuarter.length / 2)];
  console.log(`key presses a quarter: median ${median}, each ${perQuarter.join(' ')}`);
  expect(median).toBeLessThanOrEqual(40);
  await screenshot(page, 'ending');
  const hashAtEnd = await stateHash(page);
  expect(hashAtEnd).toMatch(/^[0-9a-f]{16}$/);
  await tabTo(page, page.getByRole('button', { name: 'Open the debrief' }));
  await expect(page.getByRole('heading', { level: 1, name: 'The debrief' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What the board saw' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Lift the fog' }));
  await expect(page.getByRole('heading', { name: 'What the numbers hid' })).toBeFocused();
  await screenshot(page, 'debrief');
  expect(problems).toEqual([]);
});
