// The timeline: what the board did and what happened to it, quarter by quarter, with every decision's tags revealed
// (during play the tags stay in the bots' heads; in the debrief they show the player the shape of their strategy).
import { decisionById, eventById } from '../engine/lookup';
import { stateOf, type Game } from '../engine/session';
import { TAGS, type EventKind, type Tag } from '../engine/types';
import { phaseAt, quarterLabel } from '../present/calendar';
import { quartersPlayed } from './common';
import { choiceLabel, loggedEventText } from '../engine/texts';

export interface TimelineDecision { id: string; title: string; tags: Tag[] }
export interface TimelineEvent { id: string; headline: string; kind: EventKind }
export interface TimelineAnswer { event: string; headline: string; id: string; label: string; tags: Tag[] }
export interface TimelineInspection { event: string; grade: string }

export interface TimelineQuarter {
  quarter: number;
  period: string;
  phase: string;
  decisions: TimelineDecision[];
  events: TimelineEvent[];
  answers: TimelineAnswer[];
  inspections: TimelineInspection[];
  incidents: TimelineEvent[];
}

export interface Timeline {
  quarters: TimelineQuarter[];
  /** Decisions taken plus answers given, counted by tag: a decision with two tags counts for both. */
  tagTally: Record<Tag, number>;
}

export function timeline(game: Game): Timeline {
  const scenario = game.scenario;
  const log = stateOf(game).log;
  // a game stopped mid-quarter has log entries past its history: show them too
  const last = Math.max(quartersPlayed(game), ...log.map((e) => e.quarter));
  const quarters: TimelineQuarter[] = [];
  for (let q = 1; q <= last; q++) {
    quarters.push({ quarter: q, period: quarterLabel(scenario, q), phase: phaseAt(scenario, q)?.title ?? '', decisions: [], events: [], answers: [], inspections: [], incidents: [] });
  }
  const tagTally = Object.fromEntries(TAGS.map((t) => [t, 0])) as Record<Tag, number>;
  for (const entry of log) {
    const row = quarters[entry.quarter - 1];
    if (!row) continue;
    if (entry.kind === 'decision') {
      const d = decisionById(scenario, entry.id);
      const tags = [...(d?.tags ?? [])];
      row.decisions.push({ id: entry.id, title: d?.title ?? entry.id, tags });
      for (const t of tags) tagTally[t] += 1;
    } else if (entry.kind === 'event' || entry.kind === 'incident') {
      const e = eventById(scenario, entry.id);
      const item = { id: entry.id, headline: loggedEventText(scenario, log, entry.quarter, entry.id).headline, kind: e?.kind ?? (entry.kind === 'incident' ? 'incident' : 'scheduled') };
      (entry.kind === 'incident' ? row.incidents : row.events).push(item);
    } else if (entry.kind === 'choice') {
      const e = eventById(scenario, entry.detail ?? '');
      const c = e?.choices.find((x) => x.id === entry.id);
      const tags = [...(c?.tags ?? [])];
      const headline = e ? loggedEventText(scenario, log, entry.quarter, e.id).headline : entry.detail ?? '';
      row.answers.push({ event: entry.detail ?? '', headline, id: entry.id, label: c ? choiceLabel(c, { event: e!.id, labels: entry.variant === undefined ? undefined : { [c.id]: entry.variant } }) : entry.id, tags });
      for (const t of tags) tagTally[t] += 1;
    } else if (entry.kind === 'inspection') {
      row.inspections.push({ event: entry.id, grade: entry.detail ?? '' });
    }
  }
  return { quarters, tagTally };
}
