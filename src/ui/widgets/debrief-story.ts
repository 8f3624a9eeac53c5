// The timeline with the hidden tags revealed, and the causes of the largest changes.
import type { Game } from '../../engine/session';
import { causes } from '../../debrief/causes';
import { timeline } from '../../debrief/timeline';
import { h } from '../dom';

const TAG_WORDS: Record<string, string> = { compliance: 'compliance', learning: 'learning', capacity: 'capacity', relations: 'relations' };

function tags(ts: readonly string[]): HTMLElement {
  return h('span', { class: 'tags' }, ...ts.map((t) => h('span', { class: `tag tag-${t}` }, TAG_WORDS[t] ?? t)));
}

export function timelineSection(game: Game): HTMLElement {
  const t = timeline(game);
  const tally = Object.entries(t.tagTally).filter(([, n]) => n > 0).map(([tag, n]) => `${n} ${tag}`).join(', ') || 'no decisions';
  return h('section', { class: 'debrief-section timeline', 'aria-labelledby': 'timeline-heading' },
    h('h2', { id: 'timeline-heading' }, 'What the board did, and what happened'),
    h('p', {}, `The kinds of response you chose, hidden during play: ${tally}.`),
    h('ol', { class: 'quarters' }, ...t.quarters.map((q) => h('li', {},
      h('h3', {}, `Quarter ${q.quarter} · ${q.period}`),
      h('ul', {},
        ...q.decisions.map((d) => h('li', { class: 'did' }, 'Decided: ', d.title, ' ', tags(d.tags))),
        ...q.incidents.map((e) => h('li', { class: 'happened incident' }, 'Serious incident: ', e.headline)),
        ...q.events.map((e) => h('li', { class: 'happened' }, 'Arrived: ', e.headline)),
        ...q.answers.map((a) => h('li', { class: 'did' }, `Answered ${a.headline.trim().replace(/[.:]$/, '')} — `, a.label, ' ', tags(a.tags))),
        ...q.inspections.map((i) => h('li', { class: 'happened' }, `Inspection judgement: ${i.grade.replace(/_/g, ' ')}`)),
        q.decisions.length + q.events.length + q.answers.length + q.incidents.length === 0 ? h('li', {}, 'A quiet quarter.') : null,
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
    h('h2', { id: 'causes-heading' }, 'Why things changed'),
    h('p', {}, 'Over the whole game, the largest pushes on each number, and the feedback loop each link belongs to.'),
    ...list.map((x) => h('article', { class: 'cause' },
      h('h3', {}, `${x.label}${x.visibility === 'hidden' ? ' (hidden during play)' : ''}: ${x.from.toFixed(0)} → ${x.to.toFixed(0)}`),
      h('ul', {}, ...x.causes.filter((c) => c.kind !== 'limit').map((c) => h('li', {},
        h('strong', {}, signed(c.contribution)), ' ',
        c.kind === 'drift' ? 'settling back toward its usual level' : c.label,
        c.kind === 'decision' || c.kind === 'answer' ? ` (your ${c.kind}${c.quarter ? `, quarter ${c.quarter}` : ''}${c.delayQuarters ? `, landing ${c.delayQuarters} quarter${c.delayQuarters === 1 ? '' : 's'} later` : ''})` : '',
        c.kind === 'link' && c.delayQuarters ? ` (through a delay of about ${c.delayQuarters} quarter${c.delayQuarters === 1 ? '' : 's'})` : '',
        c.loop ? h('span', { class: 'loop' }, ` — ${c.loop.plain}`) : '',
        c.drivers?.length ? h('span', { class: 'drivers' }, `; driven by ${c.drivers.map((d) => d.label).join(', ')}`) : '',
      ))),
    )),
    loopCodes(list.flatMap((x) => x.causes.map((c) => c.loop).filter((l): l is NonNullable<typeof l> => !!l))),
  );
}

/** The model's own codes for the loops named above, for a trainer who has read DESIGN.md: a footnote, not the text. */
function loopCodes(loops: { id: string; name: string }[]): HTMLElement | null {
  const named = [...new Set(loops.map((l) => `${l.id} ${l.name}`))];
  return named.length ? h('p', { class: 'web-codes' }, `Loops in the model's notes: ${named.join('; ')}.`) : null;
}
