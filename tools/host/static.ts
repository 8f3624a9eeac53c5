// The built game, served from the trainer's laptop to the teams' devices on the same hotspot. Only files under the
// build directory, with their types; a path the game does not have gets index.html (the game routes by its hash).
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg', '.wav': 'audio/wav', '.webm': 'audio/webm', '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon',
};

export function serveBuilt(root: string) {
  const base = normalize(root);
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    // the page asks whether it is served by a host (and so can go live)
    if (path === '/live.json') { res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }); res.end('{"live":true}'); return; }
    let file = normalize(join(base, path));
    if (!file.startsWith(base + sep) && file !== base) return next();
    if (!isFile(file)) file = join(base, 'index.html');
    if (!isFile(file)) return next();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600' });
    if (req.method === 'HEAD') { res.end(); return; }
    createReadStream(file).pipe(res);
  };
}

function isFile(path: string): boolean {
  try { return statSync(path).isFile(); } catch { return false; }
}
