// A stand-in LMS for the package tests, on one origin: an LMS page that puts scorm-again's SCORM 1.2 runtime in
// window.API, keeps what the course commits in localStorage (a relaunch resumes from it) and opens the course in its own
// window; the built packages' files; and for cmi5 a stub learning record store that keeps every statement and state.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.wav': 'audio/wav', '.woff2': 'font/woff2', '.woff': 'font/woff', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.xml': 'application/xml' };

const LMS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again/scorm12.js"></script></head><body><h1>Test LMS</h1><button id="launch">Launch the course</button>
<script>
  const saved = JSON.parse(localStorage.getItem('lms') || '{}');
  window.API = new Scorm12API({ logLevel: 5, autocommit: false, lmsCommitUrl: false });
  window.record = saved.record || {};
  window.commits = saved.commits || 0;
  window.finished = saved.finished || 0;
  // what an LMS hands back on a relaunch: the course's own data, and "resume" as the way in
  for (const key of ['cmi.suspend_data', 'cmi.core.lesson_location', 'cmi.core.lesson_status', 'cmi.core.score.raw']) {
    if (window.record[key] !== undefined) window.API.loadFromFlattenedJSON({ [key]: window.record[key] });
  }
  if (window.record['cmi.suspend_data']) window.API.cmi.core.entry = 'resume';
  const keep = () => localStorage.setItem('lms', JSON.stringify({ record: window.record, commits: window.commits, finished: window.finished }));
  window.API.on('LMSSetValue.cmi.*', (element, value) => { window.record[element] = value; });
  window.API.on('LMSCommit', () => { window.commits++; keep(); });
  window.API.on('LMSFinish', () => { window.finished++; keep(); });
  document.getElementById('launch').onclick = () => window.open('/scorm12/index.html', 'course');
</script></body></html>`;

export interface Lrs { statements: Record<string, unknown>[]; state: Map<string, string> }

function send(res: import('node:http').ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type, 'x-experience-api-version': '1.0.3' });
  res.end(body);
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function startLmsServer(port: number, launchData: Record<string, unknown>): Promise<{ server: Server; lrs: Lrs }> {
  const lrs: Lrs = { statements: [], state: new Map() };
  const root = resolve('.');
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const path = url.pathname;
      if (path === '/') return send(res, 200, LMS_PAGE, 'text/html');
      if (path === '/scorm-again/scorm12.js') return send(res, 200, readFileSync(join(root, 'node_modules/scorm-again/dist/scorm12.js'), 'utf8'), 'text/javascript');
      if (path === '/fetch' && req.method === 'POST') return send(res, 200, JSON.stringify({ 'auth-token': Buffer.from('learner:secret').toString('base64') }));
      if (path.startsWith('/lrs/')) {
        const resource = path.slice('/lrs/'.length);
        if (resource === 'statements' && (req.method === 'POST' || req.method === 'PUT')) {
          const body = JSON.parse(await bodyOf(req)) as Record<string, unknown> | Record<string, unknown>[];
          const list = Array.isArray(body) ? body : [body];
          lrs.statements.push(...list);
          return req.method === 'PUT' ? send(res, 204, '') : send(res, 200, JSON.stringify(list.map((s) => String(s.id ?? ''))));
        }
        if (resource === 'activities/state') {
          const stateId = url.searchParams.get('stateId') ?? '';
          if (stateId === 'LMS.LaunchData') return send(res, 200, JSON.stringify(launchData));
          if (req.method === 'GET') return lrs.state.has(stateId) ? send(res, 200, lrs.state.get(stateId)!) : send(res, 404, '');
          lrs.state.set(stateId, await bodyOf(req));
          return send(res, 204, '');
        }
        // an LMS keeps each learner's cmi5 preferences
        if (resource === 'agents/profile') return send(res, 200, JSON.stringify({ languagePreference: 'en-GB', audioPreference: 'on' }));
        return send(res, 404, '');
      }
      // the packages: /scorm12/... from dist-scorm12, /cmi5/... from dist-cmi5
      const m = /^\/(scorm12|cmi5)\/(.*)$/.exec(path);
      if (m) {
        const file = normalize(join(root, `dist-${m[1]}`, m[2] || 'index.html'));
        if (!file.startsWith(join(root, `dist-${m[1]}`)) || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, 'not found', 'text/plain');
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        return res.end(readFileSync(file));
      }
      return send(res, 404, 'not found', 'text/plain');
    })().catch((e: unknown) => send(res, 500, String(e), 'text/plain'));
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({ server, lrs })));
}
