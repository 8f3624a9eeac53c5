import { writeFileSync } from 'node:fs';
import { chromium, expect, test } from '@playwright/test';
import { qrMatrix } from '../../src/workshop/qr';
import { openTitle, watchConsole } from './helpers';

/** A fake camera: a Y4M video whose frames show the QR code of `text` (Chromium's test camera plays it). */
function qrVideo(text: string, path: string): void {
  const m = qrMatrix(text);
  const size = 480;
  const cell = Math.floor(size / (m.length + 8));
  const offset = Math.floor((size - cell * m.length) / 2);
  const y = Buffer.alloc(size * size, 255);
  m.forEach((row, r) => row.forEach((on, c) => {
    if (!on) return;
    for (let dy = 0; dy < cell; dy++) y.fill(0, (offset + r * cell + dy) * size + offset + c * cell, (offset + r * cell + dy) * size + offset + (c + 1) * cell);
  }));
  const chroma = Buffer.alloc((size / 2) * (size / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${size} H${size} F10:1 Ip A1:1 C420jpeg\n`), frame, frame, frame]));
}

test('a team joins by pointing its camera at the session QR code on the projector', async ({ page }, info) => {
  await openTitle(page);
  await page.getByRole('button', { name: 'Run a workshop' }).click();
  await page.getByLabel('Scenario').selectOption('first-meeting');
  await page.getByRole('button', { name: 'Create the session' }).click();
  const sessionCode = (await page.getByTestId('session-code').textContent())!.trim();
  // the projector's QR code holds the join link: the short code and the teams' names it leaves out
  const link = (await page.locator('.link-text').textContent())!.trim();
  expect(link).toContain(sessionCode);

  const video = info.outputPath('session-qr.y4m');
  qrVideo(link, video);
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const phone = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`] });
  try {
    const context = await phone.newContext({ baseURL: 'http://127.0.0.1:4173', permissions: ['camera'] });
    const team = await context.newPage();
    const problems = watchConsole(team);
    await openTitle(team);
    await team.getByRole('button', { name: 'Join a workshop' }).click();
    await team.getByRole('button', { name: /Scan the session's QR code/ }).click();
    await expect(team.getByRole('button', { name: 'Join as Red' })).toBeVisible({ timeout: 20_000 });
    await expect(team.getByLabel('Session code')).toHaveValue(sessionCode);
    expect(problems).toEqual([]);
  } finally {
    await phone.close();
  }
});
