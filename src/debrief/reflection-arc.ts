// Reflection with a debrief's arc: how it felt, what happened, what was learned, how it bears on the player's own board,
// and what they will do next. Each stage quotes the game: the pressure at its height, the widest gap, a story the board
// heard (or only half heard), the decision it leaned on most; "what was learned" carries the scenario's own prompts.
import { stateOf, type Game } from '../engine/session';
import { t } from '../i18n/messages';
import { quarterLabel } from '../present/calendar';
import { notebook } from '../present/notebook';
import { reflections } from './reflections';
import { reveal } from './reveal';
import { timeline } from './timeline';

export type ArcStage = 'felt' | 'happened' | 'learned' | 'your-board' | 'next';

export interface ArcPrompt {
  /** Stable within a game: the answers are kept by it (scenario prompts keep their own id). */
  id: string;
  stage: ArcStage;
  prompt: string;
  /** What from the game the prompt is about, quoted. */
  quote?: { text: string; source: string };
}

/** Each stage's heading in the current language, read each time it is shown. */
export const ARC_STAGES: Readonly<Record<ArcStage, string>> = {
  get felt() { return t('analysis.arc.stage.felt'); },
  get happened() { return t('analysis.arc.stage.happened'); },
  get learned() { return t('analysis.arc.stage.learned'); },
  get 'your-board'() { return t('analysis.arc.stage.yourBoard'); },
  get next() { return t('analysis.arc.stage.next'); },
};

export function reflectionArc(game: Game): ArcPrompt[] {
  const sc = game.scenario;
  const r = reveal(game);
  const model = sc.model;
  const dash = r.summary.label.toLowerCase();
  const truth = r.truth.label.toLowerCase();
  const out: ArcPrompt[] = [];

  // how it felt: the pressure that rose most, at its height
  const rising = r.pressures.filter((p) => model.variables.find((v) => v.id === p.id)?.better !== 'higher')
    .map((p) => ({ p, at: p.values.indexOf(Math.max(...p.values)) })).sort((a, b) => (b.p.values[b.at] - b.p.values[0]) - (a.p.values[a.at] - a.p.values[0]))[0];
  const peak = rising && rising.at > 0 ? rising : undefined;
  const headline = peak ? timeline(game).quarters[peak.at - 1]?.events.concat(timeline(game).quarters[peak.at - 1]?.incidents ?? [])[0]?.headline : undefined;
  out.push({
    id: 'arc-felt', stage: 'felt',
    prompt: peak ? t('analysis.arc.felt.peak', { pressure: peak.p.label, period: quarterLabel(sc, peak.at) }) : t('analysis.arc.felt.general'),
    ...(headline ? { quote: { text: headline.trim(), source: t('analysis.arc.source.news', { period: quarterLabel(sc, peak!.at) }) } } : {}),
  });

  // the accounts the board heard: the one nearest a moment, the last clear one, and one only half heard (vague)
  const heard = notebook(game);
  const quoteOf = (n: (typeof heard)[number]) => ({ text: n.text.trim(), source: t('analysis.arc.source.account', { voice: n.voice, when: n.when, clear: n.clear ? 'yes' : 'no' }) });
  const nearest = (q: number) => [...heard].sort((a, b) => Math.abs(a.quarter - q) - Math.abs(b.quarter - q))[0];
  const clear = heard.filter((n) => n.clear);
  const halfHeard = heard.filter((n) => !n.clear);

  // what happened: the widest gap between what the board saw and what was so, and what it heard then
  const w = r.points[r.widest.quarter];
  const then = r.widest.quarter > 0 ? nearest(r.widest.quarter) : undefined;
  out.push({
    id: 'arc-happened', stage: 'happened',
    prompt: r.widest.quarter > 0 && Math.abs(w.gap) >= 3
      ? t('analysis.arc.happened.gap', { period: quarterLabel(sc, r.widest.quarter), dashboard: dash, dashboardValue: String(Math.round(w.dashboard)), truth, truthValue: String(Math.round(w.truth)) })
      : t('analysis.arc.happened.close', { dashboard: dash, truth }),
    ...(then ? { quote: quoteOf(then) } : {}),
  });

  // what was learned: the scenario's own prompts, each with the decision or answer of the player's that brought it
  const tl = timeline(game);
  const broughtBy = (id: string) => {
    for (const q of tl.quarters) {
      const d = q.decisions.find((x) => sc.decisions.find((y) => y.id === x.id)?.reflection === id);
      if (d) return { text: d.title, source: t('analysis.arc.source.yourDecision', { period: q.period }) };
      const a = q.answers.find((x) => sc.events.find((e) => e.id === x.event)?.choices.find((c) => c.id === x.id)?.reflection === id);
      if (a) return { text: `${a.headline.trim().replace(/[.:]$/, '')}: ${a.label}`, source: t('analysis.arc.source.yourAnswer', { period: q.period }) };
    }
    return undefined;
  };
  const counts = new Map<string, { title: string; n: number }>();
  for (const q of tl.quarters) for (const d of q.decisions) counts.set(d.id, { title: d.title, n: (counts.get(d.id)?.n ?? 0) + 1 });
  const leaned = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  reflections(game).forEach((p, i) => {
    const quote = broughtBy(p.id) ?? (i === 0 && clear.length ? quoteOf(clear[clear.length - 1]) : undefined);
    out.push({ id: p.id, stage: 'learned', prompt: p.prompt, ...(quote ? { quote } : {}) });
  });
  if (heard.length === 0) {
    out.push({ id: 'arc-unheard', stage: 'learned', prompt: t('analysis.arc.unheard') });
  }

  out.push({ id: 'arc-your-board', stage: 'your-board', prompt: t('analysis.arc.yourBoard'),
    ...(leaned ? { quote: { text: leaned.title, source: t('analysis.arc.source.mostRepeated', { n: leaned.n }) } } : {}) });
  const missed = halfHeard[halfHeard.length - 1];
  out.push({ id: 'arc-next', stage: 'next', prompt: stateOf(game).ending ? t('analysis.arc.next.ended') : t('analysis.arc.next.again'),
    ...(missed ? { quote: quoteOf(missed) } : {}) });
  return out;
}
