import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createWorkshop, joinAsTeam, playTeamQuarter } from './flows';
import { screenshot, watchConsole } from './helpers';

test.use({ actionTimeout: 15_000 });

const TEAMS = ['Red', 'Blue', 'Green'];

async function playTeam(browser: Browser, sessionCode: string, team: string, word: string): Promise<{ page: Page; code: string; hash: string; progress: string; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await joinAsTeam(page, sessionCode, team, TEAMS);
  // the join screen fetched the room's drawing code while the team read it; once it is here, the device can lose the
  // network: nothing it does from here on needs one
  await expect(page.locator('#app')).toHaveAttribute('data-stage', 'ready', { timeout: 30_000 });
  await context.setOffline(true);
  await expect(page.getByTestId('team-name')).toHaveText(new RegExp(`^Team ${team} · workshop `));
  let progress = '';
  for (let q = 1; q <= 4; q++) {
    await playTeamQuarter(page, `${team} reasons for quarter ${q}`, async () => {
      // the pause's question is on the projector, not in the short code
      await expect(page.getByText('the question for the room is on the projector')).toBeVisible();
      progress = (await page.getByTestId('progress-code').textContent())!.trim();
      // a wrong word keeps the team at the pause, with a reason; the word on the projector lets it go on
      await page.getByLabel(/type the word on the projector/).fill('nope');
      await page.getByRole('button', { name: 'Go on' }).click();
      await expect(page.getByRole('alert')).toContainText(/not the word on the projector/);
      await page.getByLabel(/type the word on the projector/).fill(word.toUpperCase());
      await page.getByRole('button', { name: 'Go on' }).click();
    });
  }
  const code = (await page.getByTestId('team-code').textContent())!.trim();
  // the ending's sound is captioned at the foot of the window: never over the code the team reads out
  const caption = page.locator('#captions');
  if (await caption.isVisible()) {
    const strip = (await caption.boundingBox())!;
    const shown = (await page.getByTestId('team-code').boundingBox())!;
    expect(shown.y + shown.height <= strip.y || shown.y >= strip.y + strip.height, 'the caption covers the team code').toBe(true);
  }
  const hash = (await page.locator('#app').getAttribute('data-state-hash'))!;
  return { page, code, hash, progress, problems };
}

