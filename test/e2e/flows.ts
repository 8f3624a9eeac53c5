// Mouse-driven steps shared by the browser specs: start a scenario, play parts of a quarter, read saves.
import { expect, type Page } from '@playwright/test';
import { openTitle } from './helpers';
import { readScenarioFile } from '../../tools/scenario/files';

export const TUTORIAL = 'Your first year: a guided start';
export const NORTHMOOR = 'Northmoor, 2009-2013';

/** Title → chooser → content note → briefing → the board, quarter 1, by clicking. */
export async function startScenario(page: Page, title: string): Promise<void> {
  await openTitle(page);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: `Play ${title}` }).click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await pastTheCheck(page);
  await page.getByRole('button', { name: /Take your seat/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Quarter 1 of \d+$/ })).toBeVisible();
}

/** A scenario with a check asks its questions before the briefing: these tests skip them (check.spec.ts answers them). */
export async function pastTheCheck(page: Page, seat = 'Take your seat'): Promise<void> {
  const skip = page.getByRole('button', { name: /Skip the questions/ });
  await expect(skip.or(page.getByRole('button', { name: new RegExp(seat) })).first()).toBeVisible({ timeout: 20_000 });
  if (await skip.isVisible()) await skip.click();
}

export async function currentStep(page: Page): Promise<string> {
  return (await page.locator('.steps [aria-current="step"]').textContent()) ?? '';
}

/** Clicks the first decision card that can be chosen now; returns its title. */
export async function chooseFirstAvailable(page: Page): Promise<string> {
  const card = page.locator('.card-button[aria-pressed="false"]:not([aria-disabled="true"])').first();
  const title = (await card.locator('.card-title').textContent()) ?? '';
  await card.click();
  await expect(page.getByRole('button', { name: title })).toHaveAttribute('aria-pressed', 'true');
  return title;
}

/** Answers every open inbox item with its first answer. */
export async function answerAll(page: Page): Promise<void> {
  for (let guard = 0; guard < 8; guard++) {
    const answer = page.locator('.choices button').first();
    if (!(await answer.count())) return;
    const before = await page.locator('.choices').count();
    await answer.click();
    await expect(page.locator('.choices')).toHaveCount(before - 1);
  }
}

/**
 * Resolves the quarter and waits for its results. A serious incident (a matter of chance) is first announced behind
 * its content note: `onIncident` sees that screen, then the results are opened.
 */
export async function resolveQuarter(page: Page, onIncident?: () => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: /^Resolve the quarter/ }).click();
  const incident = page.getByRole('button', { name: "Continue to the quarter's results" });
  const results = page.getByRole('heading', { name: /^Quarter \d+: what happened$/ });
  await expect(incident.or(results)).toBeVisible();
  if (await incident.isVisible()) {
    await onIncident?.();
    await incident.click();
  }
  await expect(results).toBeVisible();
}

/** Waits until the page's CSS animations (screens arriving, rows sliding in) have finished. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => Promise.race([
    Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => undefined))),
    new Promise((resolve) => { setTimeout(resolve, 5000); }),
  ]));
}

/** From the agenda: resolve, open the inbox, answer everything, end the quarter. */
export async function finishQuarter(page: Page): Promise<void> {
  await resolveQuarter(page);
  await page.getByRole('button', { name: 'Open the inbox' }).click();
  await answerAll(page);
  await page.getByRole('button', { name: /^End the (final )?quarter$/ }).click();
}

/** A whole quarter from its briefing: open the agenda, take the first available decision, finish the quarter. */
export async function playQuarter(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  // a game with random luck can reach a quarter where commitments and the budget leave no card open: it goes on
  // without a new decision, as a player would, rather than waiting for a card that never opens
  await expect(page.getByRole('heading', { name: 'The agenda' })).toBeVisible();
  if (await page.locator('.card-button[aria-pressed="false"]:not([aria-disabled="true"])').count()) await chooseFirstAvailable(page);
  await finishQuarter(page);
}

/** Plays the rest of the current scenario to the debrief. */
export async function playToDebrief(page: Page): Promise<void> {
  for (let guard = 0; guard < 20; guard++) {
    if (await page.getByRole('button', { name: 'Open the debrief' }).isVisible()) break;
    await playQuarter(page);
  }
  await page.getByRole('button', { name: 'Open the debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The debrief' })).toBeVisible();
}

