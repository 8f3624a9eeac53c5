// Dead content: decisions never offered or afforded, events that never happen, endings never reached, keys that do
// nothing, and conditions that always hold.
import type { Finding } from './codes';
import { arrivalEnv, type DeadReason, type LintContext } from './context';
import { explain } from './explain';
import { describeAbs, num } from './interval';
import { evaluate, truth } from './evaluate';
import { atExpr, atPath } from './place';

export function deadDecisionsAndEvents(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const { src, scenario } = ctx.s;
  scenario.decisions.forEach((d, i) => {
    const why = ctx.dead.get(d.id);
    if (!why) return;
    if (why.kind === 'cost') {
      out.push(atPath(src, ['decisions', i, 'cost', why.resource], 'SL0002', `decision '${d.id}' can never be afforded: it costs ${why.amount} ${why.resource}, and ${why.resource} is at most ${why.max}`, `lower the cost below ${why.max}`));
    } else if (why.kind === 'slots') {
      out.push(atPath(src, ['decisions', i, 'cost', 'slots'], 'SL0002', `decision '${d.id}' can never be afforded: it needs ${why.slots} agenda slots and a quarter has ${why.available}`, `use at most ${why.available} slots, or raise calendar.slots`));
    } else out.push(condition(why, 'SL0001', `decision '${d.id}' can never be offered: its requires can never hold`));
  });
  scenario.events.forEach((e, i) => {
    const why = ctx.dead.get(e.id);
    if (!why) return;
    const msg = `event '${e.id}' can never happen`;
    if (why.kind === 'no-quarters') out.push(atPath(src, ['events', i, 'at'], 'SL0003', `${msg}: 'at' lists no quarter within 1-${scenario.calendar.quarters}`));
    else if (why.kind === 'no-hazard') out.push(atPath(src, ['events', i, 'kind'], 'SL0003', `${msg}: it is an incident, and model '${scenario.model.id}' draws no incidents`, 'give the model an incident hazard, or use another kind'));
    else if (why.kind === 'incidents-off') out.push(atPath(src, ['events', i, 'kind'], 'SL0003', `${msg}: it is an incident, and the scenario has incidents: false`, 'remove the event, or the incidents: false'));
    else if (why.kind === 'chance') {
      const p = describeAbs(evaluate(why.site.ast, why.env));
      out.push(atExpr(why.site, why.site.ast, 'SL0003', `${msg}: its ${why.site.key === 'hazard' ? 'incident hazard' : 'chance'} is never above 0`, `it is ${p}${why.site.key === 'chance' && e.when ? ' in the quarters when its when holds' : ''}`));
    } else out.push(condition(why, 'SL0003', `${msg}: its when can never hold`));
  });
  return out;
}

function condition(why: DeadReason, code: 'SL0001' | 'SL0003', message: string): Finding {
  if (why.kind !== 'condition') throw new Error('not a condition');
  const ex = explain(why.site.ast, why.env, true, why.site.text);
  return atExpr(why.site, ex.node, code, message, ex.reason);
}

export function deadEndings(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const { src, scenario } = ctx.s;
  const endings = scenario.endings;
  const sites = endings.map((e) => ctx.site('ending', e.id, 'when'));
  // an ending that is not early is chosen only at the end of the last quarter
  const q = scenario.calendar.quarters;
  const envs = endings.map((e) => (e.early ? ctx.env : { ...ctx.env, vars: new Map(ctx.env.vars).set('quarter', num(q, q)) }));
  const always = sites.map((site, i) => (site ? !truth(site.ast, envs[i]).f : false));
  const multi = q > 1;
  endings.forEach((e, i) => {
    const site = sites[i];
    if (site && !truth(site.ast, envs[i]).t) {
      const ex = explain(site.ast, envs[i], true, site.text);
      const last = !e.early && site.variables.includes('quarter') ? ' (an ending without early: true is chosen only at the end of the last quarter)' : '';
      out.push(atExpr(site, ex.node, 'SL0004', `ending '${e.id}' can never be reached: its when can never hold`, `${ex.reason}${last}`));
      return;
    }
    const by = endings.findIndex((f, j) => j !== i && always[j]
      && (((f.priority > e.priority || (f.priority === e.priority && j < i)) && (f.early || !e.early)) || (f.early && !e.early && multi)));
    if (by >= 0) {
      const f = endings[by];
      const why = f.early && !e.early && f.priority <= e.priority ? 'ends every game after the first quarter' : f.priority === e.priority ? 'comes first with the same priority' : 'has a higher priority';
      out.push(atPath(src, ['endings', i, 'id'], 'SL0005', `ending '${e.id}' can never be reached: '${f.id}' always holds and ${why}`, `give '${f.id}' a lower priority than '${e.id}' or a condition`));
    }
  });
  return out;
}

