// Checking a transcript's expectations against the game it played.
import { stateHash, stateOf, type Game } from '../../../src/engine/session';
import type { Expectation } from './schema';

export interface Check { ok: boolean; says: string }

const fmt = (v: unknown) => (typeof v === 'number' ? String(Math.round(v * 1e4) / 1e4) : JSON.stringify(v));

export function check(game: Game, e: Expectation): Check {
  const s = stateOf(game);
  const scenario = game.scenario;
  if ('after_quarter' in e) {
    const where = `after quarter ${e.after_quarter}, ${e.variable}`;
    const snap = s.history[e.after_quarter];
    if (!snap) return { ok: false, says: `${where}: the game ended after quarter ${s.history.length - 1}` };
    if (!(e.variable in snap)) return { ok: false, says: `${where}: the scenario has no variable or derived value '${e.variable}'` };
    const v = snap[e.variable];
    if (e.between === undefined && e.equals === undefined) return { ok: false, says: `${where}: say 'between: [low, high]' or 'equals: value'` };
    const inRange = e.between === undefined || (typeof v === 'number' && v >= e.between[0] && v <= e.between[1]);
    const equal = e.equals === undefined || v === e.equals;
    const wanted = [e.between && `between ${e.between[0]} and ${e.between[1]}`, e.equals !== undefined && `equal to ${fmt(e.equals)}`].filter(Boolean).join(' and ');
    return { ok: inRange && equal, says: `${where} is ${fmt(v)} (expected ${wanted})` };
  }
  if ('event' in e || 'decision' in e) {
    const id = 'event' in e ? e.event : e.decision;
    const isEvent = 'event' in e;
    const known = isEvent ? scenario.events.some((x) => x.id === id) : scenario.decisions.some((x) => x.id === id);
    if (!known) return { ok: false, says: `the scenario has no ${isEvent ? 'event' : 'decision'} '${id}'` };
    const when = e.in_quarter;
    const hits = s.log.filter((l) => l.id === id && (isEvent ? l.kind === 'event' || l.kind === 'incident' : l.kind === 'decision') && (when === undefined || l.quarter === when));
    const wanted = isEvent ? (e as { happened: boolean }).happened : (e as { chosen: boolean }).chosen;
    const verb = isEvent ? 'happened' : 'was chosen';
    const got = hits.length > 0 ? `${verb} in quarter ${[...new Set(hits.map((h) => h.quarter))].join(', ')}` : `never ${verb.replace('was ', '')}`;
    return { ok: hits.length > 0 === wanted, says: `'${id}' ${wanted ? '' : 'not '}expected${when ? ` in quarter ${when}` : ''}: ${got}` };
  }
  if ('ending' in e) {
    if (!scenario.endings.some((x) => x.id === e.ending)) return { ok: false, says: `the scenario has no ending '${e.ending}'` };
    return { ok: s.ending === e.ending, says: `ending ${e.ending} (reached: ${s.ending ?? 'none yet'})` };
  }
  const hash = stateHash(game);
  return { ok: hash === e.hash, says: `state hash ${e.hash}${hash === e.hash ? '' : ` (got ${hash})`}` };
}
