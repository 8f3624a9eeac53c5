// The board's mechanics: answers never on offer, text variants never used, stories never told, requests whose answer
// is fixed in advance, and commitments that leave nothing to spend.
import type { Variant } from '../../engine/types';
import type { Finding } from './codes';
import { arrivalEnv, canBeOffered, choiceWhen, type LintContext } from './context';
import { evaluate, truth, type AbsEnv } from './evaluate';
import { explain } from './explain';
import { describeAbs } from './interval';
import { atExpr, atPath } from './place';
import { refine } from './refine';
import type { ExprSite } from './sources';
import type { Path } from '../source-map';

const given = (site: ExprSite | undefined, env: AbsEnv): AbsEnv => (site ? refine(site.ast, { ...env, work: { left: 20_000 } }, true) : env);

export function unofferedAnswers(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const e of ctx.s.scenario.events) {
    if (ctx.dead.has(e.id)) continue;
    for (const c of e.choices) {
      const when = choiceWhen(ctx.s, e, c, ctx.siteAt);
      if (!when || canBeOffered(ctx.s, e, c, ctx.env, ctx.siteAt)) continue;
      const ex = explain(when.ast, arrivalEnv(ctx.s, e, ctx.env, ctx.siteAt), true, when.text);
      out.push(atExpr(when, ex.node, 'SL0016', `answer '${c.id}' to '${e.id}' is never offered: its when can never hold`, ex.reason));
    }
  }
  return out;
}

/** A story whose `when` can never hold, by index: told in no game. */
export function untoldStories(ctx: LintContext): Map<number, ExprSite> {
  const out = new Map<number, ExprSite>();
  ctx.s.scenario.stories.forEach((_, i) => {
    const when = ctx.siteAt(['stories', i, 'when']);
    if (when && !truth(when.ast, ctx.env).t) out.set(i, when);
  });
  return out;
}

export function silentStories(ctx: LintContext): Finding[] {
  return [...untoldStories(ctx)].map(([i, when]) => {
    const ex = explain(when.ast, ctx.env, true, when.text);
    return atExpr(when, ex.node, 'SL0018', `story '${ctx.s.scenario.stories[i].id}' is never told: its when can never hold`, ex.reason);
  });
}

export function unusedVariants(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const { scenario } = ctx.s;
  const untold = untoldStories(ctx);
  scenario.events.forEach((e, i) => {
    if (ctx.dead.has(e.id)) return;
    const arrival = arrivalEnv(ctx.s, e, ctx.env, ctx.siteAt);
    const times = ctx.env.maxCount(e.id);
    out.push(...variantFindings(ctx, ['events', i], `event '${e.id}'`, e.variants, arrival, times, `'${e.id}' happens`));
    e.choices.forEach((c, j) => {
      if (!canBeOffered(ctx.s, e, c, ctx.env, ctx.siteAt)) return;
      // an answer's wording counts its event's occurrences, and is read only while the answer is on offer
      const offered = given(choiceWhen(ctx.s, e, c, ctx.siteAt), arrival);
      out.push(...variantFindings(ctx, ['events', i, 'choices', j], `answer '${c.id}' to '${e.id}'`, c.variants, offered, times, `'${e.id}' happens`));
    });
  });
  scenario.stories.forEach((st, i) => {
    if (untold.has(i)) return;
    // a story's texts are each told once at most: the base and its variants, within the calendar
    const times = Math.min(scenario.calendar.quarters, 1 + st.variants.length);
    out.push(...variantFindings(ctx, ['stories', i], `story '${st.id}'`, st.variants, given(ctx.siteAt(['stories', i, 'when']), ctx.env), times, `'${st.id}' is told`));
  });
  return out;
}

/** Variants that never fit: a count beyond what can come, a when that never holds, or an earlier variant that always fits first. */
function variantFindings(ctx: LintContext, owner: Path, what: string, variants: readonly Variant<unknown>[], env: AbsEnv, times: number, occurs: string): Finding[] {
  const out: Finding[] = [];
  const { src } = ctx.s;
  const whenOf = (k: number) => ctx.siteAt([...owner, 'variants', k, 'when']);
  const alwaysFits = (k: number) => { const w = whenOf(k); return (variants[k].count ?? 1) <= times && (!w || !truth(w.ast, env).f); };
  variants.forEach((v, k) => {
    const name = `variant ${k + 1} of ${what} is never used`;
    if (v.count !== undefined && v.count > times) {
      out.push(atPath(src, [...owner, 'variants', k, 'count'], 'SL0017', `${name}: ${occurs} at most ${times} time${times === 1 ? '' : 's'} in a game, so its count ${v.count} never comes`,
        times === 1 ? 'a once-only event has only a first occurrence: use count: 1, or once: false' : undefined));
      return;
    }
    const w = whenOf(k);
    if (w && !truth(w.ast, env).t) {
      const ex = explain(w.ast, env, true, w.text);
      out.push(atExpr(w, ex.node, 'SL0017', `${name}: its when can never hold`, ex.reason));
      return;
    }
    const first = variants.findIndex((u, j) => j < k && (u.count === undefined || u.count === v.count) && alwaysFits(j));
    if (first >= 0) {
      out.push(atPath(src, [...owner, 'variants', k], 'SL0017', `${name}: variant ${first + 1} always fits first`,
        'the first variant that fits is used: put this one before it, or narrow that one with count or when'));
    }
  });
  return out;
}

export function fixedRequests(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const d of ctx.s.scenario.decisions) {
    const chance = d.ask ? ctx.site('decision', d.id, 'chance') : undefined;
    if (!chance || ctx.dead.has(d.id)) continue;
    const p = evaluate(chance.ast, { ...ctx.env, work: { left: 20_000 } });
    if (p.kind !== 'number') continue;
    if (p.hi <= 0) {
      out.push(atExpr(chance, chance.ast, 'SL0019', `request '${d.id}' is always turned down: its chance is never above 0, so its effects never land`,
        `it is ${describeAbs(p)}: write it on numbers the board can move`));
    } else if (p.lo >= 1) {
      out.push(atExpr(chance, chance.ast, 'SL0020', `request '${d.id}' is always taken up: its chance is never below 1`,
        `it is ${describeAbs(p)}: a request that is always taken up is a plain decision`));
    }
  }
  return out;
}

export function wholeCommitments(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  ctx.s.scenario.decisions.forEach((d, i) => {
    if (!d.binds || ctx.dead.has(d.id)) return;
    for (const [r, amount] of Object.entries(d.binds.resources)) {
      const range = ctx.env.vars.get(r);
      if (range?.kind !== 'number' || amount <= 0 || amount < range.hi) continue;
      const q = d.binds.quarters;
      out.push(atPath(ctx.s.src, ['decisions', i, 'binds', r], 'SL0021', `'${d.id}' binds ${amount} ${r} a quarter, and ${r} is at most ${range.hi}: for the ${q} quarter${q === 1 ? '' : 's'} after it, no decision that costs ${r} can be chosen`,
        `bind less than ${range.hi}, or make it an effect on ${r} if the money is really spent`));
    }
  });
  return out;
}

