// The check before and after play, as a trainee meets it: questions before the briefing (answered by keyboard, kept
// across a reload), the same kinds of question after the debrief, what changed, the reaction form, all in the export.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answerAfterCheckBest, liftTheFog, NORTHMOOR, NORTHMOOR_CHECK as check, playToDebrief } from './flows';
import { openTitle, screenshot, watchConsole } from './helpers';

const items = (form: 'before' | 'after') => check.items.filter((i) => i.form === form);

async function noSeriousAxe(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), what).toEqual([]);
}

test('a trainee answers the check before play by keyboard, and after the debrief sees what changed for them', async ({ page }) => {
  const problems = watchConsole(page);
  await openTitle(page);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: `Play ${NORTHMOOR}` }).click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start: a few questions' })).toBeVisible();
  await expect(page.getByRole('group')).toHaveCount(items('before').length);
  // a drawn series has its figures in a table for screen readers
  await expect(page.getByRole('table', { name: /The figures drawn above/ }).first()).toBeAttached();
  await screenshot(page, 'check-before');
  await noSeriousAxe(page, 'the check before play');

  // by keyboard: Tab into each question's group, Space picks its first answer (a scale: its lowest point)
  const first = page.getByRole('radio').first();
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  for (let q = 1; q < 3; q++) { await page.keyboard.press('Tab'); await page.keyboard.press('Space'); }
  const group = (i: number) => page.getByRole('group').nth(i);
  for (let q = 0; q < 3; q++) await expect(group(q).getByRole('radio').first()).toBeChecked();
  // a reload mid-check loses nothing
  await page.reload();
  await page.getByRole('button', { name: /^Continue: Northmoor/ }).click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click(); // the content note, again after a reload
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start: a few questions' })).toBeVisible();
  for (let q = 0; q < 3; q++) await expect(group(q).getByRole('radio').first()).toBeChecked();
  // the rest by mouse: the first answer of each, so every marked answer before play is the first choice
  for (let q = 3; q < items('before').length; q++) await group(q).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Done: on to the briefing' }).click();
  await expect(page.getByRole('button', { name: /Take your seat/ })).toBeVisible();
  await page.getByRole('button', { name: /Take your seat/ }).click();

  await playToDebrief(page);
  await expect(page.getByRole('heading', { name: 'Before you go' })).toHaveCount(0); // behind the fog, like the rest
  await liftTheFog(page);
  await expect(page.getByRole('heading', { name: 'Before you go' })).toBeVisible();
  const after = page.locator('.check-after');
  await expect(after.getByRole('group')).toHaveCount(items('after').length);
  await answerAfterCheckBest(page, '4'); // every best answer now, and a 4 for confidence
  await screenshot(page, 'check-after');
  await page.getByRole('button', { name: 'Done: show what changed for me' }).click();
  const table = page.getByRole('table', { name: 'Your check at the start and now' });
  await expect(table).toBeVisible();
  // before play every marked answer was the first choice: the change is what the first choices held of the best
  for (const c of check.constructs) {
    const row = table.getByRole('row', { name: new RegExp(`^${escape(c.title)}`) });
    const marked = items('after').some((i) => i.construct === c.id && i.choices);
    if (marked) {
      const firstBest = items('before').filter((i) => i.construct === c.id).filter((i) => i.choices![0].best).length / items('before').filter((i) => i.construct === c.id).length;
      await expect(row.getByRole('cell').nth(0)).toHaveText(`${Math.round(firstBest * 100)}%`);
      await expect(row.getByRole('cell').nth(1)).toHaveText('100%');
    } else {
      await expect(row.getByRole('cell').nth(2)).toHaveText('more confident'); // 1 -> 4
    }
  }
  await page.getByRole('group', { name: 'How useful was this for your work?' }).getByRole('radio', { name: '4' }).check();
  await page.getByLabel('One thing you will do, or ask, at your own board').fill('Ask for a practitioner\'s account before the dashboard.');
  await screenshot(page, 'check-change');
  await noSeriousAxe(page, 'the debrief with the check and the reaction form');

  // the record survives a reload with the game, and goes into the debrief's export
  await page.reload();
  await page.getByRole('button', { name: /^Continue: Northmoor/ }).click();
  await liftTheFog(page);
  await expect(page.getByRole('table', { name: 'Your check at the start and now' })).toBeVisible();
  await expect(page.getByLabel('One thing you will do, or ask, at your own board')).toHaveValue('Ask for a practitioner\'s account before the dashboard.');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the data (JSON)' }).click();
  const data = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(data.learning.check.score).toBe(100);
  expect(data.learning.check.items).toHaveLength(check.items.length);
  expect(data.learning.reaction).toEqual({ useful: 4, willDo: 'Ask for a practitioner\'s account before the dashboard.' });
  expect(problems).toEqual([]);
});

test('a trainee in a hurry skips the check: no questions before or after, the reaction form still there', async ({ page }) => {
  await openTitle(page);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: `Play ${NORTHMOOR}` }).click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('button', { name: /Skip the questions/ }).click();
  await page.getByRole('button', { name: /Take your seat/ }).click();
  await playToDebrief(page);
  await liftTheFog(page);
  await expect(page.getByRole('heading', { name: 'Before you go' })).toBeVisible();
  await expect(page.locator('.check-after')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'How useful was this for your work?' })).toBeVisible();
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
