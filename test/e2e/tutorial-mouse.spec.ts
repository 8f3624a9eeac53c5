import { expect, test } from '@playwright/test';
import { answerAll, liftTheFog, resolveQuarter, startScenario, TUTORIAL } from './flows';
import { screenshot, watchConsole } from './helpers';

// what the business manager's guide talks about in each quarter of the tutorial
test.use({ actionTimeout: 15_000 });

const GUIDE = ['This is the dashboard', 'The members speak', 'someone from the front line', 'Your last meeting of the year'];

test('the tutorial can be played to its debrief with the mouse alone, with a guide each quarter and reasons for closed cards', async ({ page }) => {
  const problems = watchConsole(page);
  await startScenario(page, TUTORIAL);
  const card = (name: string) => page.getByRole('button', { name });

  for (let quarter = 1; quarter <= 4; quarter++) {
    await expect(page.getByRole('heading', { level: 1, name: `Quarter ${quarter} of 4` })).toBeVisible();
    const guide = page.getByRole('complementary', { name: 'Guide' });
    await expect(guide).toBeVisible();
    await expect(guide).toContainText(GUIDE[quarter - 1]);
    if (quarter === 1) {
      // the guide points at what it speaks of: each part outlined with its step's number, and "Show me" takes focus there
      await expect(page.locator('.numbers .summary-figure')).toHaveAttribute('data-guide-point', '1');
      await expect(page.locator('#stage-slot')).toHaveAttribute('data-guide-point', '2');
      await expect(page.locator('.roles-panel')).toHaveAttribute('data-guide-point', '3');
      await guide.getByRole('button', { name: 'Show me the pressure dials' }).click();
      await expect(page.locator('.pressures-heading')).toBeFocused();
      await screenshot(page, 'tutorial-guide-briefing');
    }
    if (quarter === 2) await expect(page.locator('.voices')).toHaveAttribute('data-guide-point', '1');
    await page.getByRole('button', { name: 'Open the agenda' }).click();
    await expect(page.getByRole('heading', { name: 'The agenda' })).toBeVisible();
    if (quarter <= 2) {
      // the agenda's own guide, true of the agenda: the briefing's outlines are gone
      await expect(guide).toContainText(quarter === 1 ? 'Choose what the board does' : 'Each card shows what it costs');
      await expect(page.locator('.agenda-status')).toHaveAttribute('data-guide-point', quarter === 1 ? '2' : '1');
      await expect(page.locator('.roles-panel')).not.toHaveAttribute('data-guide-point');
    } else {
      await expect(guide).toHaveCount(0);
    }

    if (quarter === 1) {
      // a card toggles: chosen, unchosen, chosen again
      const visits = card('Visit front-line teams and listen');
      await expect(visits).toHaveAttribute('aria-pressed', 'false');
      await visits.click();
      await expect(visits).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByText('1 of 2 slots free')).toBeVisible();
      await visits.click();
      await expect(visits).toHaveAttribute('aria-pressed', 'false');
      await expect(page.getByText('2 of 2 slots free')).toBeVisible();
      await visits.click();
      await card('Hold a multi-agency practice workshop').click();
      await expect(page.getByText('0 of 2 slots free')).toBeVisible();
      // with both slots taken, another card is closed and says why, on the card and when clicked
      const audit = card('Audit the performance figures');
      await expect(audit).toHaveAttribute('aria-disabled', 'true');
      await expect(page.locator('.card.unavailable', { has: audit }).locator('.reason')).toHaveText(/The agenda is full this quarter/);
      await expect(audit).toHaveAccessibleDescription(/Not available: The agenda is full this quarter/);
      await audit.click({ force: true }); // aria-disabled, not disabled: a mouse click still reaches it, and gets the reason
      await expect(page.getByRole('alert')).toContainText('The agenda is full this quarter');
      await expect(audit).toHaveAttribute('aria-pressed', 'false');
      await screenshot(page, 'tutorial-mouse-agenda-full');
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.getByRole('alert')).toHaveCount(0);
    } else if (quarter === 2) {
      // the workshop has a cooldown: it waits, folded away with the others not open this quarter, and says when it opens
      await page.getByText(/^Not open this quarter \(\d+\), and why$/).click();
      const workshop = card('Hold a multi-agency practice workshop');
      await expect(workshop).toHaveAttribute('aria-disabled', 'true');
      await expect(page.locator('.card', { has: workshop }).locator('.reason')).toHaveText(/did this recently; it can return to it in 1 quarter/);
      await card('Visit front-line teams and listen').click();
      await card('Hold a shared learning event').click();
    } else {
      for (const name of ['Visit front-line teams and listen', 'Hold a multi-agency practice workshop', 'Hold a shared learning event']) {
        const c = card(name);
        // a card folded away under "Not open this quarter" is not one to pick
        if ((await c.count()) && (await c.getAttribute('aria-disabled')) !== 'true' && (await c.getAttribute('aria-pressed')) === 'false' && !(await page.getByText('0 of 2 slots free').count())) await c.click();
      }
    }
    await expect(page.getByRole('button', { name: /^Resolve the quarter with 2 decisions$/ })).toBeVisible();
    await resolveQuarter(page);
    await expect(page.getByRole('heading', { name: `Quarter ${quarter}: what happened` })).toBeVisible();
    await page.getByRole('button', { name: 'Open the inbox' }).click();
    await expect(page.getByRole('heading', { name: /^The inbox/ })).toBeVisible();
    if (quarter <= 2) await expect(page.locator('.panel.inbox')).toHaveAttribute('data-guide-point', '1');
    if (quarter === 1) {
      await expect(guide).toContainText('A letter from the front-line staff has arrived');
      await page.getByRole('button', { name: 'Invite them to talk to the board' }).click();
      await expect(page.getByText('The board answered: Invite them to talk to the board')).toBeVisible();
    }
    if (quarter === 2) {
      // the Courier's story sits behind its content note; the answers do not
      await page.getByText(/^Content note: Refers to the national coverage/).click();
      await expect(page.getByText(/setting the board's figures beside the national coverage/)).toBeVisible();
      await page.getByRole('button', { name: 'Explain honestly how the board learns and what it is worried about' }).click();
    }
    await answerAll(page);
    await page.getByRole('button', { name: quarter === 4 ? 'End the final quarter' : 'End the quarter' }).click();
  }

  await expect(page.getByRole('button', { name: 'Open the debrief' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The debrief' })).toBeVisible();

  // the reveal: the fog first, then the summary, chart (as an image with a text alternative) and its table
  await expect(page.getByRole('img', { name: /^Chart: the dashboard .*in fog/ })).toBeVisible();
  await liftTheFog(page);
  await expect(page.locator('.reveal-summary')).not.toBeEmpty();
  await expect(page.getByRole('img', { name: /^Chart: / })).toBeVisible();
  // the timeline: one entry per quarter, decisions with the tags hidden during play
  const timeline = page.locator('section.timeline');
  await expect(timeline.getByRole('heading', { name: 'What the board did, and what happened' })).toBeVisible();
  await expect(timeline.locator('.quarters > li')).toHaveCount(4);
  await expect(timeline.locator('.tag-learning').first()).toHaveText('learning');
  await expect(timeline.getByText(/Decided: Visit front-line teams and listen/).first()).toBeVisible();
  await expect(timeline.getByText(/Answered A letter from the duty team — Invite them to talk to the board/)).toBeVisible();
  await expect(timeline).toContainText(/The kinds of response you chose, hidden during play: .*\d+ learning/);
  // reflection prompts
  await expect(page.getByRole('heading', { name: 'To reflect on' })).toBeVisible();
  expect(await page.locator('.reflections li').count()).toBeGreaterThan(0);
  await expect(page.locator('.reflections li').first()).not.toBeEmpty();
  // the chart as a table: a row for the start and one per quarter
  const table = page.getByRole('table', { name: /quarter by quarter/ }).first();
  await expect(table).toBeHidden();
  await page.getByText('Show the chart as a table').click();
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(4 + 1);
  await expect(table.locator('tbody tr th')).toHaveText(['Start', /^1 · /, /^2 · /, /^3 · /, /^4 · /]);
  await screenshot(page, 'tutorial-mouse-debrief');
  expect(problems).toEqual([]);
});