test('a facilitator and three teams run a four-quarter workshop with no network, exchanging by code and by file', async ({ browser, page }) => {
  const problems = watchConsole(page);
  const sessionCode = await createWorkshop(page, { teams: ['Red', 'Blue', 'Green'], seed: 'room-42', pauses: '2: What did the numbers tell you, and what did the stories tell you?' });
  await expect(page.locator('#app')).toHaveAttribute('data-stage', 'ready', { timeout: 30_000 });
  await page.context().setOffline(true); // the facilitator's laptop is offline too
  expect(sessionCode).toMatch(/^BTN2S(-[0-9A-Z]{5})+$/);
  expect(sessionCode.replace(/-/g, '').length).toBeLessThanOrEqual(40);
  await screenshot(page, 'workshop-room-empty');

  const word = (await page.getByTestId('release-word-2').textContent())!.trim();
  const teams = await Promise.all(['Red', 'Blue', 'Green'].map((t) => playTeam(browser, sessionCode, t, word)));
  // at the pause each team showed an eight-character progress code: the room then shows who has reached it
  expect(teams.every((t) => /^[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(t.progress))).toBe(true);
  for (const t of teams.slice(0, 2)) {
    await page.getByLabel('Team code').fill(t.progress);
    await page.getByRole('button', { name: 'Add the team\'s game' }).click();
  }
  await expect(page.locator('.room-team', { has: page.getByRole('heading', { name: 'Red' }) })).toContainText('Waiting at the pause before quarter 2');
  await expect(page.locator('.room-team', { has: page.getByRole('heading', { name: 'Green' }) })).toContainText('no progress code');
  await screenshot(teams[0].page, 'workshop-team-send');

  // Red's code typed from its screen (its moves only), Blue's QR code's text (its code and its reasons), Green's file
  expect(teams[0].code.replace(/-/g, '').length).toBeLessThanOrEqual(80);
  await page.getByLabel('Team code').fill(teams[0].code);
  await page.getByRole('button', { name: 'Add the team\'s game' }).click();
  await expect(page.locator('#announcer')).toContainText('Red\'s game received');
  const blueFile = teams[1].page.waitForEvent('download');
  await teams[1].page.getByRole('button', { name: 'Save the code as a file' }).click();
  const blueText = readFileSync((await (await blueFile).path())!, 'utf8');
  expect(blueText).toMatch(/^BTN2T-[\s\S]+\nBTN2R-/);
  await page.getByLabel('Team code').fill(blueText);
  await page.getByRole('button', { name: 'Add the team\'s game' }).click();
  const download = teams[2].page.waitForEvent('download');
  await teams[2].page.getByRole('button', { name: 'Save the code as a file' }).click();
  const file = await (await download).path();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Load a team file…' }).click();
  await (await chooser).setFiles(file!);

  // the room shows each team exactly as the engine's replay rebuilt it: same state hash as on the team's own screen
  for (const [i, name] of ['Red', 'Blue', 'Green'].entries()) {
    const card = page.locator('.room-team', { has: page.getByRole('heading', { name }) });
    await expect(card).toContainText(/Ended: /);
    await card.getByRole('button', { name: `Open ${name}'s debrief and what-if` }).waitFor({ state: 'detached' }).catch(() => undefined);
    const dashboard = await teams[i].page.locator('.summary-figure .big').textContent().catch(() => null);
    if (dashboard) await expect(card.locator('dd').first()).toHaveText(dashboard.trim());
  }
  // the debrief script on the projector: the fog stays down for the first steps, then the room lifts it together
  await expect(page.locator('.room-team .mini-reveal.fogged')).toHaveCount(3);
  const script = page.locator('section.room-script');
  await expect(script.locator('.script-now h3')).toHaveText('How it felt');
  await page.locator('#teams-heading').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'workshop-room-script');
  await script.getByRole('button', { name: 'Next: What happened' }).click();
  await expect(script.locator('.script-now')).toContainText(/Red: ".+"; Blue: ".+"; Green: ".+"/);
  await script.getByRole('button', { name: 'Next: Lift the fog' }).click();
  await expect(page.locator('.room-team .mini-reveal.fogged')).toHaveCount(3);
  await script.getByRole('button', { name: 'Lift the fog for the room' }).click();
  await expect(page.locator('.room-team .mini-reveal.lifted')).toHaveCount(3);
  // each team's reasons, as it wrote them, are on its card
  await page.locator('.room-team', { has: page.getByRole('heading', { name: 'Blue' }) }).getByText(/Their reasons \(4\)/).click();
  await expect(page.locator('.room-team', { has: page.getByRole('heading', { name: 'Blue' }) })).toContainText('Quarter 3: Blue reasons for quarter 3');
  await expect(page.locator('#announcer')).toContainText(/The fog lifts for the room/);
  await script.getByRole('button', { name: 'Next: Why it happened' }).click();
  await expect(script.locator('.script-now')).toContainText(/Red (in \d{4} Q[1-4]|: never far apart)/);
  await page.locator('#teams-heading').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'workshop-room-reveal');
  // on the projector: one chart with every team's dashboard and, the fog lifted, its practice
  await page.getByRole('button', { name: 'Show on the projector' }).click();
  await expect(page.locator('.projector-chart polyline')).toHaveCount(6);
  await expect(page.locator('.projector-chart polyline.truth')).toHaveCount(3);
  await expect(page.getByRole('img', { name: /^Chart: every team's dashboard and practice quality/ })).toBeVisible();
  await screenshot(page, 'workshop-projector-lifted');
  await page.getByRole('button', { name: 'Back to the desk view' }).click();
  for (const [i, name] of ['Red', 'Blue', 'Green'].entries()) {
    await page.getByRole('button', { name: `Open ${name}'s debrief and what-if` }).click();
    await expect(page.locator('#app')).toHaveAttribute('data-state-hash', teams[i].hash);
    // the room has seen the truth: a team's debrief opens with the fog lifted
    await expect(page.getByRole('heading', { name: 'What the numbers hid' })).toBeVisible();
    await page.getByRole('button', { name: 'Back to the room' }).click();
  }

  // a mistyped code is refused with the group of five that is wrong, which is selected in the box to be retyped
  const groups = teams[0].code.split('-');
  const wrong = groups[2][1] === 'A' ? 'B' : 'A';
  const tampered = [...groups.slice(0, 2), groups[2][0] + wrong + groups[2].slice(2), ...groups.slice(3)].join('-');
  await page.getByLabel('Team code').fill(tampered);
  await page.getByRole('button', { name: 'Add the team\'s game' }).click();
  await expect(page.getByRole('alert')).toContainText(/^Group 2 \(\w{5}\) was mistyped/);
  // the refused code stays in the box, to be corrected rather than typed again
  await expect(page.getByLabel('Team code')).toHaveValue(tampered);
  const selected = await page.getByLabel('Team code').evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(groups[2].slice(0, 1) + wrong + groups[2].slice(2));
  await screenshot(page, 'workshop-room-mistyped');
  // the same game twice changes nothing
  await page.getByLabel('Team code').fill(teams[0].code);
  await page.getByRole('button', { name: 'Add the team\'s game' }).click();
  await expect(page.locator('#announcer')).toContainText('Red\'s game was already here: nothing changed.');

  // the exports parse
  const sessionFile = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the session file' }).click();
  const saved = JSON.parse(readFileSync((await (await sessionFile).path())!, 'utf8'));
  expect(saved.workshopFile).toBe(1);
  expect(saved.teams.map((t: { name: string }) => t.name)).toEqual(['Red', 'Blue', 'Green']);
  expect(saved.teams[0].rationale).toEqual({});
  expect(saved.teams[1].rationale['1']).toBe('Blue reasons for quarter 1');
  const csvFile = page.waitForEvent('download');
  await page.getByRole('button', { name: /every team's numbers \(CSV\)/ }).click();
  const csv = readFileSync((await (await csvFile).path())!, 'utf8').trim().split(/\r?\n/);
  expect(csv[0]).toMatch(/^team,quarter,/);
  expect(csv.length).toBe(1 + 3 * 5);

  // the printed pack: a page a team (its ending, its reveal, its reasons, its questions), then the room; no codes, no boxes
  await page.emulateMedia({ media: 'print' });
  const pack = page.locator('.print-pack');
  await expect(pack).toBeVisible();
  await expect(pack.locator('.pack-team')).toHaveCount(3);
  await expect(pack.locator('.pack-team').nth(1)).toContainText('Blue reasons for quarter 1');
  await expect(pack.locator('.pack-team').first().locator('.mini-reveal.lifted')).toHaveCount(1);
  await expect(pack.locator('.pack-room tbody tr')).toHaveCount(3);
  for (const hidden of ['.session-code', '.join-panel', 'textarea', '.room-script', 'svg[aria-label^="QR code"]']) {
    expect(await page.locator(hidden).filter({ visible: true }).count(), `${hidden} is printed`).toBe(0);
  }
  await page.screenshot({ path: 'test-results/screens/workshop-print-pack.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  for (const t of teams) expect(t.problems).toEqual([]);
  expect(problems).toEqual([]);
});
