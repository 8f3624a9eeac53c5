// The live tier: the built game and a Colyseus server for workshop rooms, on one port of the trainer's laptop.
import { createServer } from 'node:http';
import { Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { serveBuilt } from './static';
import { WorkshopRoom } from './workshop-room';

export interface Host { port: number; close(): Promise<void> }

export async function startHost(options: { port: number; hostname?: string; dir: string | null }): Promise<Host> {
  const http = createServer();
  const server = new Server({
    // a team's code with its reasons is a few kilobytes; the room ignores anything over 20 kB
    transport: new WebSocketTransport({ server: http, pingInterval: 3000, pingMaxRetries: 2, maxPayload: 64 * 1024 }),
    greet: false,
    gracefullyShutdown: false,
    express: (app) => { if (options.dir) app.use(serveBuilt(options.dir)); },
  });
  server.define('workshop', WorkshopRoom).filterBy(['sessionId']);
  await server.listen(options.port, options.hostname ?? '0.0.0.0');
  const address = http.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: async () => { await server.gracefullyShutdown(false); },
  };
}
