// The linter's view of a scenario: what every name can be over all games, and which decisions and events can never
// happen. The second feeds the first (happened(x) is false when x can never happen), so it is found by iterating to a
// fixed point: each round can only add to what is dead, and there are finitely many ids. A decision whose `requires`
// never holds is still alive while an answer that can be given puts it on an agenda (`puts` does not read requires).
import type { ChoiceDef, DecisionDef, EventDef } from '../../engine/types';
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
  | { kind: 'no-hazard' }
  | { kind: 'incidents-off' };

export interface LintContext {
  s: StaticSources;
  sites: ExprSite[];
  effects: EffectSite[];
  /** What every name can be, with `dead` filled in. */
  env: AbsEnv;
  dead: Map<string, DeadReason>;
  site(owner: ExprSite['owner']['kind'], id: string, key: ExprSite['key']): ExprSite | undefined;
  /** The expression at a path of the scenario file (an answer's or a variant's `when`). */
  siteAt(path: readonly (string | number)[]): ExprSite | undefined;
}

export function lintContext(s: StaticSources): LintContext {
  const sites = expressionSites(s);
  const effects = effectSites(s);
  const site = (kind: string, id: string, key: string) => sites.find((x) => x.owner.kind === kind && x.owner.id === id && x.key === key);
  const siteAt = (path: readonly (string | number)[]) => sites.find((x) => x.src === s.src && x.path.length === path.length && x.path.every((p, i) => p === path[i]));
  const dead = new Map<string, DeadReason>();
  let env = baseEnv(s, sites, effects, new Set());
  for (let changed = true; changed;) {
    changed = false;
    for (const d of s.scenario.decisions) {
      if (dead.has(d.id)) continue;
      const why = decisionDead(s, d, env, site('decision', d.id, 'requires'));
      if (why && !(why.kind === 'condition' && putOnAgenda(s, d.id, env, siteAt))) { dead.set(d.id, why); changed = true; }
    }
    for (const e of s.scenario.events) {
      const chance = e.kind === 'incident' ? site('incident', 'incident', 'hazard') : site('event', e.id, 'chance');
      const why = dead.has(e.id) ? undefined : eventDead(s, e, env, site('event', e.id, 'when'), chance);
      if (why) { dead.set(e.id, why); changed = true; }
    }
    if (changed) env = baseEnv(s, sites, effects, new Set(dead.keys()));
  }
  return { s, sites, effects, env, dead, site, siteAt };
}

type SiteAt = LintContext['siteAt'];

/** What the names can be when event `e` arrives: in a quarter of its `at`, or while its `when` holds (for the kinds that read it). */
export function arrivalEnv(s: StaticSources, e: EventDef, env: AbsEnv, siteAt: SiteAt): AbsEnv {
  if (e.kind === 'scheduled') {
    const q = env.vars.get('quarter');
    const at = e.at.filter((x) => q?.kind !== 'number' || (x >= q.lo && x <= q.hi));
    return at.length ? { ...env, vars: new Map(env.vars).set('quarter', num(Math.min(...at), Math.max(...at))) } : { ...env, empty: true };
  }
  const i = s.scenario.events.indexOf(e);
  const when = e.kind === 'conditional' || e.kind === 'random' ? siteAt(['events', i, 'when']) : undefined;
  return when ? refine(when.ast, { ...env, work: { left: 20_000 } }, true) : env;
}

/** The site of an answer's `when`, if it has one. */
export function choiceWhen(s: StaticSources, e: EventDef, c: ChoiceDef, siteAt: SiteAt): ExprSite | undefined {
  return siteAt(['events', s.scenario.events.indexOf(e), 'choices', e.choices.indexOf(c), 'when']);
}

/** Whether an answer can ever be on offer when its event arrives in `env` (its event alive, its `when` able to hold). */
export function canBeOffered(s: StaticSources, e: EventDef, c: ChoiceDef, env: AbsEnv, siteAt: SiteAt): boolean {
  if (env.dead.has(e.id)) return false;
  const when = choiceWhen(s, e, c, siteAt);
  return !when || truth(when.ast, arrivalEnv(s, e, env, siteAt)).t;
}

/** Whether some answer that can be given before the last quarter puts decision `id` on the next agenda. */
function putOnAgenda(s: StaticSources, id: string, env: AbsEnv, siteAt: SiteAt): boolean {
  const quarters = s.scenario.calendar.quarters;
  if (quarters < 2) return false;
  // an answer given in the last quarter puts nothing
  const before: AbsEnv = { ...env, vars: new Map(env.vars).set('quarter', num(1, quarters - 1)) };
  return s.scenario.events.some((e) => !arrivalEnv(s, e, before, siteAt).empty && e.choices.some((c) => c.puts === id && canBeOffered(s, e, c, before, siteAt)));
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
      if (!s.scenario.incidents) return { kind: 'incidents-off' };
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
  // a request a partner turned down is not done, so a once-only request may be put to a partner again
  for (const d of scenario.decisions) counts.set(d.id, d.once && !d.ask ? 1 : quarters);
  for (const e of scenario.events) counts.set(e.id, e.once ? 1 : e.kind === 'scheduled' ? e.at.length : quarters);
  const env: AbsEnv = { vars, dead, integers: new Set(['quarter', 'quarters']), maxCount: (id) => counts.get(id) ?? quarters, work: { left: 20_000 } };
  // derived values in file order: each may read the ones above it
  for (const site of sites) if (site.owner.kind === 'derived') vars.set(site.owner.id, evaluate(site.ast, { ...env, work: { left: 20_000 } }));
  return env;
}
