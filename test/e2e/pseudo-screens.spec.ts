// Every screen in the pseudo-locale (?lang=en-XA): the guided start from the title to the end of its debrief, a
// workshop's setup, room, projector and team screens, and Northmoor's check. On each, every word shown or read out
// comes from the message files or from the scenario's (pseudo) translation, and nothing is cut off or pushes the page
// sideways. And the guided start in Welsh, title to debrief: no English on the way, no serious accessibility problem.
// The screenshots are kept.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './helpers';
import type { MessageId, MessageValues } from '../../src/i18n/messages';
import { englishOnWelshScreen, pseudo, pseudoScenario, untranslatedOrCut, welsh } from './pseudo';
import { NORTHMOOR, settle, TUTORIAL } from './flows';

const TEAMS = ['Red', 'Blue'];
/** The guided start's title in its Welsh translation (scenarios/translations/first-meeting.cy.yaml). */
const WELSH_TUTORIAL = 'Eich blwyddyn gyntaf: dechrau dan arweiniad';
/** Names the Welsh translation keeps as they are. */
const ENGLISH_NAMES = ['The Northmoor Courier'];
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** The screen now has nothing untranslated and nothing cut off; its screenshot is kept under `name`. */
async function checkScreen(page: Page, name: string, typed: readonly string[] = []): Promise<void> {
  await settle(page);
  expect(await untranslatedOrCut(page, typed), name).toEqual([]);
  await screenshot(page, `pseudo-${name}`);
}

type Say = (id: MessageId, values?: MessageValues) => string;

/** The guided start from the title to the end of its debrief, naming each control as `say` does, `check`ing each screen. */
async function playGuidedStart(page: Page, say: Say, title: string, check: (name: string) => Promise<void>): Promise<void> {
  await expect(button(page, say('title.newGame'))).toBeVisible({ timeout: 20_000 });
  await check('title');
  await button(page, say('title.newGame')).click();
  await button(page, say('chooser.play', { title })).click();
  const note = button(page, say('board.contentNote.continue'));
  const begin = button(page, say('board.start.begin'));
  const skip = page.getByRole('button', { name: say('misc.check.skip') });
  await expect(note.or(begin).or(skip).first()).toBeVisible();
  if (await note.isVisible()) { await check('content-note'); await note.click(); }
  await expect(begin.or(skip).first()).toBeVisible();
  if (await skip.isVisible()) { await check('check'); await skip.click(); }
  await expect(begin).toBeVisible();
  await check('start');
  await begin.click();
  for (let quarter = 1; quarter <= 8; quarter++) {
    if (await button(page, say('board.ending.openDebrief')).isVisible()) break;
    await expect(button(page, say('board.briefing.openAgenda'))).toBeVisible();
    await check(`q${quarter}-briefing`);
    await button(page, say('board.briefing.openAgenda')).click();
    const open = page.locator('.card-button[aria-pressed="false"]:not([aria-disabled="true"])');
    if (await open.count()) await open.first().click();
    await check(`q${quarter}-agenda`);
    await page.locator('[data-focus="commit"]').click();
    const incident = button(page, say('board.incident.continue'));
    const inbox = button(page, say('board.resolution.openInbox'));
    await expect(incident.or(inbox).first()).toBeVisible();
    if (await incident.isVisible()) { await check(`q${quarter}-incident`); await incident.click(); }
    await check(`q${quarter}-results`);
    await inbox.click();
    await check(`q${quarter}-inbox`);
    for (let guard = 0; guard < 8 && await page.locator('.choices button').count(); guard++) await page.locator('.choices button').first().click();
    await button(page, say('board.inbox.end')).or(button(page, say('board.inbox.endFinal'))).click();
  }
  await expect(button(page, say('board.ending.openDebrief'))).toBeVisible();
  await check('ending');
  await button(page, say('board.ending.openDebrief')).click();
  await expect(page.getByRole('heading', { level: 1, name: say('debrief.heading') })).toBeVisible();
  await check('debrief-fogged');
  await button(page, say('debrief.reveal.lift')).click();
  await expect(page.getByRole('heading', { name: say('debrief.reveal.headingLifted') })).toBeVisible();
  // every part of the debrief opened, so the words inside its folded sections are checked too
  await page.evaluate(() => { for (const d of document.querySelectorAll('#app details')) (d as HTMLDetailsElement).open = true; });
  await check('debrief-lifted');
}

test('the guided start in the pseudo-locale, title to debrief: every word from the message files or the scenario, none cut off', async ({ page }) => {
  await page.goto('/?lang=en-XA');
  await playGuidedStart(page, pseudo, pseudoScenario(TUTORIAL), (name) => checkScreen(page, name));
});

test.describe('a browser set to Welsh', () => {
  test.use({ locale: 'cy-GB' });

  test('plays the guided start in Welsh from the title to the end of its debrief, with no English sentence on the way', async ({ page }) => {
    await page.goto('/');
    await playGuidedStart(page, welsh, WELSH_TUTORIAL, async (name) => {
      await settle(page);
      expect(await englishOnWelshScreen(page, ENGLISH_NAMES), name).toEqual([]);
      if (['q1-agenda', 'q2-results', 'q4-inbox', 'debrief-fogged', 'debrief-lifted'].includes(name)) {
        await screenshot(page, `welsh-${name}`);
        // in Welsh as in English: no serious or critical accessibility problem (the page's lang among them)
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${name}`).toEqual([]);
      }
    });
  });
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
  await button(page, pseudo('room.project')).click();
  await expect(button(page, pseudo('workshop.projector.back'))).toBeVisible();
  await checkScreen(page, 'workshop-projector', TEAMS);
  await button(page, pseudo('workshop.projector.back')).click();
  const team = await context.newPage();
  await team.goto(`/?lang=en-XA#join=${code}&teams=Red|Blue`);
  await expect(team.locator('#app button').first()).toBeVisible({ timeout: 20_000 });
  await checkScreen(team, 'workshop-join', TEAMS);
  // the team's own board: its briefing with the workshop's panels (the pause, the box for the team's reasons)
  await button(team, pseudo('misc.join.joinAsNumbered', { team: 'Red', n: 1 })).click();
  const note = button(team, pseudo('board.contentNote.continue'));
  const begin = button(team, pseudo('board.start.begin'));
  await expect(note.or(begin).first()).toBeVisible();
  if (await note.isVisible()) await note.click();
  await begin.click();
  await button(team, pseudo('board.briefing.openAgenda')).click();
  await checkScreen(team, 'workshop-team-agenda', TEAMS);
});

test('Northmoor\'s check of understanding in the pseudo-locale: the questions and their answers, none cut off', async ({ page }) => {
  await page.goto('/?lang=en-XA');
  await button(page, pseudo('title.newGame')).click({ timeout: 20_000 });
  await button(page, pseudo('chooser.play', { title: pseudoScenario(NORTHMOOR) })).click();
  const note = button(page, pseudo('board.contentNote.continue'));
  await expect(note).toBeVisible();
  await checkScreen(page, 'northmoor-content-note');
  await note.click();
  await expect(page.getByRole('button', { name: pseudo('misc.check.skip') })).toBeVisible();
  await checkScreen(page, 'northmoor-check');
});
