// What a screen reader hears after each step: the visible changes in words. Hidden variables are never announced.
import { stateOf, type Game } from '../engine/session';
import type { ViewEffect } from '../engine/view-effects';
import { quarterLabel } from '../present/calendar';
import { formatValue } from '../present/values';
import { choiceLabel } from '../engine/texts';
import { t } from '../i18n/messages';
import { refusalMessage } from '../i18n/refusal';
import { gradeName } from '../present/values';

export function announce(game: Game, effects: readonly ViewEffect[]): string {
  const s = game.scenario;
  const model = s.model;
  const visible = new Set(model.variables.filter((v) => v.visibility === 'visible').map((v) => v.id));
  const parts: string[] = [];
  for (const e of effects) {
    switch (e.type) {
      case 'phase':
        if (e.phase === 'briefing') parts.push(t('play.announce.briefing', { quarter: e.quarter, quarters: s.calendar.quarters, when: quarterLabel(s, e.quarter) }));
        if (e.phase === 'agenda') parts.push(t('play.announce.agenda'));
        if (e.phase === 'events') parts.push(t('play.announce.inbox'));
        if (e.phase === 'ending') parts.push(t('play.announce.ended'));
        if (e.phase === 'debrief') parts.push(t('play.announce.debrief'));
        break;
      case 'chosen': parts.push(t('play.announce.chosen', { title: String(s.decisions.find((d) => d.id === e.id)?.title) })); break;
      case 'unchosen': parts.push(t('play.announce.unchosen', { title: String(s.decisions.find((d) => d.id === e.id)?.title) })); break;
      case 'changes': {
        const moved = e.changes.filter((c) => visible.has(c.id) && typeof c.to === 'number' && Math.abs((c.to as number) - (c.from as number)) >= 0.5);
        if (moved.length === 0) parts.push(t('play.announce.still'));
        for (const c of moved.slice(0, 6)) {
          const v = model.variables.find((x) => x.id === c.id)!;
          parts.push(t('play.announce.moved', { label: v.label, direction: (c.to as number) > (c.from as number) ? 'rose' : 'fell', from: formatValue(v, c.from), to: formatValue(v, c.to) }));
        }
        if (moved.length > 6) parts.push(t('play.announce.more', { n: moved.length - 6 }));
        break;
      }
      case 'event': parts.push(t('play.announce.newItem', { headline: e.headline })); break;
      case 'incident': parts.push(t('play.announce.incident')); break;
      case 'inspection': parts.push(t('play.announce.inspection', { grade: gradeName(s, e.grade) })); break;
      case 'answered': {
        const ev = s.events.find((x) => x.id === e.event);
        const c = ev?.choices.find((x) => x.id === e.choice);
        if (c) parts.push(t('play.announce.answered', { choice: choiceLabel(c, stateOf(game).inbox.find((i) => i.event === e.event)) }));
        break;
      }
      case 'ask': {
        const d = s.decisions.find((x) => x.id === e.id);
        const role = s.roles.find((r) => r.id === e.of)?.name ?? t('play.announce.partner');
        const title = String(d?.title);
        parts.push(e.agreed ? t('play.announce.askAgreed', { role, title }) : t('play.announce.askRefused', { role, title, refused: d?.ask?.refused ?? '' }).trim());
        break;
      }
      case 'ending': parts.push(t('play.announce.ending', { title: String(s.endings.find((x) => x.id === e.id)?.title) })); break;
      case 'rejected': parts.push(refusalMessage(e.refusal)); break;
      default: break;
    }
  }
  if (parts.length === 0) parts.push(t('play.announce.quarter', { quarter: stateOf(game).quarter }));
  return parts.join(' ');
}