/** Lifts the debrief's fog: the hidden truth is drawn and the rest of the debrief opens. */
export async function liftTheFog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lift the fog' }).click();
  await expect(page.getByRole('heading', { name: 'What the numbers hid' })).toBeVisible();
}

/** Every save in localStorage, by key. */
export async function savedGames(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('btn.save.')).map((k) => [k, localStorage.getItem(k) ?? ''])));
}

/** Tutorial quarter 2: resolve it and open the Courier's story behind its content note. */
export async function openCourierStory(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  await resolveQuarter(page);
  await page.getByRole('button', { name: 'Open the inbox' }).click();
  await page.getByText(/^Content note: Refers to the national coverage/).click();
}

export interface WorkshopSettings { teams: string[]; seed?: string; pauses?: string; minutes?: number }

/** Title → Run a workshop on the guided start → the room; returns the session code. */
export async function createWorkshop(page: Page, s: WorkshopSettings): Promise<string> {
  await openTitle(page);
  await page.getByRole('button', { name: 'Run a workshop' }).click();
  await page.getByLabel('Scenario').selectOption('first-meeting');
  await page.getByLabel(/Teams \(one name per line/).fill(s.teams.join('\n'));
  if (s.seed) await page.getByLabel(/Seed/).fill(s.seed);
  if (s.pauses) await page.getByLabel(/Pause points/).fill(s.pauses);
  if (s.minutes) await page.getByLabel(/Minutes per quarter/).fill(String(s.minutes));
  await page.getByRole('button', { name: 'Create the session' }).click();
  return (await page.getByTestId('session-code').textContent())!.trim();
}

/** A team's device opens the workshop link (with the teams' names, as the room's link and QR code carry them, or with
 *  the code alone, whose teams are numbered), joins as the team and takes its seat. */
export async function joinAsTeam(page: Page, sessionCode: string, team: string, names?: readonly string[]): Promise<void> {
  await page.goto(`/#join=${sessionCode}${names ? `&teams=${names.map(encodeURIComponent).join('|')}` : ''}`);
  await page.getByRole('button', { name: `Join as ${team}` }).click({ timeout: 20_000 });
  const note = page.getByRole('button', { name: 'Continue', exact: true });
  if (await note.count()) await note.click();
  await pastTheCheck(page);
  await page.getByRole('button', { name: /Take your seat/ }).click();
}

/** A workshop team's quarter: past the pause if one holds it (`atPause` goes on), the first open decision with the
 *  team's reason, the results, every answer, the end of the quarter. */
export async function playTeamQuarter(page: Page, reason: string, atPause: () => Promise<void>): Promise<void> {
  const pause = page.getByRole('heading', { name: 'Pause for the room' });
  if (await pause.count()) {
    await atPause();
    await expect(pause).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  await page.locator('.card-button:not([aria-disabled="true"])').first().click();
  await page.getByLabel(/Why we chose this/).fill(reason);
  await page.getByRole('button', { name: /Resolve the quarter/ }).click();
  const incident = page.getByRole('button', { name: /Continue to the quarter's results/ });
  if (await incident.count()) await incident.click();
  await page.getByRole('button', { name: 'Open the inbox' }).click();
  while (await page.locator('.choices button').count()) await page.locator('.choices button').first().click();
  await page.getByRole('button', { name: /End the (final )?quarter/ }).click();
}

/** Northmoor's check as the tests read it from its file. */
export const NORTHMOOR_CHECK = readScenarioFile('scenarios/northmoor.scenario.yaml').value!.check!;

/** The check before play: every question's first answer (a scale: its lowest point). */
export async function answerCheckFirst(page: Page): Promise<void> {
  const groups = page.getByRole('group');
  for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio').first().check();
}

/** The check after the debrief (the fog lifted): every best answer, and `confidence` on the scale. */
export async function answerAfterCheckBest(page: Page, confidence: string): Promise<void> {
  const after = page.locator('.check-after');
  for (const it of NORTHMOOR_CHECK.items.filter((i) => i.form === 'after')) {
    const field = after.getByRole('group', { name: new RegExp(it.prompt.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    if (it.choices) await field.getByRole('radio', { name: it.choices.find((c) => c.best)!.label, exact: true }).check();
    else await field.getByRole('radio', { name: confidence, exact: true }).check();
  }
}
