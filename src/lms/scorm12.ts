// SCORM 1.2: the LMS's API object found the standard way (ADL's search: up the frames that hold this page, then the
// window that opened it), and the game reported through it. Without an API the game plays as it always does.
import type { Game } from '../engine/session';
import type { Tracker } from './tracker';

export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetLastError(): string;
}

/** ADL's discovery: at most seven frames up from `win`, then the same from its opener. A frame of another origin ends
 *  the search there (reading it throws). */
export function findScorm12Api(win: Window): Scorm12Api | null {
  const search = (start: Window | null): Scorm12Api | null => {
    let w = start;
    for (let tries = 0; w && tries <= 7; tries++) {
      try {
        const api = (w as unknown as { API?: Scorm12Api }).API;
        if (api && typeof api.LMSInitialize === 'function') return api;
        if (w.parent === w) return null;
        w = w.parent;
      } catch { return null; }
    }
    return null;
  };
  return search(win) ?? (() => { try { return win.opener ? search(win.opener as Window) : null; } catch { return null; } })();
}

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
export function scormTime(seconds: number): string {
  const s = Math.max(0, Math.min(seconds, 9999 * 3600 + 3599));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  return `${String(hh).padStart(4, '0')}:${String(mm).padStart(2, '0')}:${(s % 60).toFixed(2).padStart(5, '0')}`;
}

export function scorm12Tracker(api: Scorm12Api): Tracker | null {
  if (api.LMSInitialize('') !== 'true') return null;
  const status = api.LMSGetValue('cmi.core.lesson_status');
  const entry = api.LMSGetValue('cmi.core.entry');
  const mastery = Number.parseFloat(api.LMSGetValue('cmi.student_data.mastery_score'));
  let complete = status === 'completed' || status === 'passed';
  if (!complete) api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  api.LMSCommit('');
  const place = (suspend: string, game: Game) => {
    if (suspend) api.LMSSetValue('cmi.suspend_data', suspend);
    api.LMSSetValue('cmi.core.lesson_location', `${game.scenario.id}:${game.snap.context.game.quarter}`);
  };
  return {
    // a fresh attempt ("ab-initio") starts afresh even if the LMS still holds data; only a resumed one picks it up
    resumeData: () => (entry === 'ab-initio' ? null : api.LMSGetValue('cmi.suspend_data') || null),
    progress(suspend, game) {
      place(suspend, game);
      api.LMSCommit('');
    },
    finished(suspend, game, score) {
      place(suspend, game);
      if (score !== null) {
        api.LMSSetValue('cmi.core.score.min', '0');
        api.LMSSetValue('cmi.core.score.max', '100');
        api.LMSSetValue('cmi.core.score.raw', String(score));
      }
      // the game never fails a person: below a mastery score the attempt is completed, at or above it passed
      const passed = score !== null && (Number.isNaN(mastery) || score >= mastery);
      api.LMSSetValue('cmi.core.lesson_status', passed ? 'passed' : 'completed');
      complete = true;
      api.LMSCommit('');
    },
    exit(suspend, seconds) {
      if (suspend) api.LMSSetValue('cmi.suspend_data', suspend);
      api.LMSSetValue('cmi.core.session_time', scormTime(seconds));
      api.LMSSetValue('cmi.core.exit', complete ? '' : 'suspend');
      api.LMSCommit('');
      api.LMSFinish('');
    },
  };
}
