// The moments on the reveal's chart: pins for what the board did (decisions, answers) and what happened to it
// (incidents, inspections, the stories it heard), each at its quarter. Selecting one opens its web of causes (web.ts).
import type { Game } from '../engine/session';
import { currentLocale, t } from '../i18n/messages';
import { notebook } from '../present/notebook';
import { quarterLabel } from '../present/calendar';
import { timeline } from './timeline';
import { gradeName } from '../present/values';

export type MomentKind = 'decision' | 'answer' | 'incident' | 'inspection' | 'story';

export interface Moment {
  /** `kind:quarter:id`, stable for a game: the store keeps the open one by it. */
  id: string;
  kind: MomentKind;
  quarter: number;
  /** "2009 Q3" */
  period: string;
  label: string;
  /** What the ledger calls its source, for decisions and answers (`event.choice`) and incidents. */
  source?: string;
}

// by game and language: a pin's words are in the language it was built in
const cache = new WeakMap<Game, Map<string, Moment[]>>();

/** Every pin of the game, in quarter order, the board's own acts before what happened to it within a quarter. */
export function moments(game: Game): Moment[] {
  let byLocale = cache.get(game);
  if (!byLocale) { byLocale = new Map(); cache.set(game, byLocale); }
  let hit = byLocale.get(currentLocale());
  if (!hit) { hit = build(game); byLocale.set(currentLocale(), hit); }
  return hit;
}

function build(game: Game): Moment[] {
  const sc = game.scenario;
  const out: Moment[] = [];
  for (const q of timeline(game).quarters) {
    const period = quarterLabel(sc, q.quarter);
    const at = (kind: MomentKind, id: string, label: string, source?: string) => out.push({ id: `${kind}:${q.quarter}:${id}`, kind, quarter: q.quarter, period, label, ...(source ? { source } : {}) });
    for (const d of q.decisions) at('decision', d.id, d.title, d.id);
    for (const a of q.answers) at('answer', `${a.event}.${a.id}`, `${a.headline.trim().replace(/[.:]$/, '')}: ${a.label}`, `${a.event}.${a.id}`);
    for (const e of q.incidents) at('incident', e.id, e.headline, e.id);
    for (const i of q.inspections) at('inspection', i.event, t('analysis.moment.inspection', { grade: gradeName(sc, i.grade) }), `${i.event}:${i.grade}`);
  }
  notebook(game).forEach((n, i) => out.push({ id: `story:${n.quarter}:${i}`, kind: 'story', quarter: n.quarter, period: n.when, label: `${n.voice}: "${n.text.trim()}"` }));
  const order: MomentKind[] = ['decision', 'answer', 'story', 'incident', 'inspection'];
  return out.sort((a, b) => a.quarter - b.quarter || order.indexOf(a.kind) - order.indexOf(b.kind));
}

export function momentById(game: Game, id: string): Moment | undefined {
  return moments(game).find((m) => m.id === id);
}
