// Variables nothing reads, variables nothing moves, and effects that always end at a bound.
import type { Finding } from './codes';
import type { LintContext } from './context';
import { atPath } from './place';

/** Every name something reads: expressions, links, display, perception, roles' sees, costs and the inspection grade. */
export function readNames(ctx: LintContext): Set<string> {
  const { data, modelData } = ctx.s;
  const read = new Set<string>();
  for (const site of ctx.sites) for (const v of site.variables) read.add(v);
  for (const l of modelData.links ?? []) read.add(l.from);
  const d = modelData.display;
  for (const id of [d.summary, d.truth, ...d.indicators, ...d.pressures]) read.add(id);
  if (modelData.perception) { read.add(modelData.perception.truth); read.add(modelData.perception.clarity); }
  for (const role of Object.values(data.roles)) for (const id of role.sees ?? []) read.add(id);
  for (const id of modelData.resources ?? []) read.add(id);
  if (modelData.inspection) read.add(modelData.inspection.grade); // the inspectors' judgement is shown to the board
  return read;
}

/** Every variable something moves: effects, links, flows, inspections, and drift toward a value other than the start. */
export function changedNames(ctx: LintContext): Set<string> {
  const { modelData, scenario } = ctx.s;
  const changed = new Set<string>();
  for (const site of ctx.effects) {
    for (const [id, e] of Object.entries(site.effects)) if (typeof e === 'object' || e !== 0) changed.add(id);
  }
  for (const l of modelData.links ?? []) changed.add(l.to);
  for (const f of modelData.flows ?? []) changed.add(f.to);
  if (modelData.inspection && scenario.events.some((e) => e.inspect)) changed.add(modelData.inspection.grade);
  for (const v of scenario.model.variables) if (v.relax && v.relax.rate > 0 && v.relax.toward !== scenario.start[v.id]) changed.add(v.id);
  return changed;
}

export function unusedVariables(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const { modelSrc, scenario } = ctx.s;
  const read = readNames(ctx);
  const changed = changedNames(ctx);
  for (const v of scenario.model.variables) {
    if (!read.has(v.id)) {
      out.push(atPath(modelSrc, ['variables', v.id], 'SL0006', `variable '${v.id}' is never read in scenario '${scenario.id}'`,
        "no expression, link, flow, display, perception, role's sees or cost uses it", true));
    }
    if (!changed.has(v.id)) {
      out.push(atPath(modelSrc, ['variables', v.id], 'SL0007', `variable '${v.id}' never changes in scenario '${scenario.id}': it stays at ${JSON.stringify(scenario.start[v.id])}`,
        'no effect, link, flow, inspection or relax moves it', true));
    }
  }
  for (const d of scenario.model.derived) {
    if (!read.has(d.id)) out.push(atPath(modelSrc, ['derived', d.id], 'SL0006', `derived value '${d.id}' is never read in scenario '${scenario.id}'`, 'no expression, link, display or role uses it', true));
  }
  return out;
}

export function clampedEffects(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const vars = ctx.s.scenario.model.variables;
  for (const site of ctx.effects) {
    for (const [id, e] of Object.entries(site.effects)) {
      const v = vars.find((x) => x.id === id);
      if (!v || v.kind !== 'number') continue;
      const range = `[${v.min}, ${v.max}]`;
      if (typeof e === 'number' && e !== 0 && Math.abs(e) >= v.max - v.min) {
        const bound = e > 0 ? v.max : v.min;
        out.push(atPath(site.src, [...site.path, id], 'SL0008', `changing '${id}' by ${e} always takes it to its ${e > 0 ? 'maximum' : 'minimum'}, ${bound}`,
          `its range is ${range}: write { set: ${bound} } if that is meant, or a smaller change`));
      } else if (typeof e === 'object' && typeof e.set === 'number' && (e.set < v.min || e.set > v.max)) {
        out.push(atPath(site.src, [...site.path, id, 'set'], 'SL0008', `sets '${id}' to ${e.set}, outside its range ${range}`,
          `the next quarter clamps it to ${e.set > v.max ? v.max : v.min}`));
      }
    }
  }
  return out;
}
