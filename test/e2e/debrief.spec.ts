// The debrief as the game's climax: the ending keeps the secret, the player lifts the fog, asks why of any moment,
// sets another board with the same luck beside their own, writes their reflections, and plays again with the same luck.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pastTheCheck, playToDebrief, startScenario, TUTORIAL } from './flows';
import { screenshot, stateHash, watchConsole } from './helpers';

const TRUTH = /practice quality/i;

/** The leading signed amount of a web sentence ("+1.2 through…", "−0.4 settling back…"), as a number. */
function amountOf(sentence: string): number {
  const m = /^([+−])(\d+(?:\.\d+)?)/.exec(sentence.trim());
  if (!m) throw new Error(`no amount in "${sentence}"`);
  return (m[1] === '−' ? -1 : 1) * Number(m[2]);
}

async function firstArrivals(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Open the agenda' }).waitFor();
  return page.locator('main, #app').first().innerText();
}

test('the ending keeps the secret; the player lifts the fog by keyboard and asks why of a quarter, a pin and the chart', async ({ page }) => {
  const problems = watchConsole(page);
  await startScenario(page, TUTORIAL);
  await playToDebrief(page);
  // before the fog lifts nothing on the page names the hidden truth: not the ending, not the chart, not its table
  await expect(page.getByRole('heading', { name: 'What the board saw' })).toBeVisible();
  expect(await page.locator('#app').innerText()).not.toMatch(TRUTH);
  await page.getByText('Show the chart as a table').click();
  await expect(page.getByRole('table', { name: /quarter by quarter/ }).locator('thead th')).toHaveCount(2);
  await screenshot(page, 'debrief-fog');

  // the lift, by keyboard
  await page.getByRole('button', { name: 'Lift the fog' }).focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'What the numbers hid' });
  await expect(heading).toBeFocused();
  await expect(page.locator('#announcer')).toContainText(/The fog lifts/);
  await expect(page.getByRole('img', { name: /^Chart: Dashboard and Practice quality/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /quarter by quarter/ }).locator('thead th')).toHaveCount(4);
  await screenshot(page, 'debrief-lifted');
  // the whole game's causes speak plainly too: loops by what they do, the model's codes only in the footnote
  await expect(page.locator('section.causes li').first()).toBeVisible();
  for (const li of await page.locator('section.causes li').allTextContents()) expect(li).not.toMatch(/\bR[1-5]\b|loop [A-Z]|natural pull/);

  // a quarter's web: its parts, as shown, add up to the change it explains (each rounded to a tenth at most)
  await page.getByRole('button', { name: /Why practice quality moved this quarter/ }).nth(1).click();
  const web = page.locator('.cause-web');
  await expect(web.getByRole('heading', { name: /Why practice quality moved in/ })).toBeFocused();
  const sentences = await web.locator('.web-words li').allTextContents();
  const change = Number(/\(([+−][\d.]+)\)\.$/.exec(sentences[0])![1].replace('−', '-'));
  const parts = sentences.slice(1).filter((s) => /^[+−]/.test(s)).map(amountOf);
  expect(parts.length).toBeGreaterThan(0);
  expect(Math.abs(parts.reduce((a, b) => a + b, 0) - change)).toBeLessThanOrEqual(0.05 * (parts.length + 1));
  await expect(web.locator('.web-drawing .web-node.truth')).toHaveCount(1);
  await expect(web.locator('.web-words')).not.toContainText(/\bR[1-5]\b|natural pull/);
  await screenshot(page, 'debrief-web-quarter');

  // a decision's pin: what it pushed and when, in words and arrows
  await page.locator('.moment.pin-decision .moment-button').first().click();
  await expect(web.getByRole('heading', { name: /What followed from a decision in/ })).toBeVisible();
  await expect(web.locator('.web-words li').first()).toContainText(/at once|later/);
  expect(await web.locator('.web-edge').count()).toBeGreaterThan(0);
  await screenshot(page, 'debrief-web-pin');
  // Close hands focus back to the moment it came from
  await web.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.moment.pin-decision .moment-button').first()).toBeFocused();

  // a click on the chart asks why of the quarter under it
  const slot = page.locator('#reveal-slot');
  await slot.scrollIntoViewIfNeeded();
  const box = (await slot.boundingBox())!;
  await slot.click({ position: { x: 34 + (box.width - 46) * (2.5 / 4), y: box.height / 2 } });
  await expect(web.getByRole('heading', { name: /Why practice quality moved in/ })).toBeVisible();
  await expect(page.locator('.moment-button[aria-expanded="true"]')).toHaveText(/Why practice quality moved this quarter/);
  expect(problems).toEqual([]);
});

