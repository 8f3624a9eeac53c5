// Export: the debrief as a data file (versioned JSON a trainer can archive or compare) and as a CSV of every number,
// hidden ones included: at the debrief the fog has lifted.
import { stateOf, type Game, type Intent } from '../engine/session';
import { causes, truthMoves, type Explanation } from './causes';
import { phaseAt, quarterLabel } from '../present/calendar';
import { csvRows } from '../present/csv';
import { quartersPlayed } from './common';
import { reflectionArc } from './reflection-arc';
import { reflections, type ReflectionPrompt } from './reflections';
import { reveal, revealSummary, type Reveal } from './reveal';
import { timeline, type Timeline } from './timeline';
import type { LearningRecord } from '../learning/record';
import { learningSummary, type LearningSummary } from '../learning/summary';

export const DEBRIEF_FORMAT = 1;

export interface DebriefData {
  debriefFormat: typeof DEBRIEF_FORMAT;
  scenario: { id: string; title: string; hash: string };
  seed: string;
  forced: { event: string; quarter: number }[];
  decisions: Intent[];
  history: Record<string, number | string>[];
  timeline: Timeline;
  reveal: Reveal & { summaryText: string };
  causes: { overall: Explanation[]; truthMoves: Explanation[] };
  reflections: ReflectionPrompt[];
  /** The debrief's arc of prompts with the player's answers, as typed (empty when none were written). */
  answers: { id: string; stage: string; prompt: string; answer: string }[];
  /** The check before and after play, its change by construct, and the reaction form. */
  learning: LearningSummary;
  ending: { id: string; title: string; text: string; revealed?: string } | null;
}

export function debriefData(game: Game, answers: Record<string, string> = {}, learning: LearningRecord | null = null): DebriefData {
  const s = stateOf(game);
  const scenario = game.scenario;
  const end = s.ending ? scenario.endings.find((e) => e.id === s.ending) : undefined;
  // copies, so the file never shares (or lets anyone mutate) the live game's objects
  return {
    debriefFormat: DEBRIEF_FORMAT,
    scenario: { id: scenario.id, title: scenario.title, hash: scenario.hash },
    seed: game.seed,
    forced: game.forced.map((f) => ({ event: f.event, quarter: f.quarter })),
    decisions: game.decisions.map((i) => ({ ...i })),
    history: s.history.map((h) => ({ ...h })),
    timeline: timeline(game),
    reveal: { ...reveal(game), summaryText: revealSummary(game) },
    causes: { overall: causes(game), truthMoves: truthMoves(game) },
    reflections: reflections(game),
    answers: reflectionArc(game).map((p) => ({ id: p.id, stage: p.stage, prompt: p.prompt, answer: answers[p.id] ?? '' })),
    learning: learningSummary(scenario.check, learning),
    ending: end ? { id: end.id, title: end.title, text: end.text.trim(), ...(end.revealed ? { revealed: end.revealed.trim() } : {}) } : s.ending ? { id: s.ending, title: s.ending, text: '' } : null,
  };
}

/** One row per quarter played (the numbers at its close), with what the board chose and what happened. */
export function debriefCsv(game: Game): string {
  const scenario = game.scenario;
  const model = scenario.model;
  const s = stateOf(game);
  const ids = [...model.variables.map((v) => v.id), ...model.derived.map((d) => d.id)];
  const rows: string[][] = [['quarter', 'period', 'phase', ...ids, 'decisions', 'answers', 'events']]; // i18n-exempt: the CSV's column headers stay stable for the tools that read it
  for (let q = 1; q <= quartersPlayed(game); q++) {
    const h = s.history[q];
    const log = s.log.filter((e) => e.quarter === q);
    const list = (pick: (e: (typeof log)[number]) => string | null) => log.map(pick).filter((x): x is string => x !== null).join('; ');
    rows.push([
      String(q), quarterLabel(scenario, q), phaseAt(scenario, q)?.title ?? '',
      ...ids.map((id) => (h[id] === undefined ? '' : String(h[id]))),
      list((e) => (e.kind === 'decision' ? e.id : null)),
      list((e) => (e.kind === 'choice' ? `${e.detail}.${e.id}` : null)),
      list((e) => (e.kind === 'event' || e.kind === 'incident' ? e.id : e.kind === 'inspection' ? `inspection: ${e.detail}` : null)), // i18n-exempt: a machine-readable cell beside event ids
    ]);
  }
  return csvRows(rows);
}
