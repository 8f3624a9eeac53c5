// A value as the board reads it, written once for every place that shows one: the board, the debrief, the room's
// scenes, the workshop and the terminal playthrough.
import type { DerivedDef, Scenario, VariableDef } from '../engine/types';
import { t } from '../i18n/messages';

export type Def = VariableDef | DerivedDef;
type Shown = Pick<VariableDef, 'unit' | 'decimals' | 'levelLabels'> | Pick<DerivedDef, 'unit' | 'decimals'>;

export function defOf(scenario: Scenario, id: string): Def | undefined {
  return scenario.model.variables.find((v) => v.id === id) ?? scenario.model.derived.find((d) => d.id === id);
}

export function labelOf(scenario: Scenario, id: string): string {
  return defOf(scenario, id)?.label ?? id;
}

export function isVisible(scenario: Scenario, id: string): boolean {
  return defOf(scenario, id)?.visibility === 'visible';
}

/** The number at the precision shown, never "-0" (a fall rounded away is no fall). */
export function figure(def: Shown | undefined, x: number): string {
  const n = x.toFixed(def?.decimals ?? 0);
  return /^-0(\.0+)?$/.test(n) ? n.slice(1) : n;
}

/**
 * "70%", "12% a year", "16.0 children", "55" (an index or a share reads bare), "good", "none yet".
 * `unit: false` gives the bare figure, for tables whose column heading carries the unit.
 */
export function formatValue(def: Shown | undefined, value: number | string | undefined, opts: { unit?: boolean } = {}): string {
  if (value === undefined) return '-';
  if (typeof value === 'string') return levelName(def, value);
  const n = figure(def, value);
  const unit = def?.unit;
  if (opts.unit === false || !unit || unit === 'index' || unit === 'share') return n;
  return unit.startsWith('%') ? `${n}${unit}` : `${n} ${unit}`;
}

/** A level as players read it: the model's name for it (in the scenario's language), or its id with spaces. */
export function levelName(def: Shown | undefined, level: string): string {
  const labels = def && 'levelLabels' in def ? def.levelLabels : undefined;
  if (labels && Object.hasOwn(labels, level)) return labels[level];
  return level === 'none' ? t('play.value.noneYet') : level.replace(/_/g, ' ');
}

/** An inspection's grade as players read it: the grade variable's name for it. */
export function gradeName(scenario: Scenario, grade: string): string {
  return levelName(scenario.model.inspection ? defOf(scenario, scenario.model.inspection.grade) : undefined, grade);
}

/** A workshop team as the screen names it: "Team Red", and "Team 2" (not "Team Team 2") for a team known by number (or "Tîm 2"). */
export function teamLabel(team: string): string {
  return /^(team|tîm)(?![\p{L}\p{N}_])/iu.test(team) ? team : t('play.value.team', { team });
}
