// `npm run host`: serves the built game and its live workshop rooms from this laptop to every device on its network
// (a hotspot or router; no internet needed). Teams open the address it prints; without it, the game works by codes.
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { startHost } from './host';

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const port = Number(flag('port') ?? process.env.PORT ?? 8080);
const dir = resolve(flag('dir') ?? 'dist');
if (!Number.isInteger(port) || port < 0 || port > 65535) { console.error(`host: --port must be a port number, not '${flag('port')}'.`); process.exit(2); }
if (!existsSync(resolve(dir, 'index.html'))) { console.error(`host: there is no built game in ${dir}: run \`npm run build\` first (npm run host does).`); process.exit(2); }

const host = await startHost({ port, dir, hostname: flag('hostname') });
const addresses = Object.values(networkInterfaces()).flat().filter((a) => a && a.family === 'IPv4' && !a.internal).map((a) => a!.address);
console.log(`Beyond the Numbers is live on port ${host.port}.`);
for (const a of addresses.length ? addresses : ['127.0.0.1']) console.log(`  Teams open: http://${a}:${host.port}/`);
console.log('Set up the workshop from that address on this laptop; its room goes live, and so does every team that joins from it.');
console.log('Stop with Ctrl+C. Without this server the game still works by codes.');
const stop = () => { void host.close().then(() => process.exit(0)); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
