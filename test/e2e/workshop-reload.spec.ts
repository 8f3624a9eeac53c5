// Nothing lost in a trainer's day: a team device and the facilitator's laptop reload mid-workshop and carry on where
// they were, and a session file opened on a fresh laptop brings the whole room back.
import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, joinAsTeam, playTeamQuarter } from './flows';
import { openTitle, screenshot, stateHash, watchConsole } from './helpers';

test.use({ actionTimeout: 15_000 });

/** A quarter of the team's game, past a pause by typing its release word (and Enter) as the projector shows it. */
async function playQuarter(page: Page, reason: string, words: Record<string, string> = {}): Promise<void> {
  await playTeamQuarter(page, reason, async () => {
    const quarter = (await page.getByRole('heading', { level: 1 }).textContent())!.match(/Quarter (\d+)/)![1];
    await page.getByLabel(/type the word on the projector/).fill(words[quarter]);
    await page.keyboard.press('Enter');
  });
}

test('a team device and the facilitator reload mid-workshop and lose nothing; a session file reopens the room elsewhere', async ({ browser, page }) => {
  const problems = watchConsole(page);
  const sessionCode = await createWorkshop(page, { teams: ['Red', 'Blue'], seed: 'reload-1', minutes: 5 });
  const sessionId = (await page.getByRole('heading', { level: 1 }).textContent())!.match(/Workshop (\S+):/)![1];
  // the room's clock, a guide the trainer starts each quarter
  await expect(page.getByTestId('room-clock')).toContainText('5 minutes a quarter');
  await page.getByRole('button', { name: 'Start the quarter clock (5 minutes)' }).click();
  await expect(page.getByTestId('room-clock')).toHaveText(/^4:5\d left in this quarter$|^5:00 left in this quarter$/);
  const words = Object.fromEntries(await Promise.all((await page.locator('[data-testid^="release-word-"]').all()).map(async (w) => [(await w.getAttribute('data-testid'))!.replace('release-word-', ''), (await w.textContent())!.trim()])));

  // the team plays a quarter with its reasons, then its device reloads (on the workshop link)
  const teamContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const team = await teamContext.newPage();
  const teamProblems = watchConsole(team);
  await joinAsTeam(team, sessionCode, 'Red', ['Red', 'Blue']);
  // the team's screen shows the quarter's time as a guide
  await expect(team.getByTestId('quarter-timer')).toHaveText(/^Time guide: [45]:\d\d left in this quarter$/);
  await playQuarter(team, 'Red: we listened first.', words);
  const before = await stateHash(team);
  await team.reload();
  await expect(team.getByRole('note')).toContainText(`Team Red in workshop ${sessionId}`);
  await team.getByRole('button', { name: /^Continue: / }).click();
  expect(await stateHash(team)).toBe(before);
  await expect(team.getByTestId('team-name')).toHaveText(`Team Red · workshop ${sessionId}`);
  await screenshot(team, 'workshop-team-after-reload');
  for (let q = 2; q <= 4; q++) await playQuarter(team, `Red: reasons for quarter ${q}.`, words);
  const code = (await team.getByTestId('team-code').textContent())!.trim();
  const teamHash = await stateHash(team);

  // the facilitator takes the code, then the laptop reloads: the room comes back with the team's game in it
  await page.getByLabel('Team code').fill(code);
  await page.getByRole('button', { name: 'Add the team\'s game' }).click();
  await expect(page.locator('.room-team', { has: page.getByRole('heading', { name: 'Red' }) })).toContainText(/Ended: /);
  await page.getByRole('textbox', { name: 'General' }).fill('Red took its time in quarter 1.');
  await page.getByRole('textbox', { name: 'General' }).blur();
  await page.reload();
  await page.getByRole('button', { name: `Back to workshop ${sessionId}` }).click();
  await expect(page.locator('.room-team', { has: page.getByRole('heading', { name: 'Red' }) })).toContainText(/Ended: /);
  await expect(page.getByRole('textbox', { name: 'General' })).toHaveValue('Red took its time in quarter 1.');
  // receiving the same game twice changes nothing
  await page.getByLabel('Team code').fill(code);
  await page.getByRole('button', { name: 'Add the team\'s game' }).click();
  await expect(page.locator('.room-team:not(.waiting)')).toHaveCount(1);
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the session file' }).click();
  const path = (await (await file).path())!;

  // a fresh laptop opens the session file from the title: the room, the team's game, exactly
  const fresh = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  const freshProblems = watchConsole(fresh);
  await openTitle(fresh);
  const chooser = fresh.waitForEvent('filechooser');
  await fresh.getByRole('button', { name: 'Open a workshop session file' }).click();
  await (await chooser).setFiles(path);
  await expect(fresh.getByRole('heading', { level: 1 })).toContainText(`Workshop ${sessionId}`);
  await expect(fresh.getByRole('textbox', { name: 'General' })).toHaveValue('Red took its time in quarter 1.');
  await fresh.getByRole('button', { name: 'Lift the fog for the room' }).click();
  await fresh.getByRole('button', { name: 'Open Red\'s debrief and what-if' }).click();
  expect(await stateHash(fresh)).toBe(teamHash);
  await screenshot(fresh, 'workshop-reopened-from-file');
  // a file that is not a session file is refused with its name and a reason, and the title stays usable
  const bad = fresh.waitForEvent('filechooser');
  await fresh.getByRole('button', { name: 'Main menu' }).click();
  await fresh.getByRole('button', { name: 'Open a workshop session file' }).click();
  await (await bad).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(fresh.getByRole('alert')).toContainText(/notes\.json: .*not a workshop file/i);
  expect([...problems, ...teamProblems, ...freshProblems]).toEqual([]);
});
