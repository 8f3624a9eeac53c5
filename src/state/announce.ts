// What a screen reader hears after each step: the visible changes in words. Hidden variables are never announced.
import { stateOf, type Game } from '../engine/session';
import type { ViewEffect } from '../engine/view-effects';
import { quarterLabel } from '../present/calendar';
import { formatValue } from '../present/values';
import { choiceLabel } from '../engine/texts';

export function announce(game: Game, effects: readonly ViewEffect[]): string {
  const s = game.scenario;
  const model = s.model;
  const visible = new Set(model.variables.filter((v) => v.visibility === 'visible').map((v) => v.id));
  const parts: string[] = [];
  for (const e of effects) {
    switch (e.type) {
      case 'phase':
        if (e.phase === 'briefing') parts.push(`Quarter ${e.quarter} of ${s.calendar.quarters}, ${quarterLabel(s, e.quarter)}: the briefing.`);
        if (e.phase === 'agenda') parts.push('The agenda is open.');
        if (e.phase === 'events') parts.push('The inbox.');
        if (e.phase === 'ending') parts.push('The scenario has ended.');
        if (e.phase === 'debrief') parts.push('The debrief.');
        break;
      case 'chosen': parts.push(`Added to the agenda: ${s.decisions.find((d) => d.id === e.id)?.title}.`); break;
      case 'unchosen': parts.push(`Removed from the agenda: ${s.decisions.find((d) => d.id === e.id)?.title}.`); break;
      case 'changes': {
        const moved = e.changes.filter((c) => visible.has(c.id) && typeof c.to === 'number' && Math.abs((c.to as number) - (c.from as number)) >= 0.5);
        if (moved.length === 0) parts.push('The figures barely moved this quarter.');
        for (const c of moved.slice(0, 6)) {
          const v = model.variables.find((x) => x.id === c.id)!;
          parts.push(`${v.label} ${(c.to as number) > (c.from as number) ? 'rose' : 'fell'} from ${formatValue(v, c.from)} to ${formatValue(v, c.to)}.`);
        }
        if (moved.length > 6) parts.push(`And ${moved.length - 6} more changes.`);
        break;
      }
      case 'event': parts.push(`New: ${e.headline}.`); break;
      case 'incident': parts.push('A serious incident has been reported.'); break;
      case 'inspection': parts.push(`Inspection judgement: ${e.grade.replace(/_/g, ' ')}.`); break;
      case 'answered': {
        const ev = s.events.find((x) => x.id === e.event);
        const c = ev?.choices.find((x) => x.id === e.choice);
        if (c) parts.push(`Answered: ${choiceLabel(c, stateOf(game).inbox.find((i) => i.event === e.event))}.`);
        break;
      }
      case 'ask': {
        const d = s.decisions.find((x) => x.id === e.id);
        const role = s.roles.find((r) => r.id === e.of)?.name ?? 'The partner';
        parts.push(e.agreed ? `${role} took up the request: ${d?.title}.` : `${role} turned down the request: ${d?.title}. ${d?.ask?.refused ?? ''}`.trim());
        break;
      }
      case 'ending': parts.push(`Ending: ${s.endings.find((x) => x.id === e.id)?.title}.`); break;
      case 'rejected': parts.push(e.reason); break;
      default: break;
    }
  }
  if (parts.length === 0) parts.push(`Quarter ${stateOf(game).quarter}.`);
  return parts.join(' ');
}
