// How a board member looks across the table: at ease, guarded or strained, from what only they see (their `sees:`
// figures, where they stand in their range and which way they went) and from the pressure the whole board is under.
// The room draws it as posture and expression; the page says it in words beside the member's name.
import type { RoleDef, Scenario } from '../engine/types';
import { t } from '../i18n/messages';
import { defOf } from './values';

export type Mood = 'at_ease' | 'guarded' | 'strained';
type Report = Readonly<Record<string, number | string>>;

/** The words for a mood, read in the language of the moment they are shown. */
export const MOOD_WORDS: Readonly<Record<Mood, string>> = {
  get at_ease() { return t('play.mood.atEase'); },
  get guarded() { return t('play.mood.guarded'); },
  get strained() { return t('play.mood.strained'); },
};

/**
 * Badness of a figure on its range, 0 (best) to 1 (worst), for a figure that says which way is better; null otherwise.
 */
export function badness(scenario: Scenario, id: string, value: number | string | undefined): number | null {
  const def = defOf(scenario, id);
  if (!def || typeof value !== 'number' || !def.better) return null;
  const min = 'min' in def ? def.min : 0;
  const max = 'max' in def ? def.max : 100;
  if (!(max > min)) return null;
  const f = Math.max(0, Math.min(1, (value - min) / (max - min)));
  return def.better === 'higher' ? 1 - f : f;
}

/** The board's pressure, 0 (none) to 1 (all at their worst): the mean badness of the model's pressures. */
export function pressureOf(scenario: Scenario, report: Report): number {
  const b = scenario.model.display.pressures.map((id) => badness(scenario, id, report[id])).filter((x): x is number => x !== null);
  return b.length ? b.reduce((a, x) => a + x, 0) / b.length : 0;
}

/** -1 (strained) to 1 (at ease). */
export function moodScore(scenario: Scenario, role: RoleDef, last: Report, before: Report | undefined): number {
  const parts: number[] = [];
  for (const id of role.sees) {
    const now = badness(scenario, id, last[id]);
    if (now === null) continue;
    const then = before ? badness(scenario, id, before[id]) : null;
    // where it stands counts more than which way it went; a move of a twentieth of the range is felt in full
    const trend = then === null ? 0 : Math.max(-1, Math.min(1, (then - now) * 20));
    parts.push((0.5 - now) * 1.6 + 0.4 * trend);
  }
  const own = parts.length ? parts.reduce((a, x) => a + x, 0) / parts.length : 0;
  // everyone at the table feels the regulator, the press and the council; a calm room is no strain
  const pressure = pressureOf(scenario, last);
  return Math.max(-1, Math.min(1, own - Math.max(0, pressure - 0.35) * 1.2));
}

export function moodOf(scenario: Scenario, role: RoleDef, last: Report, before: Report | undefined): Mood {
  const s = moodScore(scenario, role, last, before);
  return s > 0.2 ? 'at_ease' : s < -0.2 ? 'strained' : 'guarded';
}
