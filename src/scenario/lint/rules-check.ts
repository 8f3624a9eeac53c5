// The check before and after play: answers that give themselves away. A player who cannot tell the answer picks the
// longest, or the place the answer was last time (test-wiseness, Millman, Bishop & Ebel 1965); a check whose best
// answer is mostly the longest, or always in one place, measures that instead of understanding.
import type { Finding } from './codes';
import type { LintContext } from './context';
import { atPath } from './place';

export function leaningCheck(ctx: LintContext): Finding[] {
  const { src, data } = ctx.s;
  const items = (data.check?.items ?? []).map((it, i) => ({ it, i })).filter(({ it }) => it.choices && it.choices.filter((c) => c.best).length === 1);
  if (items.length < 3) return [];
  const longest = items.filter(({ it }) => {
    const best = it.choices!.find((c) => c.best)!.label.length;
    return it.choices!.every((c) => c.best || c.label.length < best);
  });
  const places = new Set(items.map(({ it }) => it.choices!.findIndex((c) => c.best)));
  const out: Finding[] = [];
  if (longest.length > items.length / 2) {
    out.push(atPath(src, ['check', 'items', longest[0].i, 'choices'], 'SL0023', `the best answer is the longest in ${longest.length} of ${items.length} check items: a player can pick it without knowing`,
      'give some wrong answers the detail of a right one, and some best answers a short form'));
  }
  if (places.size === 1) {
    out.push(atPath(src, ['check', 'items', items[0].i, 'choices'], 'SL0023', `the best answer is choice ${[...places][0] + 1} in every check item`, 'put the best answer in different places'));
  }
  return out;
}
