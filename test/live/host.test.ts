// The live tier on loopback: the host's workshop room with a facilitator and teams as Colyseus clients, as the game's
// pages are. It relays each team's game to the facilitator, releases pauses for every team, brings a dropped client
// back with what it missed, and after a restart of the host the devices send again what they own.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import NodeWebSocket from 'ws';
import { startHost, type Host } from '../../tools/host/host';
import type { RoomSnapshot } from '../../tools/host/workshop-room';

// Node 20 has no WebSocket of its own; the client's reconnection looks for one, as it finds in a browser
(globalThis as { WebSocket?: unknown }).WebSocket ??= NodeWebSocket;

interface Device { room: Room; got: { type: string; m: unknown }[]; last: () => RoomSnapshot | undefined }

async function device(port: number, options: object): Promise<Device> {
  const room = await new Client(`http://127.0.0.1:${port}`).joinOrCreate('workshop', options);
  room.reconnection.minUptime = 0;
  room.reconnection.maxRetries = 4;
  const got: Device['got'] = [];
  for (const type of ['room', 'game', 'progress']) room.onMessage(type, (m: unknown) => got.push({ type, m }));
  return { room, got, last: () => got.filter((g) => g.type === 'room').at(-1)?.m as RoomSnapshot | undefined };
}

async function until(test: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const games = (d: Device) => d.got.filter((g) => g.type === 'game').map((g) => g.m as { team: string; text: string });

describe('the host\'s workshop room', () => {
  let host: Host;
  beforeAll(async () => { host = await startHost({ port: 0, hostname: '127.0.0.1', dir: null }); });
  afterAll(async () => { await host.close(); });

  it('relays games and progress to the facilitator, releases pauses for every team, and keeps sessions apart', async () => {
    const f = await device(host.port, { sessionId: 'AAA-111', role: 'facilitator' });
    f.room.send('session', { code: 'BTN2S-TEST', teams: ['Red', 'Blue'] });
    const red = await device(host.port, { sessionId: 'AAA-111', role: 'team', team: 'Red' });
    const blue = await device(host.port, { sessionId: 'AAA-111', role: 'team', team: 'Blue' });
    const other = await device(host.port, { sessionId: 'BBB-222', role: 'team', team: 'Red' });
    expect(red.room.roomId).toBe(f.room.roomId);
    expect(other.room.roomId).not.toBe(f.room.roomId);
    red.room.send('game', { text: 'BTN2T-RED1', quarter: 2 });
    blue.room.send('progress', { code: 'ABCD-EFGH' });
    other.room.send('game', { text: 'BTN2T-NOTHERE', quarter: 1 });
    await until(() => games(f).length === 1 && f.got.some((g) => g.type === 'progress'), 'the game and the progress code');
    expect(games(f)).toEqual([{ team: 'Red', text: 'BTN2T-RED1' }]);
    expect(f.got.find((g) => g.type === 'progress')?.m).toEqual({ team: 'Blue', code: 'ABCD-EFGH' });
    // a team cannot release a pause; the facilitator can, for every team at once
    red.room.send('release', { quarter: 2 });
    f.room.send('release', { quarter: 3 });
    await until(() => (blue.last()?.released ?? []).includes(3), 'the release');
    expect(blue.last()?.released).toEqual([3]);
    expect(red.last()).toMatchObject({ session: { code: 'BTN2S-TEST', teams: ['Red', 'Blue'] }, teams: expect.arrayContaining([{ team: 'Red', online: true, quarter: 2 }]) });
    for (const d of [f, red, blue, other]) await d.room.leave();
  });

  it('brings a dropped team back into its seat, and gives a facilitator that joins late every team\'s latest game', async () => {
    const f = await device(host.port, { sessionId: 'CCC-333', role: 'facilitator' });
    const red = await device(host.port, { sessionId: 'CCC-333', role: 'team', team: 'Red' });
    red.room.send('game', { text: 'BTN2T-RED1', quarter: 1 });
    await until(() => games(f).length === 1, 'the first game');
    // the team's network goes: its socket is cut without a goodbye
    let reconnected = false;
    red.room.onReconnect(() => { reconnected = true; });
    const sessionBefore = red.room.sessionId;
    (red.room.connection.transport as unknown as { ws: { terminate(): void } }).ws.terminate();
    await until(() => reconnected, 'the reconnection');
    expect(red.room.sessionId).toBe(sessionBefore);
    red.room.send('game', { text: 'BTN2T-RED2', quarter: 2 });
    await until(() => games(f).length === 2, 'the game after the reconnection');
    await until(() => f.last()?.teams.some((t) => t.team === 'Red' && t.online && t.quarter === 2) === true, 'Red online again');
    // the facilitator's laptop reloads: the room gives it what it missed
    const again = await device(host.port, { sessionId: 'CCC-333', role: 'facilitator' });
    await until(() => games(again).length === 1, 'the catch-up');
    expect(games(again)).toEqual([{ team: 'Red', text: 'BTN2T-RED2' }]);
    for (const d of [f, red, again]) await d.room.leave();
  });

  it('ignores what does not fit: huge or malformed messages, a facilitator\'s message sent by a team', async () => {
    const f = await device(host.port, { sessionId: 'DDD-444', role: 'facilitator' });
    const red = await device(host.port, { sessionId: 'DDD-444', role: 'team', team: 'Red' });
    red.room.send('game', { text: 'x'.repeat(30_000) });
    red.room.send('game', { text: 42 });
    red.room.send('session', { code: 'BTN2S-FAKE', teams: ['Mallory'] });
    red.room.send('game', { text: 'BTN2T-OK', quarter: 1 });
    await until(() => games(f).length === 1, 'the good game');
    expect(games(f)).toEqual([{ team: 'Red', text: 'BTN2T-OK' }]);
    expect(f.last()?.session).toBeNull();
    for (const d of [f, red]) await d.room.leave();
  });
});

describe('a restart of the host', () => {
  const dir = mkdtempSync(join(tmpdir(), 'btn-host-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Beyond the Numbers</title>');
  const port = 4300 + Math.floor(Math.random() * 500);
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'tools/host/cli.ts', '--port', String(port), '--dir', dir, '--hostname', '127.0.0.1'], { stdio: 'pipe' });
    let out = '';
    child.stdout!.on('data', (b) => { out += String(b); });
    await until(() => out.includes('is live on port'), 'the host to start', 30_000);
  };
  const stop = async () => { const c = child!; const done = new Promise((r) => c.once('exit', r)); c.kill('SIGTERM'); await done; };
  afterAll(async () => { if (child && child.exitCode === null) await stop(); });

  it('serves the game and says it is live, and after a restart the devices join again and the room fills up again', async () => {
    await start();
    expect(await (await fetch(`http://127.0.0.1:${port}/live.json`)).json()).toEqual({ live: true });
    expect(await (await fetch(`http://127.0.0.1:${port}/some/page`)).text()).toContain('Beyond the Numbers');
    // devices that, like the game's pages, join again when the room goes away, and send again what they own
    const live = async (options: object, own: (r: Room) => void) => {
      const d = { current: await device(port, options) };
      const hook = (r: Room) => {
        own(r);
        r.onLeave(() => {
          const retry = () => device(port, options).then((n) => { d.current = n; hook(n.room); }, () => setTimeout(retry, 300));
          setTimeout(retry, 300);
        });
      };
      hook(d.current.room);
      return d;
    };
    const f = await live({ sessionId: 'EEE-555', role: 'facilitator' }, (r) => r.send('session', { code: 'BTN2S-TEST', teams: ['Red'], released: [2] }));
    const red = await live({ sessionId: 'EEE-555', role: 'team', team: 'Red' }, (r) => r.send('game', { text: 'BTN2T-RED3', quarter: 3 }));
    await until(() => games(f.current).length >= 1, 'the game before the restart');
    await stop();
    await start();
    await until(() => games(f.current).some((g) => g.text === 'BTN2T-RED3') && (f.current.last()?.released ?? []).includes(2), 'the room refilled after the restart', 40_000);
    expect(f.current.last()?.session?.code).toBe('BTN2S-TEST');
    expect(red.current.room.roomId).toBe(f.current.room.roomId);
  }, 90_000);
});
