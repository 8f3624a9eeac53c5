// What moved a number and by how much: the record each step of a quarter's resolution returns, so the debrief can
// fold the engine's own accounts instead of working the quarter out again beside it.
import type { Change } from './apply-effects';

export type PushKind = 'decision' | 'answer' | 'event' | 'inspection' | 'link' | 'drift' | 'limit' | 'refusal' | 'luck';

export interface Push {
  variable: string;
  kind: PushKind;
  /** decision id, "event.choice", event id, "event:grade", "from->to" for a link, the variable for drift and limit */
  id: string;
  amount: number;
  /** Quarters between the choice and the landing for later effects; a link's time constant. */
  delay: number;
  /** For a link: its index in model.flows. */
  flow?: number;
}

/** One named step of a quarter's resolution and the pushes it applied, in order. */
export interface ResolutionStep { step: 'decisions' | 'model' | 'later' | 'incident' | 'events' | 'story'; pushes: Push[] }

export function pushesOf(changes: readonly Change[], kind: PushKind, id: string, delay = 0): Push[] {
  const out: Push[] = [];
  for (const c of changes) {
    if (typeof c.from === 'number' && typeof c.to === 'number') out.push({ variable: c.id, kind, id, amount: c.to - c.from, delay });
  }
  return out;
}
