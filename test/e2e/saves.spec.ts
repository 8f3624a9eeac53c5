import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { currentStep, finishQuarter, NORTHMOOR, resolveQuarter, savedGames, startScenario } from './flows';
import { screenshot, stateHash, watchConsole } from './helpers';

test.use({ actionTimeout: 15_000 });

const AUTOSAVE = 'btn.save.autosave-northmoor';
const VISITS = 'Visit front-line teams and listen';

/** Northmoor: quarter 1 with the front-line visits, then quarter 2's agenda with the visits chosen again. */
async function playIntoQuarter2Agenda(page: Page): Promise<string> {
  await startScenario(page, NORTHMOOR);
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  await page.getByRole('button', { name: VISITS }).click();
  await finishQuarter(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Quarter 2 of 16' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  await page.getByRole('button', { name: VISITS }).click();
  await expect(page.getByRole('button', { name: VISITS })).toHaveAttribute('aria-pressed', 'true');
  const hash = await stateHash(page);
  expect(hash).toMatch(/^[0-9a-f]{16}$/);
  return hash;
}

async function reloadToTitle(page: Page): Promise<void> {
  await page.reload();
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible({ timeout: 20_000 });
}

async function expectQuarter2Agenda(page: Page, hash: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Quarter 2 of 16' })).toBeVisible();
  expect(await stateHash(page)).toBe(hash);
  expect(await currentStep(page)).toBe('Agenda');
  await expect(page.getByRole('button', { name: VISITS })).toHaveAttribute('aria-pressed', 'true');
}

test('a reload mid-game continues at the same state, screen and phase', async ({ page }) => {
  const problems = watchConsole(page);
  const hash = await playIntoQuarter2Agenda(page);
  await reloadToTitle(page);
  await page.getByRole('button', { name: `Continue: ${NORTHMOOR} - quarter 2` }).click();
  await expectQuarter2Agenda(page, hash);
  // and the game goes on from there
  await expect(page.getByRole('button', { name: /^Resolve the quarter with 1 decision$/ })).toBeVisible();
  await resolveQuarter(page);
  await expect(page.getByRole('heading', { name: 'Quarter 2: what happened' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a truncated save and a save from a newer version do not stop the game from starting, and nothing is lost', async ({ page }) => {
  const problems = watchConsole(page);
  await startScenario(page, NORTHMOOR);
  await page.getByRole('button', { name: 'Open the agenda' }).click();
  const hash = await stateHash(page);
  const healthy = (await savedGames(page))[AUTOSAVE];
  expect(healthy).toBeTruthy();
  const damaged = {
    'btn.save.broken': healthy.slice(0, Math.floor(healthy.length / 2)),
    'btn.save.from-the-future': JSON.stringify({ ...JSON.parse(healthy), id: 'from-the-future', saveFormat: 99 }),
  };
  await page.evaluate((saves) => { for (const [k, v] of Object.entries(saves)) localStorage.setItem(k, v); }, damaged);

  await reloadToTitle(page);
  await expect(page.getByRole('note').filter({ hasText: '2 saved games could not be read; the others are safe.' })).toBeVisible();
  await page.getByText('All saved games (3)').click();
  const list = page.locator('details.saves li');
  await expect(list).toHaveCount(3);
  await expect(list.filter({ hasText: 'broken' })).toContainText("Save 'broken' could not be read: the file ends part-way through (truncated).");
  await expect(list.filter({ hasText: 'from-the-future' })).toContainText("Save 'from-the-future' was made by a newer version of the game (format 99)");
  await expect(page.getByRole('button', { name: 'Export broken to a file' })).toBeVisible();
  await screenshot(page, 'saves-damaged-title');
  expect(await savedGames(page)).toEqual({ [AUTOSAVE]: healthy, ...damaged });

  await page.getByRole('button', { name: `Continue: ${NORTHMOOR} - quarter 1` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quarter 1 of 16' })).toBeVisible();
  expect(await stateHash(page)).toBe(hash);
  expect(await currentStep(page)).toBe('Agenda');
  await page.getByRole('button', { name: VISITS }).click();
  await expect(page.getByRole('button', { name: VISITS })).toHaveAttribute('aria-pressed', 'true');
  // the damaged saves are still there, untouched, beside the new autosave
  const after = await savedGames(page);
  expect(Object.keys(after).sort()).toEqual([AUTOSAVE, ...Object.keys(damaged)].sort());
  expect(after).toMatchObject(damaged);
  expect(after[AUTOSAVE]).not.toBe(healthy);
  expect(problems).toEqual([]);
});

test('a game saved to a file and loaded back continues at the same state', async ({ page }, testInfo) => {
  const problems = watchConsole(page);
  const hash = await playIntoQuarter2Agenda(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save to a file' }).click()]);
  expect(download.suggestedFilename()).toBe('beyond-the-numbers-northmoor-q2.save.json');
  await expect(page.locator('#announcer')).toHaveText('Saved to the file beyond-the-numbers-northmoor-q2.save.json.');
  const file = testInfo.outputPath('exported.save.json');
  await download.saveAs(file);
  const save = JSON.parse(readFileSync(file, 'utf8')) as { saveFormat: number; seed: string; decisions: unknown[]; hashes: string[]; quarter: number; phase: string };
  expect(save).toMatchObject({ saveFormat: 1, quarter: 2, phase: 'agenda' });
  expect(save.hashes).toHaveLength(save.decisions.length);
  expect(save.hashes.at(-1)).toBe(hash);

  // a fresh browser profile: nothing saved, then the file brings the game back
  await page.evaluate(() => localStorage.clear());
  await reloadToTitle(page);
  await expect(page.getByRole('button', { name: 'Continue (no saved game yet)' })).toBeDisabled();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Load a saved game from a file' }).click()]);
  await chooser.setFiles(file);
  await expectQuarter2Agenda(page, hash);
  expect(Object.keys(await savedGames(page))).toEqual([AUTOSAVE]);
  // the loaded game is saved again, so Continue works after another reload
  await reloadToTitle(page);
  await page.getByRole('button', { name: `Continue: ${NORTHMOOR} - quarter 2` }).click();
  await expectQuarter2Agenda(page, hash);
  expect(problems).toEqual([]);
});

test('a damaged or tampered save file shows a clear notice and the game keeps working', async ({ page }) => {
  const problems = watchConsole(page);
  const hash = await playIntoQuarter2Agenda(page);
  const good = JSON.parse((await savedGames(page))[AUTOSAVE]) as { decisions: { type: string; id?: string }[] };
  await page.getByRole('button', { name: 'Main menu' }).click();
  const load = async (name: string, text: string) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Load a saved game from a file' }).click()]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };

  // not JSON at all: an alert that names the file, and the title still works
  await load('garbage.save.json', '{"saveFormat": 1, "id": oops}');
  await expect(page.getByRole('alert')).toContainText("Save 'garbage.save.json' could not be read: the file is damaged: it is not valid JSON");
  await screenshot(page, 'saves-import-garbage');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // the decisions edited (the last one, so chance plays out the same before it): the saved state hashes no longer
  // match the replay, and the notice says from where
  const visits = good.decisions.flatMap((d, i) => (d.type === 'CHOOSE' && d.id === 'practice_visits' ? [i] : []));
  expect(visits).toHaveLength(2);
  const [first, last] = visits;
  expect(last).toBe(good.decisions.length - 1);
  const edited = { ...good, decisions: good.decisions.map((d, i) => (i === last ? { type: 'CHOOSE', id: 'brief_lead_member' } : d)) };
  await load('edited.save.json', JSON.stringify(edited));
  await expect(page.getByRole('status').filter({ hasText: 'does not replay' })).toContainText(`it differs from decision ${last + 1} of ${good.decisions.length} onward. The game continues from the replay.`);
  await expect(page.getByRole('button', { name: 'Brief the lead member' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: VISITS })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('heading', { level: 1, name: 'Quarter 2 of 16' })).toBeVisible();
  expect(await stateHash(page)).not.toBe(hash);
  await screenshot(page, 'saves-import-edited');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await resolveQuarter(page);
  await expect(page.getByRole('heading', { name: 'Quarter 2: what happened' })).toBeVisible();

  // a decision the scenario does not have: the game is rebuilt as far as it can be, and says so
  await page.getByRole('button', { name: 'Main menu' }).click();
  const unknown = { ...good, decisions: good.decisions.map((d, i) => (i === first ? { type: 'CHOOSE', id: 'bribe_the_inspectors' } : d)) };
  await load('unknown.save.json', JSON.stringify(unknown));
  await expect(page.getByText(`could only be replayed up to decision ${first + 1} of ${good.decisions.length}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Quarter 1 of 16' })).toBeVisible();
  await page.getByRole('button', { name: VISITS }).click();
  await expect(page.getByRole('button', { name: VISITS })).toHaveAttribute('aria-pressed', 'true');
  expect(problems).toEqual([]);
});
