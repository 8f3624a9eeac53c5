// The interface's language: a browser set to Welsh gets the title and Settings in Welsh, with the page's lang; a choice
// made in Settings is remembered; the pseudo-locale (?lang=en-XA) shows every word of those screens from the message
// files (accented, bracketed) with nothing cut off.
import { expect, test, type Page } from '@playwright/test';
import { pastTheCheck, startScenario, TUTORIAL } from './flows';
import { screenshot, stateHash } from './helpers';

/** The guided start's title in its Welsh translation (scenarios/translations/first-meeting.cy.yaml). */
const WELSH_TUTORIAL = 'Eich blwyddyn gyntaf: dechrau dan arweiniad';

/** Texts of the visible controls and headings of a screen that do not come from the message files, or are cut off. */
async function untranslatedOrCut(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).flatMap((el) => {
    const text = (el as HTMLElement).innerText.trim();
    const bad: string[] = [];
    if (!text.startsWith('[') || !text.endsWith(']')) bad.push(`not from the message files: ${text}`);
    if (el.scrollWidth > el.clientWidth + 1) bad.push(`cut off: ${text}`);
    return bad;
  }));
}

test.describe('a browser set to Welsh', () => {
  test.use({ locale: 'cy-GB' });

  test('shows the title and Settings in Welsh, and remembers a change to English', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Gêm newydd' })).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Tu Hwnt i'r Rhifau");
    await screenshot(page, 'language-title-cy');
    // the chooser, and the guided start's card in its Welsh translation (awaiting review, and saying so)
    await page.getByRole('button', { name: 'Gêm newydd' }).click();
    await expect(page.getByRole('heading', { name: 'Dewiswch senario' })).toBeVisible();
    const first = page.locator('.scenario-card').first();
    await expect(first).toContainText('Yn newydd i\'r gêm? Dechreuwch yma.');
    await expect(first.getByRole('heading', { level: 2 })).toHaveText(WELSH_TUTORIAL);
    await expect(first).toContainText('Cymraeg: cyfieithiad yn aros am adolygiad');
    await screenshot(page, 'language-chooser-cy');
    // the guided start's board in Welsh: its briefing and agenda, the scenario's words and the interface's
    await page.getByRole('button', { name: `Chwarae ${WELSH_TUTORIAL}` }).click();
    await page.getByRole('button', { name: 'Parhau', exact: true }).click();
    await pastTheCheck(page, 'Cymerwch eich sedd');
    await page.getByRole('button', { name: /^Cymerwch eich sedd/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Chwarter 1 o 4' })).toBeVisible();
    await screenshot(page, 'language-board-cy');
    await page.getByRole('button', { name: 'Prif ddewislen' }).click();
    await page.getByRole('button', { name: 'Gosodiadau' }).click();
    await expect(page.getByRole('heading', { name: 'Gosodiadau' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Fel y porwr: Cymraeg' })).toBeChecked();
    // the translation says it has not yet been reviewed by a fluent speaker
    await expect(page.locator('.settings-screen')).toContainText('cyfieithiad yn aros am adolygiad');
    await screenshot(page, 'language-settings-cy');
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await page.reload();
    await expect(page.getByRole('button', { name: 'New game' })).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  });
});

test('in the pseudo-locale every word of the title, Settings, chooser and About comes from the message files, none cut off', async ({ page }) => {
  await page.goto('/?lang=en-XA');
  await expect(page.locator('.title-menu button').first()).toContainText('[', { timeout: 20_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  expect(await untranslatedOrCut(page, '.title-card h1, .title-card .tagline, .title-menu button')).toEqual([]);
  await screenshot(page, 'language-title-pseudo');
  await page.locator('.title-menu button').filter({ hasText: 'Šéţţíñĝš' }).click();
  await expect(page.locator('.settings-screen h1')).toContainText('Šéţţíñĝš');
  expect(await untranslatedOrCut(page, '.settings-screen h1, .settings-screen legend, .settings-screen label:not([lang]), .settings-screen .hint, .settings-screen .screen-head button')).toEqual([]);
  await screenshot(page, 'language-settings-pseudo');
  await page.locator('.screen-head button').click();
  await page.locator('.title-menu button').first().click();
  await expect(page.locator('.chooser-screen h1')).toContainText('[');
  expect(await untranslatedOrCut(page, '.chooser-screen h1, .chooser-screen .start-badge, .chooser-screen .meta, .chooser-screen .open-file p, .chooser-screen .open-file button, .chooser-screen .screen-head button')).toEqual([]);
  await screenshot(page, 'language-chooser-pseudo');
  await page.locator('.chooser-screen .screen-head button').click();
  await page.locator('.title-menu button').last().click();
  await expect(page.locator('.about-screen h1')).toContainText('[');
  expect(await untranslatedOrCut(page, '.about-screen h1, .about-screen h2, .about-screen .about-body > p:not(.citation), .about-screen li, .about-screen .screen-head button')).toEqual([]);
  // nothing wider than the page: a longer language wraps, it never pushes the page sideways
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, 'language-about-pseudo');
});

test('a language chosen in Settings mid-game gives the game under way its words at once, the same game underneath', async ({ page }) => {
  await startScenario(page, TUTORIAL);
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  const first = page.locator('.card-button .card-title').first();
  const english = (await first.textContent())!;
  await first.click();
  const hash = await stateHash(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Cymraeg' }).check();
  await expect(page.getByRole('heading', { name: 'Gosodiadau' })).toBeVisible();
  await page.getByRole('button', { name: 'Yn ôl' }).click();
  // the board in Welsh: its heading, the scenario's own words (the first card's title), and the same choice still made
  await expect(page.getByRole('heading', { level: 1, name: 'Chwarter 1 o 4' })).toBeVisible();
  await expect(first).not.toHaveText(english);
  await expect(page.locator('.card-button').first()).toHaveAttribute('aria-pressed', 'true');
  // a sound's caption still showing is said again in Welsh (the room's tone, captioned as the board sat down)
  await expect(page.locator('#captions')).not.toHaveText(/Quiet room sound/);
  expect(await stateHash(page)).toBe(hash);
  await screenshot(page, 'language-switched-mid-game');
  // and the game goes on: the quarter resolves, in Welsh
  await page.locator('[data-focus="commit"]').click();
  await expect(page.getByRole('heading', { name: /^Chwarter 1: beth ddigwyddodd$/ }).or(page.getByRole('button', { name: /^Ymlaen at ganlyniadau/ })).first()).toBeVisible();
});
