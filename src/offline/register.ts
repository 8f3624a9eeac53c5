// Registers the service worker (built by src/offline/vite-plugin-offline.ts) so the game keeps working offline after the
// first visit. Only in production builds served over http(s): not in the dev server, not from a file:// page (the
// single-file build), and never loudly: a browser that refuses simply runs the game online.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const register = () => { navigator.serviceWorker.register('./sw.js').catch(() => undefined); };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
