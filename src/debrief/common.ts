// Small readings of a finished game shared by the debrief's analyses: labels, series, quarters and phases.
// Pure and DOM-free: the debrief runs in the browser, in the CLI and in the trainer's replay alike.
import { stateOf, type Game } from '../engine/session';
import type { Model, PhaseDef, Scenario, VariableDef } from '../engine/types';

/** Quarters closed so far: history holds the start (index 0) and one entry per closed quarter. */
export function quartersPlayed(game: Game): number {
  return stateOf(game).history.length - 1;
}

/** The label of a variable or derived value, or its id when the model has none. */
export function labelOf(model: Model, id: string): string {
  return model.variables.find((v) => v.id === id)?.label ?? model.derived.find((d) => d.id === id)?.label ?? id;
}

/** A number from the history; a level variable or a missing value reads as NaN so it never passes for a real 0. */
export function valueAt(game: Game, id: string, quarter: number): number {
  const x = stateOf(game).history[quarter]?.[id];
  return typeof x === 'number' ? x : Number.NaN;
}

export function seriesOf(game: Game, id: string): number[] {
  return stateOf(game).history.map((h) => (typeof h[id] === 'number' ? (h[id] as number) : Number.NaN));
}

export function numericVariables(model: Model): VariableDef[] {
  return model.variables.filter((v) => v.kind === 'number');
}

/** Phases of the calendar cut to the quarters played; a scenario without phases is one phase. */
export function playedPhases(scenario: Scenario, played: number): PhaseDef[] {
  const phases = scenario.calendar.phases.length ? scenario.calendar.phases : [{ id: 'game', title: scenario.title, from: 1, to: scenario.calendar.quarters }];
  return phases.filter((p) => p.from <= played).map((p) => ({ ...p, to: Math.min(p.to, played) }));
}

/** Rounded for reports: enough digits to compare, few enough that float noise never shows. */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN;
}
