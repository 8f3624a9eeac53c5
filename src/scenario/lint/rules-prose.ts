// The debrief's prose: reflection prompts that are missing or never shown, readings no practice story covers, and
// endings that give the reveal away.
import type { Finding } from './codes';
import { canBeOffered, type LintContext } from './context';
import { truth } from './evaluate';
import { explain } from './explain';
import { atExpr, atPath } from './place';
import { untoldStories } from './rules-mechanics';

const PROMPTED = ['compliance', 'learning'];

export function missingReflections(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const { src, data } = ctx.s;
  // ids a reflection's `when` names (chose(x), happened(x), count(x)...): that reflection covers them
  const mentioned = new Set(ctx.sites.filter((s) => s.owner.kind === 'reflection').flatMap((s) => s.ids));
  data.decisions.forEach((d, i) => {
    const tag = d.tags.find((t) => PROMPTED.includes(t));
    if (!tag || d.reflection || mentioned.has(d.id) || ctx.dead.has(d.id)) return;
    out.push(atPath(src, ['decisions', i, 'id'], 'SL0009', `decision '${d.id}' is tagged ${tag} but brings no reflection prompt into the debrief`,
      `add 'reflection: ID', or a reflection whose when names chose(${d.id})`));
  });
  data.events.forEach((e, i) => {
    if (mentioned.has(e.id) || ctx.dead.has(e.id)) return;
    const event = ctx.s.scenario.events[i];
    (e.choices ?? []).forEach((c, j) => {
      const tag = (c.tags ?? []).find((t) => PROMPTED.includes(t));
      if (!tag || c.reflection || !canBeOffered(ctx.s, event, event.choices[j], ctx.env, ctx.siteAt)) return;
      out.push(atPath(src, ['events', i, 'choices', j, 'id'], 'SL0010', `answer '${c.id}' to '${e.id}' is tagged ${tag} but brings no reflection prompt into the debrief`,
        `add 'reflection: ID', or a reflection whose when names happened(${e.id})`));
    });
  });
  return out;
}

export function unshownReflections(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const { src, data } = ctx.s;
  const linked = new Set<string>();
  for (const d of data.decisions) if (d.reflection) linked.add(d.reflection);
  for (const e of data.events) for (const c of e.choices ?? []) if (c.reflection) linked.add(c.reflection);
  for (const [id, r] of Object.entries(data.reflections)) {
    if (linked.has(id)) continue;
    const site = ctx.site('reflection', id, 'when');
    if (r.when === undefined || !site) {
      out.push(atPath(src, ['reflections', id], 'SL0011', `reflection '${id}' is never shown: no decision or answer links it and it has no when`,
        `add 'reflection: ${id}' to a decision or answer, or give it a when`, true));
    } else if (!truth(site.ast, ctx.env).t) {
      const ex = explain(site.ast, ctx.env, true, site.text);
      out.push(atExpr(site, ex.node, 'SL0011', `reflection '${id}' is never shown: nothing links it and its when can never hold`, ex.reason));
    }
  }
  return out;
}

/** The reading of practice runs 0-100; a reading no story covers gets the nearest story, which does not describe it. */
export function storyGaps(ctx: LintContext): Finding[] {
  const { src, data, modelData } = ctx.s;
  if (!modelData.perception || data.stories.length === 0) return [];
  const out: Finding[] = [];
  // a story never told covers nothing
  const untold = untoldStories(ctx);
  const order = data.stories.map((s, i) => ({ i, lo: s.reading[0], hi: s.reading[1] })).filter((s) => !untold.has(s.i)).sort((a, b) => a.lo - b.lo || a.hi - b.hi);
  if (order.length === 0) return [];
  let reached = 0;
  let last = order[0];
  const gap = (from: number, to: number, at: number) => out.push(atPath(src, ['stories', at, 'reading'], 'SL0012',
    `no practice story covers readings between ${from} and ${to}`, 'the nearest story is told instead: widen a reading range or add a story'));
  for (const s of order) {
    if (s.lo > reached && reached < 100) gap(reached, Math.min(s.lo, 100), s.i);
    if (s.hi > reached) { reached = s.hi; last = s; }
  }
  if (reached < 100) gap(reached, 100, last.i);
  return out;
}

/**
 * The ending screen comes before the reveal, so its title and text speak of what the board could see. Naming a hidden
 * number (by its label, "practice quality") or the reveal itself tells the player what the debrief is there to show.
 */
export function spoilingEndings(ctx: LintContext): Finding[] {
  const { src, data, scenario } = ctx.s;
  const hidden = scenario.model.variables.filter((v) => v.visibility === 'hidden').map((v) => v.label.toLowerCase());
  const words = [...hidden, 'the reveal', 'hidden record', 'the hidden'];
  const out: Finding[] = [];
  data.endings.forEach((e, i) => {
    for (const key of ['title', 'text'] as const) {
      const said = words.find((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(e[key]));
      if (!said) continue;
      out.push(atPath(src, ['endings', i, key], 'SL0022', `ending '${e.id}' says '${said}' in its ${key}, before the player has lifted the fog`,
        'keep the title and text to what the board could see, and move what the fog hid to the ending\'s revealed: text'));
      break;
    }
  });
  return out;
}
