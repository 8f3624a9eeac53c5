// Applying effect maps: deltas and sets, clamped to each variable's range, with attention cascades on shocks.
import { variableById } from './lookup';
import type { GameState } from './state';
import type { EffectMap, Model, VariableDef } from './types';

export interface Change { id: string; from: number | string; to: number | string }

export function clampTo(v: VariableDef, x: number): number {
  return x < v.min ? v.min : x > v.max ? v.max : x;
}

/**
 * Applies effects to vars (a fresh copy the caller owns). `shock` marks news events: a rise in a cascade variable within
 * its window of the last rise is amplified (the attention cascade, DESIGN.md R2).
 */
export function applyEffects(model: Model, state: GameState, vars: Record<string, number | string>, effects: EffectMap, shock = false): Change[] {
  const changes: Change[] = [];
  for (const id in effects) {
    const v = variableById(model, id);
    if (!v) continue;
    const e = effects[id];
    const from = vars[id];
    if ('set' in e) {
      vars[id] = e.set;
    } else {
      let delta = e.delta;
      if (shock && delta > 0) {
        const cascade = model.cascades.find((c) => c.variable === id);
        if (cascade) {
          const last = state.lastShock[id];
          if (last !== undefined && state.quarter - last <= cascade.window) delta *= cascade.amplify;
          state.lastShock = { ...state.lastShock, [id]: state.quarter };
        }
      }
      vars[id] = clampTo(v, (from as number) + delta);
    }
    if (vars[id] !== from) changes.push({ id, from, to: vars[id] });
  }
  return changes;
}
