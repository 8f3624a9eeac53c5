// Many seeded bot playthroughs summarised: endings, hit counts and per-quarter percentiles of every number.
import { botIntentIn, botSeed, type BotPlan, type Policy } from './bot';
import { FormulaError } from './formula-error';
import { refusalText } from './refusal';
import { seedRng } from './rng';
import { initialContext, playTurn } from './turn-machine';
import type { Forced } from './resolve';
import { firstState } from './session';
import type { GameState, Phase } from './state';
import type { Scenario } from './types';

export interface SeriesStats { mean: number[]; p10: number[]; p90: number[] }
export interface SimulationReport {
  scenario: string;
  runs: number;
  seed: string;
  policy: string;
  endings: Record<string, number>;
  events: Record<string, number>;
  decisions: Record<string, number>;
  incidents: number;
  series: Record<string, SeriesStats>;
  /** Inspection grades given, by the quarter of the inspection: how many games got each grade then. */
  inspections: { quarter: number; grades: Record<string, number> }[];
  /** Each story: how many times it was heard clear and vague over all the runs (0 and 0: never heard). */
  stories: Record<string, { clear: number; vague: number }>;
  /** Each event's answers: how many times each was given (0: a branch never taken). */
  answers: Record<string, Record<string, number>>;
}

/** A summary's counts and numbers so far, as one thread sends them to another (SimulationSummary.part). */
export interface SummaryPart {
  runs: number;
  endings: Record<string, number>;
  events: Record<string, number>;
  decisions: Record<string, number>;
  incidents: number;
  stories: Record<string, { clear: number; vague: number }>;
  answers: Record<string, Record<string, number>>;
  /** Per number, per quarter, one value per game. */
  columns: Record<string, Float64Array[]>;
  grades: [number, Record<string, number>][];
}

/** One game: `stories` is every story the board heard, quarter by quarter (clear or vague); `incidents` how many. */
export interface SimulationRun { seed: string; ending: string | null; history: Record<string, number | string>[]; log: GameState['log']; stories: GameState['stories']; incidents: number }

export function runSeed(seed: string, i: number): string {
  return `${seed}:${i}`;
}

/** The i-th game of a simulation: what a summary needs of it, and all a worker thread sends back. */
export function playRun(scenario: Scenario, policy: Policy, seed: string, i: number, forced: readonly Forced[] = []): SimulationRun {
  const runSeedI = runSeed(seed, i);
  // the stories of every quarter (the state keeps only the last quarter's): what each resolution told
  const heardAll: GameState['stories'] = [];
  // playBot's game, played through the turn's rules without the machine (a summary reads only the states): the same
  // intents, the same luck, the same states, which test/engine/play-run.test.ts holds it to
  let phase: Phase = 'briefing';
  let context = initialContext({ game: firstState(scenario, runSeedI), start: scenario.start, forced: [...forced] });
  const rng = seedRng(botSeed(policy, runSeedI));
  const plan: BotPlan = { left: 0 };
  for (let guard = 0; ; guard++) {
    if (guard >= 10_000) throw new Error('bot did not finish the game');
    const intent = botIntentIn(policy, scenario, phase, context.game, rng, plan);
    if (!intent) break;
    let next: ReturnType<typeof playTurn>;
    try {
      next = playTurn(scenario, phase, context, intent, false);
    } catch (e) {
      if (e instanceof FormulaError) throw new Error(`bot intent rejected: ${refusalText({ code: 'formula', message: e.message })}`);
      throw e;
    }
    if (!next) throw new Error(`bot intent rejected: ${intent.type}`);
    phase = next.phase;
    context = next.context;
    if (intent.type === 'COMMIT') heardAll.push(...context.game.stories);
  }
  const s = context.game;
  return { seed: runSeedI, ending: s.ending, history: s.history, log: s.log, stories: heardAll, incidents: s.incidents };
}

/**
 * The report of many games, fed one game at a time in the order of their seeds. Fed the same games in the same order
 * it gives the same report, byte for byte, whether they were played here or on other cores.
 */
export class SimulationSummary {
  private readonly endings: Record<string, number>;
  private readonly events: Record<string, number>;
  private readonly decisions: Record<string, number>;
  private readonly ids: string[];
  private readonly length: number;
  private readonly columns: Record<string, Float64Array[]>;
  private incidents = 0;
  private readonly grades = new Map<number, Record<string, number>>();
  private readonly stories: Record<string, { clear: number; vague: number }>;
  private readonly answers: Record<string, Record<string, number>>;
  private added = 0;

