// The live tier in real Chromium: `npm run host`'s server (the built game and its workshop rooms) with a facilitator
// and two teams. Games and progress arrive as they are played, with no code typed; the facilitator releases a pause
// for every team; the host restarts mid-workshop and every device comes back and catches up.
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, joinAsTeam, playTeamQuarter } from './flows';
import { screenshot, watchConsole } from './helpers';

const PORT = 4190;
let host: ChildProcess | null = null;

async function startHost(): Promise<void> {
  host = spawn(process.execPath, ['--import', 'tsx', 'tools/host/cli.ts', '--port', String(PORT), '--dir', 'dist', '--hostname', '127.0.0.1'], { stdio: 'pipe' });
  let out = '';
  host.stdout!.on('data', (b) => { out += String(b); });
  await expect.poll(() => out, { timeout: 30_000 }).toContain('is live on port');
}
async function stopHost(): Promise<void> {
  const h = host!;
  const done = new Promise((r) => h.once('exit', r));
  h.kill('SIGTERM');
  await done;
}

test.use({ baseURL: `http://127.0.0.1:${PORT}`, actionTimeout: 15_000 });
test.beforeAll(startHost);
test.afterAll(async () => { if (host && host.exitCode === null) await stopHost(); });

const TEAMS = ['Red', 'Blue'];
const card = (page: Page, name: string) => page.locator('.room-team', { has: page.getByRole('heading', { name }) });
// while the host restarts, the browser logs the refused connections it retries: those are expected
const real = (problems: string[]) => problems.filter((p) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource|Failed to fetch|matchmake/i.test(p));

test('a facilitator and two teams run a workshop live on the host: no codes typed, a pause released for all, a restart survived', async ({ browser, page }) => {
  const problems = watchConsole(page);
  const sessionCode = await createWorkshop(page, { teams: TEAMS, seed: 'live-1', pauses: '2: What did the numbers tell you?' });
  await expect(page.getByTestId('live-line')).toContainText(/Live on this network: 0 of 2 teams connected/, { timeout: 20_000 });

  const teams = await Promise.all(TEAMS.map(async (name) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const p = await context.newPage();
    const teamProblems = watchConsole(p);
    await joinAsTeam(p, sessionCode, name, TEAMS);
    return { name, page: p, problems: teamProblems };
  }));
  await expect(page.getByTestId('live-line')).toContainText('2 of 2 teams connected');

  // quarter 1, played: each team's game reaches the room by itself
  for (const t of teams) await playTeamQuarter(t.page, `${t.name}: quarter 1`, async () => undefined);
  for (const t of teams) await expect(card(page, t.name)).toContainText('Quarter 2 of 4');
  // at the pause, the room sees who waits; one button lets every team go on, with no word typed
  for (const t of teams) await expect(t.page.getByRole('heading', { name: 'Pause for the room' })).toBeVisible();
  for (const t of teams) await expect(t.page.getByText('Live: the facilitator sees that you are here')).toBeVisible();
  for (const t of teams) await expect(card(page, t.name)).toContainText('Waiting at the pause before quarter 2');
  await screenshot(page, 'live-room-at-pause');
  await page.getByRole('button', { name: 'Release the pause before quarter 2 for every team' }).click();
  for (const t of teams) await expect(t.page.getByRole('heading', { name: 'Pause for the room' })).toHaveCount(0);
  await expect(page.locator('.room-pauses .released')).toHaveText(' · released for every team on the network');

  // the host restarts mid-quarter: the teams play on, and every device finds the room again and catches it up
  await stopHost();
  await expect(page.getByTestId('live-line')).toContainText(/not answering|reconnecting/, { timeout: 20_000 });
  await playTeamQuarter(teams[0].page, 'Red: quarter 2, while the host was down', async () => undefined);
  await startHost();
  await expect(page.getByTestId('live-line')).toContainText('2 of 2 teams connected', { timeout: 40_000 });
  await expect(card(page, 'Red')).toContainText('Quarter 3 of 4', { timeout: 20_000 });

  // to the end: the room holds each team's game exactly as on its own screen
  await playTeamQuarter(teams[1].page, 'Blue: quarter 2', async () => undefined);
  for (const t of teams) for (let q = 3; q <= 4; q++) await playTeamQuarter(t.page, `${t.name}: quarter ${q}`, async () => undefined);
  for (const t of teams) await expect(card(page, t.name)).toContainText(/Ended: /, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Lift the fog for the room' }).click();
  await screenshot(page, 'live-room-ended');
  for (const t of teams) {
    const hash = await t.page.locator('#app').getAttribute('data-state-hash');
    await page.getByRole('button', { name: `Open ${t.name}'s debrief and what-if` }).click();
    await expect(page.locator('#app')).toHaveAttribute('data-state-hash', hash!);
    await page.getByRole('button', { name: 'Back to the room' }).click();
  }
  // the reasons came with the games
  await card(page, 'Red').getByText(/Their reasons/).click();
  await expect(card(page, 'Red')).toContainText('Red: quarter 2, while the host was down');
  expect(real(problems)).toEqual([]);
  for (const t of teams) expect(real(t.problems)).toEqual([]);
});
