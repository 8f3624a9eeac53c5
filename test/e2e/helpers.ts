// Shared steps for browser tests: console watching, keyboard-only navigation, screenshots kept as artefacts.
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  await page.waitForTimeout(600); // let arrivals and needles settle
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: false });
}

/** Presses Tab (only the keyboard) until the target has focus, then Enter. */
const presses = new WeakMap<Page, number>();
/** Key presses made through tabTo on this page so far: what a keyboard user would have typed. */
export function pressesOf(page: Page): number {
  return presses.get(page) ?? 0;
}

export async function tabTo(page: Page, target: Locator, key: 'Enter' | ' ' = 'Enter', max = 400): Promise<void> {
  const handle = await target.elementHandle();
  const press = async (k: string) => { presses.set(page, pressesOf(page) + 1); await page.keyboard.press(k); };
  for (let i = 0; i < max; i++) {
    if (await handle?.evaluate((el) => el === document.activeElement)) { await press(key === ' ' ? 'Space' : key); return; }
    await press('Tab');
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

/**
 * Moves inside a grid of cards with the arrow keys as a sighted keyboard user does (down the column, then along the
 * row) and presses Enter on the target; Tab first if focus is not yet in the grid.
 */
export async function arrowTo(page: Page, target: Locator): Promise<void> {
  const press = async (k: string) => { presses.set(page, pressesOf(page) + 1); await page.keyboard.press(k); };
  const where = () => target.evaluate((el) => {
    const grid = el.closest('ul')!;
    const items = [...grid.querySelectorAll<HTMLElement>('.card-button')];
    const top = items[0].getBoundingClientRect().top;
    const columns = Math.max(1, items.filter((x) => Math.abs(x.getBoundingClientRect().top - top) < 2).length);
    return { from: items.indexOf(document.activeElement as HTMLElement), to: items.indexOf(el as HTMLElement), columns };
  });
  for (let guard = 0; guard < 200; guard++) {
    const { from, to, columns } = await where();
    if (from === to) { await press('Enter'); return; }
    if (from < 0) await press('Tab');
    else if (Math.floor(from / columns) !== Math.floor(to / columns)) await press(to > from ? 'ArrowDown' : 'ArrowUp');
    else await press(to > from ? 'ArrowRight' : 'ArrowLeft');
  }
  throw new Error(`could not reach ${target} with the arrow keys`);
}

export async function stateHash(page: Page): Promise<string> {
  return (await page.locator('#app').getAttribute('data-state-hash')) ?? '';
}

export async function openTitle(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible({ timeout: 20_000 });
}