  constructor(private readonly scenario: Scenario, private readonly policy: string, private readonly runs: number, private readonly seed: string) {
    this.endings = Object.fromEntries(scenario.endings.map((e) => [e.id, 0]));
    this.events = Object.fromEntries(scenario.events.map((e) => [e.id, 0]));
    this.decisions = Object.fromEntries(scenario.decisions.map((d) => [d.id, 0]));
    this.ids = [...scenario.model.variables.filter((v) => v.kind === 'number').map((v) => v.id), ...scenario.model.derived.map((d) => d.id)];
    this.length = scenario.calendar.quarters + 1;
    this.columns = Object.fromEntries(this.ids.map((id) => [id, Array.from({ length: this.length }, () => new Float64Array(runs))]));
    this.stories = Object.fromEntries(scenario.stories.map((st) => [st.id, { clear: 0, vague: 0 }]));
    this.answers = Object.fromEntries(scenario.events.filter((e) => e.choices.length).map((e) => [e.id, Object.fromEntries(e.choices.map((c) => [c.id, 0]))]));
  }

  /** The next game, in seed order. */
  add(run: SimulationRun): void {
    const i = this.added++;
    if (run.ending) this.endings[run.ending] += 1;
    this.incidents += run.incidents;
    for (const entry of run.log) {
      if (entry.kind === 'decision') this.decisions[entry.id] += 1;
      else if (entry.kind === 'event' || entry.kind === 'incident') this.events[entry.id] += 1;
      else if (entry.kind === 'choice' && entry.detail && this.answers[entry.detail] && Object.hasOwn(this.answers[entry.detail], entry.id)) this.answers[entry.detail][entry.id] += 1;
      else if (entry.kind === 'inspection' && entry.detail) {
        const at = this.grades.get(entry.quarter) ?? {};
        at[entry.detail] = (at[entry.detail] ?? 0) + 1;
        this.grades.set(entry.quarter, at);
      }
    }
    for (const heard of run.stories) if (Object.hasOwn(this.stories, heard.id)) this.stories[heard.id][heard.clear ? 'clear' : 'vague'] += 1;
    for (const id of this.ids) {
      const col = this.columns[id];
      for (let k = 0; k < this.length; k++) col[k][i] = run.history[Math.min(k, run.history.length - 1)][id] as number;
    }
  }

  /** What this summary has counted, to send to another thread: another summary adds it with addPart. */
  part(): SummaryPart {
    const { endings, events, decisions, incidents, stories, answers, columns } = this;
    return { runs: this.added, endings, events, decisions, incidents, stories, answers, columns, grades: [...this.grades.entries()] };
  }

  /**
   * Another summary's games, as the next ones in seed order: the same report as adding them one by one (counts are
   * whole numbers, a grade first met there comes after those met before, and the numbers go in at their own places).
   */
  addPart(part: SummaryPart): void {
    const at = this.added;
    this.added += part.runs;
    for (const k in part.endings) this.endings[k] += part.endings[k];
    for (const k in part.events) this.events[k] += part.events[k];
    for (const k in part.decisions) this.decisions[k] += part.decisions[k];
    this.incidents += part.incidents;
    for (const k in part.stories) { this.stories[k].clear += part.stories[k].clear; this.stories[k].vague += part.stories[k].vague; }
    for (const e in part.answers) for (const c in part.answers[e]) this.answers[e][c] += part.answers[e][c];
    for (const [quarter, grades] of part.grades) {
      const mine = this.grades.get(quarter) ?? {};
      for (const g in grades) mine[g] = (mine[g] ?? 0) + grades[g];
      this.grades.set(quarter, mine);
    }
    for (const id of this.ids) for (let k = 0; k < this.length; k++) this.columns[id][k].set(part.columns[id][k].subarray(0, part.runs), at);
  }

  report(): SimulationReport {
    const series: Record<string, SeriesStats> = {};
    for (const id of this.ids) {
      const stats: SeriesStats = { mean: [], p10: [], p90: [] };
      for (const values of this.columns[id]) {
        const sorted = Float64Array.from(values).sort();
        stats.mean.push(round4(values.reduce((a, b) => a + b, 0) / values.length));
        stats.p10.push(round4(quantile(sorted, 0.1)));
        stats.p90.push(round4(quantile(sorted, 0.9)));
      }
      series[id] = stats;
    }
    const inspections = [...this.grades.entries()].sort((a, b) => a[0] - b[0]).map(([quarter, g]) => ({ quarter, grades: g }));
    const { endings, events, decisions, incidents, stories, answers } = this;
    return { scenario: this.scenario.id, runs: this.runs, seed: this.seed, policy: this.policy, endings, events, decisions, incidents, series, inspections, stories, answers };
  }
}

/**
 * Plays `runs` games on this thread. A game that ends early keeps its last numbers for the remaining quarters, so
 * every series has one value per quarter of the scenario.
 */
export function simulate(scenario: Scenario, policy: Policy, opts: { runs: number; seed: string; forced?: Forced[]; onRun?: (i: number, run: SimulationRun) => void }): SimulationReport {
  const summary = new SimulationSummary(scenario, policy.name, opts.runs, opts.seed);
  for (let i = 0; i < opts.runs; i++) {
    const run = playRun(scenario, policy, opts.seed, i, opts.forced ?? []);
    summary.add(run);
    opts.onRun?.(i, run);
  }
  return summary.report();
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
