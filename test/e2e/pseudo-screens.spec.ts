// Every screen in the pseudo-locale (?lang=en-XA): the guided start from the title to the end of its debrief, and a
// workshop's setup, room and team screens. On each, every word shown or read out comes from the message files or from
// the scenario's (pseudo) translation, and nothing is cut off or pushes the page sideways. The screenshots are kept.
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './helpers';
import { pseudo, pseudoScenario, untranslatedOrCut } from './pseudo';
import { settle, TUTORIAL } from './flows';

const TEAMS = ['Red', 'Blue'];
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** The screen now has nothing untranslated and nothing cut off; its screenshot is kept under `name`. */
async function checkScreen(page: Page, name: string, typed: readonly string[] = []): Promise<void> {
  await settle(page);
  expect(await untranslatedOrCut(page, typed), name).toEqual([]);
  await screenshot(page, `pseudo-${name}`);
}

test('the guided start in the pseudo-locale, title to debrief: every word from the message files or the scenario, none cut off', async ({ page }) => {
  await page.goto('/?lang=en-XA');
  await expect(button(page, pseudo('title.newGame'))).toBeVisible({ timeout: 20_000 });
  await checkScreen(page, 'title');
  await button(page, pseudo('title.newGame')).click();
  await button(page, pseudo('chooser.play', { title: pseudoScenario(TUTORIAL) })).click();
  const note = button(page, pseudo('board.contentNote.continue'));
  const begin = button(page, pseudo('board.start.begin'));
  await expect(note.or(begin).or(page.getByRole('button', { name: pseudo('misc.check.skip') })).first()).toBeVisible();
  if (await note.isVisible()) { await checkScreen(page, 'content-note'); await note.click(); }
  const skip = page.getByRole('button', { name: pseudo('misc.check.skip') });
  if (await skip.isVisible()) { await checkScreen(page, 'check'); await skip.click(); }
  await expect(begin).toBeVisible();
  await checkScreen(page, 'start');
  await begin.click();
  for (let quarter = 1; quarter <= 8; quarter++) {
    if (await button(page, pseudo('board.ending.openDebrief')).isVisible()) break;
    await expect(button(page, pseudo('board.briefing.openAgenda'))).toBeVisible();
    await checkScreen(page, `q${quarter}-briefing`);
    await button(page, pseudo('board.briefing.openAgenda')).click();
    const open = page.locator('.card-button[aria-pressed="false"]:not([aria-disabled="true"])');
    if (await open.count()) await open.first().click();
    await checkScreen(page, `q${quarter}-agenda`);
    await page.getByRole('button', { name: /^\[Ŕéšöļṽé ţĥé ǫûáŕţéŕ/ }).click();
    const incident = button(page, pseudo('board.incident.continue'));
    const inbox = button(page, pseudo('board.resolution.openInbox'));
    await expect(incident.or(inbox)).toBeVisible();
    if (await incident.isVisible()) { await checkScreen(page, `q${quarter}-incident`); await incident.click(); }
    await checkScreen(page, `q${quarter}-results`);
    await inbox.click();
    await checkScreen(page, `q${quarter}-inbox`);
    for (let guard = 0; guard < 8 && await page.locator('.choices button').count(); guard++) await page.locator('.choices button').first().click();
    const end = button(page, pseudo('board.inbox.end')).or(button(page, pseudo('board.inbox.endFinal')));
    await end.click();
  }
  await expect(button(page, pseudo('board.ending.openDebrief'))).toBeVisible();
  await checkScreen(page, 'ending');
  await button(page, pseudo('board.ending.openDebrief')).click();
  await expect(page.getByRole('heading', { level: 1, name: pseudo('debrief.heading') })).toBeVisible();
  await checkScreen(page, 'debrief-fogged');
  await button(page, pseudo('debrief.reveal.lift')).click();
  await expect(page.getByRole('heading', { name: pseudo('debrief.reveal.headingLifted') })).toBeVisible();
  // every part of the debrief opened, so the words inside its folded sections are checked too
  await page.evaluate(() => { for (const d of document.querySelectorAll('#app details')) (d as HTMLDetailsElement).open = true; });
  await checkScreen(page, 'debrief-lifted');
});

test('a workshop in the pseudo-locale: setup, the room and a team, every word from the message files, none cut off', async ({ page, context }) => {
  await page.goto('/?lang=en-XA');
  await button(page, pseudo('title.runWorkshop')).click({ timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1, name: pseudo('misc.setup.heading') })).toBeVisible();
  await page.locator('select').first().selectOption('first-meeting');
  await page.locator('textarea').first().fill('Red\nBlue');
  await page.locator('#ws-seed').fill('20261207'); // a seed of digits: a seed is no language's words
  await checkScreen(page, 'workshop-setup', TEAMS);
  await button(page, pseudo('misc.setup.create')).click();
  const code = (await page.getByTestId('session-code').textContent())!.trim();
  await checkScreen(page, 'workshop-room', TEAMS);
  const team = await context.newPage();
  await team.goto(`/?lang=en-XA#join=${code}&teams=Red|Blue`);
  await expect(team.locator('#app button').first()).toBeVisible({ timeout: 20_000 });
  await checkScreen(team, 'workshop-join', TEAMS);
});
