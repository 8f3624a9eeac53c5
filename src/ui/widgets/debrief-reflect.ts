// Reflection with structure: the arc's prompts in order, each with what from the game it is about, and a box for the
// player's answer, kept as it is typed (into the export and, mirrored as text, the print).
import type { Game } from '../../engine/session';
import { ARC_STAGES, reflectionArc, type ArcStage } from '../../debrief/reflection-arc';
import { setAnswer } from '../../state/debrief-actions';
import { h } from '../dom';
import { t } from '../../i18n/messages';

export function reflectSection(game: Game, answers: Record<string, string>): HTMLElement {
  const arc = reflectionArc(game);
  const stages = [...new Set(arc.map((p) => p.stage))] as ArcStage[];
  return h('section', { class: 'debrief-section reflections', 'aria-labelledby': 'reflect-heading' },
    h('h2', { id: 'reflect-heading' }, t('debrief.reflect.heading')),
    h('p', {}, t('debrief.reflect.intro')),
    h('ol', { class: 'arc' }, ...stages.map((stage) => h('li', { class: `arc-stage arc-${stage}` },
      h('h3', {}, ARC_STAGES[stage]),
      ...arc.filter((p) => p.stage === stage).map((p) => {
        const id = `answer-${p.id}`;
        const box = h('textarea', { id, rows: 3, 'data-focus': id }) as HTMLTextAreaElement;
        box.value = answers[p.id] ?? '';
        const printed = h('p', { class: 'answer-print' }, box.value);
        box.addEventListener('input', () => { setAnswer(p.id, box.value); printed.textContent = box.value; });
        return h('div', { class: 'arc-prompt' },
          h('label', { for: id, class: 'prompt' }, p.prompt),
          p.quote ? h('blockquote', {}, h('p', {}, p.quote.text), h('footer', {}, `— ${p.quote.source}`)) : null,
          box, printed);
      })))));
}
