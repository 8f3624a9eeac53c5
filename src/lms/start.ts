// The LMS builds' start: find the learning management system the package was launched from and report the game to
// it. When none is there (the package opened on its own), the game plays as the web game does.
import { DEFAULT_SCENARIO } from '../content/bundled';
import { findScorm12Api, scorm12Tracker } from './scorm12';
import { trackGame } from './tracker';

export async function startLms(kind: 'scorm12' | 'cmi5'): Promise<boolean> {
  const now = () => performance.now();
  if (kind === 'scorm12') {
    const api = findScorm12Api(window);
    const tracker = api ? scorm12Tracker(api) : null;
    if (!tracker) return false;
    trackGame(tracker, DEFAULT_SCENARIO, now);
    return true;
  }
  if (import.meta.env.VITE_LMS !== 'cmi5') return false; // the SCORM package carries no xAPI client
  const { cmi5Tracker } = await import('./cmi5');
  const tracker = await cmi5Tracker();
  if (!tracker) return false;
  trackGame(tracker, DEFAULT_SCENARIO, now);
  return true;
}
