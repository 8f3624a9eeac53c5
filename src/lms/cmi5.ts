// cmi5 (xAPI): for organisations with a learning record store. The LMS launches the package with its endpoint, a
// fetch URL for the session's token, the actor and the registration; @xapi/cmi5 speaks the profile (initialized,
// completed, passed, terminated) and this adds one statement per quarter with what the board decided, and the game's
// place kept in the xAPI State API so a closed window resumes. Statements go one after another, in order.
import Cmi5 from '@xapi/cmi5';
import { plansOf } from '../debrief/what-if';
import { stateOf, type Game } from '../engine/session';
import type { Tracker } from './tracker';

/** The extensions a quarter's statement carries (IRIs of this game's own). */
export const EXTENSIONS = {
  scenario: 'urn:beyond-the-numbers:xapi:scenario',
  seed: 'urn:beyond-the-numbers:xapi:seed',
  quarter: 'urn:beyond-the-numbers:xapi:quarter',
} as const;
const STATE_ID = 'urn:beyond-the-numbers:xapi:suspend';

export async function cmi5Tracker(): Promise<Tracker | null> {
  if (!Cmi5.isCmiAvailable) return null;
  const cmi5 = new Cmi5();
  try { await cmi5.initialize(); } catch { return null; }
  const lp = cmi5.getLaunchParameters();
  const xapi = cmi5.xapi!;
  const where = { agent: lp.actor, activityId: lp.activityId, registration: lp.registration, stateId: STATE_ID };
  let resume: string | null = null;
  try {
    const r = await xapi.getState(where);
    resume = typeof r.data === 'string' ? r.data : JSON.stringify(r.data);
  } catch { /* no place kept yet: a first sitting */ }
  const normal = cmi5.getLaunchData()?.launchMode === 'Normal';
  const mastery = cmi5.getLaunchData()?.masteryScore;
  // one queue: the LRS sees the statements in the order they happened, terminated last
  let queue: Promise<unknown> = Promise.resolve();
  const send = (work: () => Promise<unknown>) => { queue = queue.then(work).catch(() => undefined); };
  let sentQuarters = 0;
  let first = true;
  let completed = false;
  let passed = false;
  const keep = (suspend: string) => { if (suspend) send(() => xapi.setState({ ...where, state: JSON.parse(suspend) as Record<string, unknown> })); };
  const quarters = (game: Game) => {
    const s = stateOf(game);
    const closed = s.ending ? s.quarter : s.quarter - 1;
    // a resumed game sent its closed quarters in an earlier sitting
    if (first && resume !== null) sentQuarters = closed;
    first = false;
    const plans = plansOf(game.decisions);
    for (let q = sentQuarters + 1; q <= closed; q++) {
      const plan = plans.get(q) ?? { agenda: [], answers: [] };
      send(() => cmi5.sendXapiStatement({
        actor: lp.actor,
        verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-GB': 'experienced' } },
        object: { objectType: 'Activity', id: `${lp.activityId}/quarter/${q}`, definition: { name: { 'en-GB': `${game.scenario.title}, quarter ${q}` }, type: 'http://adlnet.gov/expapi/activities/simulation' } }, // i18n-exempt: an xAPI statement for the learning record store, its language map declared en-GB
        result: { response: [...plan.agenda.map((d) => `took ${d}`), ...plan.answers.map((a) => `answered ${a.event} with ${a.choice}`)].join('; ') || 'took nothing up' }, // i18n-exempt: the statement's response, read by the learning record store's reports in the statement's language
        context: { registration: lp.registration, extensions: { [EXTENSIONS.scenario]: game.scenario.id, [EXTENSIONS.seed]: game.seed, [EXTENSIONS.quarter]: q } },
        timestamp: new Date().toISOString(),
      }));
    }
    sentQuarters = Math.max(sentQuarters, closed);
  };
  return {
    resumeData: () => resume,
    progress(suspend, game) { quarters(game); keep(suspend); },
    finished(suspend, game, score) {
      quarters(game);
      keep(suspend);
      if (!normal) return; // browse or review launches record no completion
      if (!completed) { completed = true; send(() => cmi5.complete()); }
      // never failed: below the LMS's mastery score the attempt is completed, not passed
      if (score !== null && !passed && (mastery === undefined || score / 100 >= mastery)) { passed = true; send(() => cmi5.pass({ scaled: score / 100, raw: score, min: 0, max: 100 })); }
    },
    exit(suspend, seconds) {
      // the page is going: only a keepalive request is sure to leave it, so terminated is sent so, built as
      // @xapi/cmi5 builds it (the launch's context template, the cmi5 category, the session's duration)
      const template = (cmi5.getLaunchData()?.contextTemplate ?? {}) as { contextActivities?: Record<string, unknown> };
      const statement = {
        id: crypto.randomUUID(), actor: lp.actor, timestamp: new Date().toISOString(),
        verb: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
        object: { objectType: 'Activity', id: lp.activityId }, // i18n-exempt: an xAPI object type
        result: { duration: `PT${seconds}S` },
        context: { ...template, registration: lp.registration, contextActivities: { ...template.contextActivities, category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }] } },
      };
      const endpoint = lp.endpoint.endsWith('/') ? lp.endpoint : `${lp.endpoint}/`;
      const headers = { 'content-type': 'application/json', authorization: `Basic ${cmi5.getAuthToken()}`, 'x-experience-api-version': '1.0.3' }; // i18n-exempt: an HTTP authentication scheme
      if (suspend) void fetch(`${endpoint}activities/state?${new URLSearchParams({ activityId: where.activityId, agent: JSON.stringify(where.agent), registration: where.registration, stateId: STATE_ID })}`, { method: 'PUT', keepalive: true, headers, body: suspend }).catch(() => undefined);
      void fetch(`${endpoint}statements`, { method: 'POST', keepalive: true, headers, body: JSON.stringify(statement) }).catch(() => undefined);
    },
  };
}
