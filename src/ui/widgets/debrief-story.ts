// The timeline with the hidden tags revealed, and the causes of the largest changes.
import type { Game } from '../../engine/session';
import { causes } from '../../debrief/causes';
import { timeline } from '../../debrief/timeline';
import { h } from '../dom';
import { t } from '../../i18n/messages';
import { gradeName } from '../../present/values';

function tags(ts: readonly string[]): HTMLElement {
  return h('span', { class: 'tags' }, ...ts.map((tag) => h('span', { class: `tag tag-${tag}` }, t('debrief.tag', { tag }))));
}

export function timelineSection(game: Game): HTMLElement {
  const tl = timeline(game);
  const tally = Object.entries(tl.tagTally).filter(([, n]) => n > 0).map(([tag, n]) => t('debrief.timeline.tallyItem', { n, tag: t('debrief.tag', { tag }) })).join(', ') || t('debrief.timeline.noDecisions');
  return h('section', { class: 'debrief-section timeline', 'aria-labelledby': 'timeline-heading' },
    h('h2', { id: 'timeline-heading' }, t('debrief.timeline.heading')),
    h('p', {}, t('debrief.timeline.intro', { tally })),
    h('ol', { class: 'quarters' }, ...tl.quarters.map((q) => h('li', {},
      h('h3', {}, t('debrief.quarterPeriod', { n: q.quarter, period: q.period })),
      h('ul', {},
        ...q.decisions.map((d) => h('li', { class: 'did' }, t('debrief.timeline.decided'), d.title, ' ', tags(d.tags))),
        ...q.incidents.map((e) => h('li', { class: 'happened incident' }, t('debrief.timeline.incident'), e.headline)),
        ...q.events.map((e) => h('li', { class: 'happened' }, t('debrief.timeline.arrived'), e.headline)),
        ...q.answers.map((a) => h('li', { class: 'did' }, t('debrief.timeline.answered', { headline: a.headline.trim().replace(/[.:]$/, '') }), a.label, ' ', tags(a.tags))),
        ...q.inspections.map((i) => h('li', { class: 'happened' }, t('debrief.timeline.inspection', { grade: gradeName(game.scenario, i.grade) }))),
        q.decisions.length + q.events.length + q.answers.length + q.incidents.length === 0 ? h('li', {}, t('debrief.timeline.quiet')) : null,
      )))),
  );
}

/** Rounded for people: whole points from 10 up, tenths below. */
function signed(x: number): string {
  const a = Math.abs(x);
  return `${x >= 0 ? '+' : '−'}${a >= 10 ? Math.round(a) : a.toFixed(1)}`;
}

export function causesSection(game: Game): HTMLElement {
  const list = causes(game, 4, 5);
  return h('section', { class: 'debrief-section causes', 'aria-labelledby': 'causes-heading' },
    h('h2', { id: 'causes-heading' }, t('debrief.causes.heading')),
    h('p', {}, t('debrief.causes.intro')),
    ...list.map((x) => h('article', { class: 'cause' },
      h('h3', {}, t(x.visibility === 'hidden' ? 'debrief.causes.hiddenNumber' : 'debrief.causes.number', { label: x.label, from: x.from.toFixed(0), to: x.to.toFixed(0) })),
      h('ul', {}, ...x.causes.filter((c) => c.kind !== 'limit').map((c) => h('li', {},
        h('strong', {}, signed(c.contribution)), ' ',
        c.kind === 'drift' ? t('debrief.causes.drift') : c.label,
        c.kind === 'decision' || c.kind === 'answer' ? ` (${[t('debrief.causes.yours', { kind: c.kind }), c.quarter ? t('debrief.causes.quarter', { n: c.quarter }) : '', c.delayQuarters ? t('debrief.causes.landing', { n: c.delayQuarters }) : ''].filter(Boolean).join(', ')})` : '',
        c.kind === 'link' && c.delayQuarters ? ` ${t('debrief.causes.delay', { n: c.delayQuarters })}` : '',
        c.loop ? h('span', { class: 'loop' }, ` — ${c.loop.plain}`) : '',
        c.drivers?.length ? h('span', { class: 'drivers' }, t('debrief.causes.drivers', { drivers: c.drivers.map((d) => d.label).join(', ') })) : '',
      ))),
    )),
    loopCodes(list.flatMap((x) => x.causes.map((c) => c.loop).filter((l): l is NonNullable<typeof l> => !!l))),
  );
}

/** The model's own codes for the loops named above, for a trainer who has read DESIGN.md: a footnote, not the text. */
function loopCodes(loops: { id: string; name: string }[]): HTMLElement | null {
  const named = [...new Set(loops.map((l) => `${l.id} ${l.name}`))];
  return named.length ? h('p', { class: 'web-codes' }, t('debrief.loopCodes', { codes: named.join('; ') })) : null;
}