test('another board with the same luck is drawn beside the player\'s lines, and answers go into the export', async ({ page }) => {
  const problems = watchConsole(page);
  await startScenario(page, TUTORIAL);
  await playToDebrief(page);
  await page.getByRole('button', { name: 'Lift the fog' }).click();
  await page.getByRole('button', { name: 'Show a learning board with the same luck' }).click();
  const result = page.locator('.ghost-result');
  await expect(result).toContainText(/a learning board with the same luck/);
  // the words sit beside the chart they change: under the reveal's chart, above the pressures
  const chart = (await page.locator('#reveal-slot').boundingBox())!;
  const words = (await result.boundingBox())!;
  const pressures = (await page.locator('.pressure-chart').boundingBox())!;
  expect(words.y).toBeGreaterThan(chart.y + chart.height - 1);
  expect(words.y).toBeLessThan(pressures.y);
  await expect(page.locator('.reveal-chart .legend')).toContainText(/thin lines: a learning board with the same luck/);
  await expect(page.locator('.reveal-table caption', { hasText: /with a learning board with the same luck/ })).toBeAttached();
  await page.getByRole('button', { name: 'Show a compliance board with the same luck' }).click();
  await expect(result).toContainText(/a compliance board with the same luck/);
  await screenshot(page, 'debrief-ghost');

  // the reflection's arc, answered and exported
  const reflect = page.locator('section.reflections');
  await expect(reflect.locator('.arc-stage h3')).toHaveText(['How it felt', 'What happened', 'What you learned', 'Your own board', 'What you will do next']);
  const first = reflect.locator('textarea').first();
  await first.fill('It felt like every call was about the figures.');
  await reflect.locator('textarea').last().fill('Ask the duty team to come to the next board.');
  await screenshot(page, 'debrief-reflect');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the data (JSON)' }).click();
  const data = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  const answers = data.answers.map((a: { answer: string }) => a.answer);
  expect(answers).toContain('It felt like every call was about the figures.');
  expect(answers).toContain('Ask the duty team to come to the next board.');
  expect(data.ending.revealed).toBeTruthy();
  // the print carries the answers as text
  await page.emulateMedia({ media: 'print' });
  await expect(reflect.locator('.answer-print').first()).toHaveText('It felt like every call was about the figures.');
  await expect(reflect.locator('.answer-print').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // the answers stay with the game on this device: a reload and Continue bring them back
  await page.reload();
  await page.getByRole('button', { name: /^Continue: / }).click();
  await page.getByRole('button', { name: 'Lift the fog' }).click();
  await expect(page.locator('section.reflections textarea').first()).toHaveValue('It felt like every call was about the figures.');
  expect(problems).toEqual([]);
});

test('play again with the same luck: the same start and first arrivals, then the two games side by side', async ({ page }) => {
  const problems = watchConsole(page);
  await startScenario(page, TUTORIAL);
  const startHash = await stateHash(page);
  const arrivals = await firstArrivals(page);
  await playToDebrief(page);
  await page.getByRole('button', { name: 'Play again with the same luck' }).click();
  const note = page.getByRole('button', { name: 'Continue', exact: true });
  if (await note.count()) await note.click();
  await pastTheCheck(page);
  await page.getByRole('button', { name: /Take your seat/ }).click();
  expect(await stateHash(page)).toBe(startHash);
  expect(await firstArrivals(page)).toBe(arrivals);
  await playToDebrief(page);
  await page.getByRole('button', { name: 'Lift the fog' }).click();
  const runs = page.locator('section.runs');
  await expect(runs.getByRole('heading', { name: 'Your two games, the same luck' })).toBeVisible();
  await expect(runs.locator('figure.run')).toHaveCount(2);
  await expect(runs).toContainText(/You took the same decisions in every quarter|The decisions that differed/);
  await runs.scrollIntoViewIfNeeded();
  await screenshot(page, 'debrief-two-runs');
  expect(problems).toEqual([]);
});
