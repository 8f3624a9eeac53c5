// The room reacts when a pressure crosses a threshold: the television in the corner, the telephone, the letters from
// the inspectorate. Each pressure of the model has its object in the room; crossing into "hot" or "boiling" is an
// event the room shows, the sound plays and the caption says. Written once, for the room's scene and the captions.
import type { Scenario } from '../engine/types';
import { t, type MessageId } from '../i18n/messages';
import { badness } from './mood';

/** The object in the room that carries a pressure. */
export type RoomObject = 'television' | 'phone' | 'letters';
export type Heat = 'calm' | 'warm' | 'hot' | 'boiling';

/**
 * Badness (0-1 of the range, worst at 1) from which a pressure is warm, hot and boiling. Hot and boiling are the media
 * heat at which the press starts hunting and the nationals take the story (45, 70: DESIGN.md's media cascade), read as
 * shares of the range so that every pressure has the same steps.
 */
export const WARM_FROM = 0.2;
export const HOT_AT = 0.45;
export const BOILING_AT = 0.7;

export function heatOf(b: number): Heat {
  return b >= BOILING_AT ? 'boiling' : b >= HOT_AT ? 'hot' : b >= WARM_FROM ? 'warm' : 'calm';
}

/** Which object carries a pressure: the press's (the model's cascading pressure) is the television; a confidence that
 *  falls under pressure is the telephone (the council); any other (the regulator) is the letters. */
export function objectFor(scenario: Scenario, id: string): RoomObject {
  if (scenario.model.cascades.some((c) => c.variable === id)) return 'television';
  const def = scenario.model.variables.find((v) => v.id === id);
  return def?.better === 'higher' ? 'phone' : 'letters';
}

export interface RoomEvent { pressure: string; object: RoomObject; heat: 'hot' | 'boiling'; caption: string; cue: 'headline' | 'phone' | 'letter' }

const CAPTIONS: Record<RoomObject, Record<'hot' | 'boiling', MessageId>> = {
  television: { hot: 'play.room.television.hot', boiling: 'play.room.television.boiling' },
  phone: { hot: 'play.room.phone.hot', boiling: 'play.room.phone.boiling' },
  letters: { hot: 'play.room.letters.hot', boiling: 'play.room.letters.boiling' },
};
const CUE: Record<RoomObject, RoomEvent['cue']> = { television: 'headline', phone: 'phone', letters: 'letter' };

/** The thresholds the pressures crossed going up between two sets of figures (a fall is quiet: relief is not news). */
export function crossings(scenario: Scenario, from: Readonly<Record<string, number | string>>, to: Readonly<Record<string, number | string>>): RoomEvent[] {
  const out: RoomEvent[] = [];
  for (const id of scenario.model.display.pressures) {
    const a = badness(scenario, id, from[id]);
    const b = badness(scenario, id, to[id]);
    if (a === null || b === null) continue;
    const heat = b >= BOILING_AT && a < BOILING_AT ? 'boiling' : b >= HOT_AT && a < HOT_AT ? 'hot' : null;
    if (!heat) continue;
    const object = objectFor(scenario, id);
    out.push({ pressure: id, object, heat, caption: t(CAPTIONS[object][heat]), cue: CUE[object] });
  }
  return out;
}
