// The reveal: the number the board watched and the truth it could not see, drawn together once the fog lifts.
// Sentences are built from the numbers alone, so every scenario on any model gets them without new text.
import type { Game } from '../engine/session';
import { t } from '../i18n/messages';
import { quarterRange } from '../present/calendar';
import { labelOf, mean, playedPhases, quartersPlayed, round, seriesOf, valueAt } from './common';

export interface RevealPoint { quarter: number; dashboard: number; truth: number; /** dashboard minus truth */ gap: number }
export interface Belief { phase: string; title: string; from: number; to: number; dashboard: number; truth: number; text: string }
export interface PressureSeries { id: string; label: string; values: number[] }

export interface Reveal {
  summary: { id: string; label: string };
  truth: { id: string; label: string };
  points: RevealPoint[];
  /** Where the two lines were furthest apart (by size of gap, either way); the earliest such quarter on a tie. */
  widest: { quarter: number; gap: number };
  beliefs: Belief[];
  pressures: PressureSeries[];
}

export function reveal(game: Game): Reveal {
  const model = game.scenario.model;
  const { summary, truth } = model.display;
  const dash = seriesOf(game, summary);
  const real = seriesOf(game, truth);
  const points = dash.map((d, quarter) => ({ quarter, dashboard: d, truth: real[quarter], gap: round(d - real[quarter], 6) }));
  const widest = points.reduce((w, p) => (Math.abs(p.gap) > Math.abs(w.gap) ? p : w), points[0]);
  return {
    summary: { id: summary, label: labelOf(model, summary) },
    truth: { id: truth, label: labelOf(model, truth) },
    points,
    widest: { quarter: widest.quarter, gap: widest.gap },
    beliefs: beliefs(game),
    pressures: model.display.pressures.map((id) => ({ id, label: labelOf(model, id), values: seriesOf(game, id) })),
  };
}

/** One sentence a phase: what the dashboard read on average and what practice was meanwhile. */
export function beliefs(game: Game): Belief[] {
  const model = game.scenario.model;
  const { summary, truth } = model.display;
  const sLabel = labelOf(model, summary).toLowerCase();
  const tLabel = labelOf(model, truth).toLowerCase();
  return playedPhases(game.scenario, quartersPlayed(game)).map((p) => {
    const qs = Array.from({ length: p.to - p.from + 1 }, (_, i) => p.from + i);
    const d = Math.round(mean(qs.map((q) => valueAt(game, summary, q))));
    const real = Math.round(mean(qs.map((q) => valueAt(game, truth, q))));
    const gap = d - real;
    const text = t('analysis.reveal.belief', {
      range: quarterRange(p.from, p.to), phase: p.title, dashboard: sLabel, dashboardValue: String(d), truth: tLabel, truthValue: String(real),
      gap: gap >= 10 ? 'hidden' : gap <= -10 ? 'better' : 'close',
    });
    return { phase: p.id, title: p.title, from: p.from, to: p.to, dashboard: d, truth: real, text };
  });
}

/** Two to four plain sentences describing the chart, for screen readers and the printed page. */
export function revealSummary(game: Game): string {
  const r = reveal(game);
  const n = r.points.length - 1;
  const first = r.points[0];
  const last = r.points[n];
  const s = r.summary.label.toLowerCase();
  const tl = r.truth.label.toLowerCase();
  const sentences = [
    t('analysis.reveal.summary.chart', {
      dashboard: s, truth: tl, n,
      dashboardFrom: String(Math.round(first.dashboard)), dashboardTo: String(Math.round(last.dashboard)),
      truthFrom: String(Math.round(first.truth)), truthTo: String(Math.round(last.truth)),
    }),
  ];
  const w = r.points[r.widest.quarter];
  if (n > 0 && Math.abs(w.gap) >= 1) {
    sentences.push(t('analysis.reveal.summary.widest', {
      quarter: String(w.quarter), dashboard: s, dashboardValue: String(Math.round(w.dashboard)), truth: tl, truthValue: String(Math.round(w.truth)), gap: String(Math.round(Math.abs(w.gap))),
    }));
  }
  // the phase where belief and truth parted most is the one worth reading aloud
  const worst = r.beliefs.reduce<Belief | null>((b, x) => (b === null || Math.abs(x.dashboard - x.truth) > Math.abs(b.dashboard - b.truth) ? x : b), null);
  if (worst && r.beliefs.length > 1) sentences.push(worst.text);
  // a pressure's peak is news only for pressures that hurt as they rise (not, say, political confidence)
  const model = game.scenario.model;
  const rising = r.pressures.filter((p) => model.variables.find((v) => v.id === p.id)?.better !== 'higher');
  const peak = rising.map((p) => ({ p, max: Math.max(...p.values) })).reduce<{ p: PressureSeries; max: number } | null>((a, b) => (a === null || b.max - b.p.values[0] > a.max - a.p.values[0] ? b : a), null);
  if (peak && n > 0 && peak.max > peak.p.values[0]) {
    sentences.push(t('analysis.reveal.summary.peak', { pressure: peak.p.label, value: String(Math.round(peak.max)), quarter: String(peak.p.values.indexOf(peak.max)) }));
  }
  return sentences.join(' ');
}