/** Keys the engine reads only for some kinds of event (or only without once), and decisions' reasons without a condition. */
export function ignoredKeys(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const { src, data } = ctx.s;
  const READS: Record<string, string[]> = { scheduled: ['at'], conditional: ['when'], random: ['when', 'chance'], incident: ['when'] };
  const WHY: Record<string, string> = {
    scheduled: "a scheduled event happens in the quarters listed in 'at'", conditional: "a conditional event happens whenever its 'when' holds",
    random: "a random event draws its 'chance' each quarter its 'when' holds", incident: "an incident happens when the model's hazard draws one",
  };
  data.events.forEach((e, i) => {
    for (const key of ['at', 'when', 'chance'] as const) {
      if (e[key] !== undefined && !READS[e.kind].includes(key)) out.push(atPath(src, ['events', i, key], 'SL0013', `'${key}' is ignored on a ${e.kind} event`, WHY[e.kind], true));
    }
    if (e.cooldown !== undefined && (e.once ?? true)) out.push(atPath(src, ['events', i, 'cooldown'], 'SL0013', `'cooldown' is ignored on a once-only event`, 'add once: false if it can happen again', true));
    const at = e.at ?? [];
    if (e.kind === 'scheduled' && (e.once ?? true) && at.length > 1) {
      out.push(atPath(src, ['events', i, 'at', 1], 'SL0014', `only the first of quarters ${at.join(', ')} can happen: '${e.id}' is once-only`, 'add once: false, or list one quarter'));
    }
  });
  data.decisions.forEach((d, i) => {
    if (d.unavailable !== undefined && d.requires === undefined) out.push(atPath(src, ['decisions', i, 'unavailable'], 'SL0013', "'unavailable' is never shown: the decision has no 'requires'", 'it is the reason a player reads when requires does not hold', true));
    if (d.cooldown && d.once) out.push(atPath(src, ['decisions', i, 'cooldown'], 'SL0013', "'cooldown' is ignored on a once-only decision", undefined, true));
    if (d.fade !== undefined && d.fade < 1 && d.once) out.push(atPath(src, ['decisions', i, 'fade'], 'SL0013', "'fade' is ignored on a once-only decision", 'a decision done once is never repeated, so its effects never fade', true));
  });
  return out;
}

export function alwaysHolds(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const { scenario } = ctx.s;
  for (const site of ctx.sites) {
    const o = site.owner;
    const event = o.kind === 'event' ? scenario.events.find((e) => e.id === o.id) : undefined;
    // an answer's when is read as its event arrives; a story's after the quarter's events
    const answered = o.kind === 'choice' ? scenario.events.find((e) => e.id === o.event) : undefined;
    const relevant = (o.kind === 'decision' && site.key === 'requires') || (event && site.key === 'when' && (event.kind === 'conditional' || event.kind === 'random'))
      || (answered && !ctx.dead.has(answered.id)) || o.kind === 'story';
    if (!relevant || ((o.kind === 'decision' || o.kind === 'event') && ctx.dead.has(o.id))) continue;
    const env = answered ? arrivalEnv(ctx.s, answered, ctx.env, ctx.siteAt) : ctx.env;
    if (truth(site.ast, env).f) continue;
    const ex = explain(site.ast, env, false, site.text);
    out.push(atExpr(site, ex.node, 'SL0015', `this ${site.key} always holds, so it changes nothing`, ex.reason));
  }
  return out;
}
