// What-if: branch a game at the start of a quarter with another agenda (or other answers), then play on as the same
// player would: their later agendas where the rules still allow them, their answers where the same events come, the
// scenario's default answer where they do not. Deterministic: the same seed, forced events and intents as the original.
import { whyNotChoose } from '../engine/agenda';
import { eventById } from '../engine/lookup';
import { phaseOf, replay, stateOf, step, type Game, type Intent } from '../engine/session';
import { t } from '../i18n/messages';
import { round } from './common';
import { reveal, type Reveal } from './reveal';
import { needsAnswer } from '../engine/answers';
import { defaultAnswer } from '../engine/texts';

export interface QuarterPlan { agenda: string[]; answers: { event: string; choice: string }[] }
/** Another agenda for the branch quarter (a list of decision ids), or other answers too; unset parts keep the original. */
export type BranchChange = readonly string[] | { agenda?: readonly string[]; answers?: Readonly<Record<string, string>> };

export interface BranchNote { quarter: number; kind: 'refused' | 'defaulted'; id: string; reason: string }
export interface Branch { game: Game; notes: BranchNote[] }

/** What the player put on each quarter's agenda (the final agenda, after any second thoughts) and how they answered. */
export function plansOf(decisions: readonly Intent[]): Map<number, QuarterPlan> {
  const plans = new Map<number, QuarterPlan>();
  let quarter = 0;
  let plan: QuarterPlan = { agenda: [], answers: [] };
  for (const intent of decisions) {
    if (intent.type === 'BEGIN') { quarter += 1; plan = { agenda: [], answers: [] }; plans.set(quarter, plan); }
    else if (intent.type === 'CHOOSE') plan.agenda.push(intent.id);
    else if (intent.type === 'UNCHOOSE') plan.agenda = plan.agenda.filter((id) => id !== intent.id);
    else if (intent.type === 'ANSWER') plan.answers.push({ event: intent.event, choice: intent.choice });
  }
  return plans;
}

export function branchAt(game: Game, quarter: number, change: BranchChange): Game {
  return branchWithNotes(game, quarter, change).game;
}

export function branchWithNotes(game: Game, quarter: number, change: BranchChange): Branch {
  const plans = plansOf(game.decisions);
  const original = plans.get(quarter);
  if (!original) throw new RangeError(`The game never reached quarter ${quarter}.`); // i18n-exempt: a caller's mistake, for developers
  const alt = Array.isArray(change) ? { agenda: change as readonly string[] } : (change as Exclude<BranchChange, readonly string[]>);
  const answers = alt.answers ? Object.entries(alt.answers).map(([event, choice]) => ({ event, choice })) : [];
  plans.set(quarter, {
    agenda: [...(alt.agenda ?? original.agenda)],
    answers: [...answers, ...original.answers.filter((a) => !answers.some((x) => x.event === a.event))],
  });

  // everything up to and including that quarter's BEGIN is the original game, replayed
  let begins = 0;
  const cut = game.decisions.findIndex((i) => i.type === 'BEGIN' && ++begins === quarter);
  const base = replay(game.scenario, { seed: game.seed, forced: game.forced, decisions: game.decisions.slice(0, cut + 1) });
  if (base.error) throw new Error(`The original game does not replay: ${base.error.reason}`); // i18n-exempt: a broken game, for developers

  const finished = phaseOf(game) === 'ending' || phaseOf(game) === 'debrief';
  return playOn(base.game, plans, { finished, debrief: phaseOf(game) === 'debrief', lastPlanned: Math.max(...plans.keys()) });
}

/** Drives the branch to its end with the plans; a quarter without a plan (the original ended sooner) is left empty. */
function playOn(start: Game, plans: Map<number, QuarterPlan>, opts: { finished: boolean; debrief: boolean; lastPlanned: number }): Branch {
  let g = start;
  const notes: BranchNote[] = [];
  let tried = 0; // how many of this quarter's planned decisions have been tried
  for (let guard = 0; guard < 100_000; guard++) {
    const s = stateOf(g);
    const plan = plans.get(s.quarter) ?? { agenda: [], answers: [] };
    let intent: Intent | null = null;
    switch (phaseOf(g)) {
      case 'briefing':
        // an unfinished original says nothing about the quarters after it: the branch stops where the original did
        if (!opts.finished && s.quarter > opts.lastPlanned) return { game: g, notes };
        tried = 0;
        intent = { type: 'BEGIN' };
        break;
      case 'agenda':
        while (tried < plan.agenda.length && intent === null) {
          const id = plan.agenda[tried++];
          const why = whyNotChoose(g.scenario, s, id);
          if (why === null) intent = { type: 'CHOOSE', id };
          else notes.push({ quarter: s.quarter, kind: 'refused', id, reason: why });
        }
        intent ??= { type: 'COMMIT' };
        break;
      case 'resolution':
        intent = { type: 'CONTINUE' };
        break;
      case 'events': {
        const open = s.inbox.filter((i) => needsAnswer(g.scenario, i));
        const planned = plan.answers.find((a) => open.some((i) => i.event === a.event));
        if (planned) { intent = { type: 'ANSWER', ...planned }; break; }
        if (open.length === 0) { intent = { type: 'CONTINUE' }; break; }
        const e = eventById(g.scenario, open[0].event)!;
        const choice = defaultAnswer(g.scenario, open[0])!;
        notes.push({ quarter: s.quarter, kind: 'defaulted', id: `${e.id}.${choice}`, reason: t('analysis.whatIf.defaulted') });
        intent = { type: 'ANSWER', event: e.id, choice };
        break;
      }
      case 'ending':
        if (!opts.debrief) return { game: g, notes };
        intent = { type: 'DEBRIEF' };
        break;
      default:
        return { game: g, notes };
    }
    const r = step(g, intent);
    if (!r.accepted) throw new Error(`branch intent refused: ${r.reason}`); // i18n-exempt: an engine fault, for developers
    g = r.game;
  }
  throw new Error('the branch did not finish'); // i18n-exempt: an engine fault, for developers
}

export interface RunComparison {
  a: Reveal;
  b: Reveal;
  /** First quarter whose numbers differ between the runs; null when they never do. */
  divergesAt: number | null;
  /** Per quarter both runs reached: b minus a, for the summary and the truth. */
  delta: { quarter: number; dashboard: number; truth: number }[];
}

export function compareRuns(a: Game, b: Game): RunComparison {
  const ra = reveal(a);
  const rb = reveal(b);
  const ha = stateOf(a).history;
  const hb = stateOf(b).history;
  const common = Math.min(ha.length, hb.length);
  let divergesAt: number | null = null;
  for (let q = 0; q < Math.max(ha.length, hb.length) && divergesAt === null; q++) {
    if (q >= common || JSON.stringify(ha[q]) !== JSON.stringify(hb[q])) divergesAt = q;
  }
  const delta = ra.points.slice(0, common).map((p, q) => ({ quarter: q, dashboard: round(rb.points[q].dashboard - p.dashboard, 6), truth: round(rb.points[q].truth - p.truth, 6) }));
  return { a: ra, b: rb, divergesAt, delta };
}
