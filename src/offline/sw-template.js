// The service worker: every file of the build is precached on install, then served cache-first (network as fallback).
// Navigations fall back to the cached index.html, so the game starts with the network off after the first visit.
// The build (src/offline/vite-plugin-offline.ts) fills in the cache name and the file list; nothing is fetched at run time
// beyond the game's own files.
const CACHE = '__CACHE_NAME__';
const PREFIX = '__CACHE_PREFIX__';
const FILES = __PRECACHE_FILES__;

const scope = self.registration.scope;
const urlOf = (file) => new URL(file, scope).href;
const PRECACHED = new Set(FILES.map(urlOf));
const INDEX = urlOf('index.html');

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(urlOf(f), { cache: 'reload' })))).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

async function fromCache(url) {
  const cache = await caches.open(CACHE);
  return cache.match(url);
}

async function respond(request) {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  const key = url.href === scope ? INDEX : url.href;
  if (PRECACHED.has(key)) {
    const hit = await fromCache(key);
    if (hit) return hit;
  }
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === 'navigate') {
      const index = await fromCache(INDEX);
      if (index) return index;
    }
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  event.respondWith(respond(request));
});
