// Each board member's view, including what only they see (hidden variables too, for the role that sees them).
import { reports, type Game } from '../../engine/session';
import { formatValue } from '../../present/values';
import { MOOD_WORDS, moodOf } from '../../present/mood';
import { h } from '../dom';
import { t } from '../../i18n/messages';
import { displayed } from './variables';
import { trendOf } from './numbers';

export function rolesPanel(game: Game): HTMLElement {
  const model = game.scenario.model;
  const { last, before } = reports(game);
  const find = (id: string) => displayed(model, id);
  return h('section', { class: 'panel roles-panel', 'aria-labelledby': 'roles-heading' },
    h('h2', { id: 'roles-heading' }, t('board.roles.heading')),
    h('ul', { class: 'members' }, ...game.scenario.roles.map((r) => h('li', { class: 'member' },
      // how they look across the table, as the room draws them
      h('h3', {}, r.name, h('span', { class: 'mood' }, ` ${t('board.roles.looks', { mood: MOOD_WORDS[moodOf(game.scenario, r, last, before)] })}`)),
      r.sees.length ? h('dl', { class: 'sees' }, ...r.sees.flatMap((id) => {
        const v = find(id);
        const trend = typeof last[id] === 'number' ? trendOf(v, last[id] as number, before?.[id] as number | undefined) : null;
        return [h('dt', {}, v.visibility === 'hidden' ? t('board.roles.hidden', { label: v.label }) : v.label), h('dd', {}, formatValue(v, last[id]), trend ? ` ${trend.words}` : '')];
      })) : null,
    ))),
  );
}
