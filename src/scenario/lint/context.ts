// The linter's view of a scenario: what every name can be over all games, and which decisions and events can never
// happen. The second feeds the first (happened(x) is false when x can never happen), so it is found by iterating to a
// fixed point: each round can only add to what is dead, and there are finitely many ids.
import type { DecisionDef, EventDef } from '../../engine/types';
import { evaluate, truth, type AbsEnv } from './evaluate';
import { num, str, type Abs } from './interval';
import { refine } from './refine';
import { effectSites, expressionSites, type EffectSite, type ExprSite, type StaticSources } from './sources';

export type DeadReason =
  | { kind: 'condition'; site: ExprSite; env: AbsEnv }
  | { kind: 'chance'; site: ExprSite; env: AbsEnv }
  | { kind: 'cost'; resource: string; amount: number; max: number }
  | { kind: 'slots'; slots: number; available: number }
  | { kind: 'no-quarters' }
  | { kind: 'no-hazard' };

export interface LintContext {
  s: StaticSources;
  sites: ExprSite[];
  effects: EffectSite[];
  /** What every name can be, with `dead` filled in. */
  env: AbsEnv;
  dead: Map<string, DeadReason>;
  site(owner: ExprSite['owner']['kind'], id: string, key: ExprSite['key']): ExprSite | undefined;
}

export function lintContext(s: StaticSources): LintContext {
  const sites = expressionSites(s);
  const effects = effectSites(s);
  const site = (kind: string, id: string, key: string) => sites.find((x) => x.owner.kind === kind && x.owner.id === id && x.key === key);
  const dead = new Map<string, DeadReason>();
  let env = baseEnv(s, sites, effects, new Set());
  for (let changed = true; changed;) {
    changed = false;
    for (const d of s.scenario.decisions) {
      const why = dead.has(d.id) ? undefined : decisionDead(s, d, env, site('decision', d.id, 'requires'));
      if (why) { dead.set(d.id, why); changed = true; }
    }
    for (const e of s.scenario.events) {
      const chance = e.kind === 'incident' ? site('incident', 'incident', 'hazard') : site('event', e.id, 'chance');
      const why = dead.has(e.id) ? undefined : eventDead(s, e, env, site('event', e.id, 'when'), chance);
      if (why) { dead.set(e.id, why); changed = true; }
    }
    if (changed) env = baseEnv(s, sites, effects, new Set(dead.keys()));
  }
  return { s, sites, effects, env, dead, site };
}

function decisionDead(s: StaticSources, d: DecisionDef, env: AbsEnv, requires: ExprSite | undefined): DeadReason | undefined {
  if (d.cost.slots > s.scenario.calendar.slots) return { kind: 'slots', slots: d.cost.slots, available: s.scenario.calendar.slots };
  for (const [resource, amount] of Object.entries(d.cost.resources)) {
    const range = env.vars.get(resource);
    if (range?.kind === 'number' && amount > range.hi) return { kind: 'cost', resource, amount, max: range.hi };
  }
  if (requires && !truth(requires.ast, env).t) return { kind: 'condition', site: requires, env };
  return undefined;
}

function eventDead(s: StaticSources, e: EventDef, env: AbsEnv, when: ExprSite | undefined, chance: ExprSite | undefined): DeadReason | undefined {
  const quarters = s.scenario.calendar.quarters;
  switch (e.kind) {
    case 'scheduled':
      return e.at.some((q) => q >= 1 && q <= quarters) ? undefined : { kind: 'no-quarters' };
    case 'incident': {
      if (!s.scenario.model.incident) return { kind: 'no-hazard' };
      const p = chance ? evaluate(chance.ast, env) : undefined;
      return p?.kind === 'number' && p.hi <= 0 ? { kind: 'chance', site: chance!, env } : undefined;
    }
    case 'conditional':
    case 'random': {
      if (when && !truth(when.ast, env).t) return { kind: 'condition', site: when, env };
      if (e.kind === 'conditional' || !chance) return undefined;
      // chance is drawn only in quarters when `when` holds
      const given = when ? refine(when.ast, { ...env, work: { left: 20_000 } }, true) : env;
      const p = evaluate(chance.ast, given);
      return p.kind === 'number' && p.hi <= 0 ? { kind: 'chance', site: chance, env: given } : undefined;
    }
  }
}

/** What every name can be in any game: ranges widened by any `set` outside them, levels, derived values, the calendar. */
function baseEnv(s: StaticSources, sites: ExprSite[], effects: EffectSite[], dead: ReadonlySet<string>): AbsEnv {
  const { scenario } = s;
  const quarters = scenario.calendar.quarters;
  const vars = new Map<string, Abs>();
  for (const v of scenario.model.variables) {
    if (v.kind === 'level') { vars.set(v.id, str(v.levels ?? [])); continue; }
    let lo = v.min;
    let hi = v.max;
    for (const site of effects) {
      const e = site.effects[v.id];
      if (typeof e === 'object' && typeof e.set === 'number') { lo = Math.min(lo, e.set); hi = Math.max(hi, e.set); }
    }
    vars.set(v.id, num(lo, hi));
  }
  vars.set('quarter', num(1, quarters));
  vars.set('quarters', num(quarters, quarters));
  const phases = scenario.calendar.phases;
  const covered = Array.from({ length: quarters }, (_, i) => phases.some((p) => i + 1 >= p.from && i + 1 <= p.to)).every(Boolean);
  vars.set('phase', str([...phases.map((p) => p.id), ...(covered ? [] : [''])]));
  const counts = new Map<string, number>();
  for (const d of scenario.decisions) counts.set(d.id, d.once ? 1 : quarters);
  for (const e of scenario.events) counts.set(e.id, e.once ? 1 : e.kind === 'scheduled' ? e.at.length : quarters);
  const env: AbsEnv = { vars, dead, integers: new Set(['quarter', 'quarters']), maxCount: (id) => counts.get(id) ?? quarters, work: { left: 20_000 } };
  // derived values in file order: each may read the ones above it
  for (const site of sites) if (site.owner.kind === 'derived') vars.set(site.owner.id, evaluate(site.ast, { ...env, work: { left: 20_000 } }));
  return env;
}
