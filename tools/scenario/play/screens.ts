// What the board sees during play: the briefing, the dashboard (visible numbers only), practice stories, the agenda,
// the quarter's results and the inbox. Hidden variables and decision tags never appear here.
import { slotsFree, spent, whyUnaffordable, whyUnavailable } from '../../../src/engine/agenda';
import type { GameState, InboxItem, LogEntry, StoryHeard } from '../../../src/engine/state';
import { causeLine, seenCauses } from '../../../src/present/causes';
import type { DecisionDef, Scenario } from '../../../src/engine/types';
import type { ViewEffect } from '../../../src/engine/view-effects';
import { phaseTitle } from '../../../src/present/calendar';
import { arrow, defOf, formatValue, hanging, heading, isVisible, labelOf, padEnd, padStart, plural, quarterLabel, rule, wrap } from './text';
import { choiceLabel, defaultAnswer, inboxText, offeredChoices, storyText } from '../../../src/engine/texts';
import { voicesOf } from '../../../src/engine/voices';

export function briefing(scenario: Scenario, state: GameState, lastStories: readonly StoryHeard[]): string {
  const q = state.quarter;
  const phase = phaseTitle(scenario, q);
  const parts = [rule(), `Quarter ${q} of ${scenario.calendar.quarters} · ${quarterLabel(scenario, q)}${phase ? ` · ${phase}` : ''}`, rule()];
  if (q === 1) {
    parts.push('', heading(scenario.title));
    if (scenario.contentNote) parts.push('', wrap(`Content note: ${scenario.contentNote}`));
    parts.push('', wrap(scenario.intro));
  }
  for (const step of (scenario.guide[q] ?? []).filter((g) => g.at === 'briefing')) parts.push('', wrap(`Guide: ${step.text}`, '  ').replace(/^ {2}/, '» '));
  const voices = voicesOf(scenario, state);
  if (voices.length) parts.push('', heading('What the members say'), ...voices.map((v) => {
    const who = scenario.roles.find((r) => r.id === v.role)?.name ?? v.role;
    const kind = v.kind === 'request' ? ` (asks for: ${scenario.decisions.find((d) => d.id === v.asks)?.title ?? v.asks})`
      : v.kind === 'disagree' ? ` (disagrees with the ${scenario.roles.find((r) => r.id === v.with)?.name ?? v.with})` : '';
    return `${who}${kind}:\n${wrap(v.text, '    ')}`;
  }));
  parts.push('', dashboard(scenario, state));
  if (lastStories.length) parts.push('', heading('Heard from practice last quarter'), ...lastStories.map((s) => story(scenario, s)));
  return parts.join('\n') + '\n';
}

export function dashboard(scenario: Scenario, state: GameState): string {
  const h = state.history;
  const now = h[h.length - 1] ?? state.vars;
  const before = h.length > 1 ? h[h.length - 2] : undefined;
  const row = (id: string) => {
    const def = defOf(scenario, id);
    const value = padStart(formatValue(def, now[id], { unit: false }), 7);
    const unit = def?.unit && !def.unit.startsWith('%') ? ` ${def.unit}` : def?.unit ?? '';
    return `  ${padEnd(labelOf(scenario, id), 34)}${value}${padEnd(unit, 16)} ${before ? arrow(def, now[id], before[id]) : ''}`.trimEnd();
  };
  const d = scenario.model.display;
  const lines = [heading(`The dashboard${before ? ' (arrows: change since last quarter)' : ''}`)];
  if (isVisible(scenario, d.summary)) lines.push(row(d.summary), '');
  lines.push(...d.indicators.filter((id) => isVisible(scenario, id)).map(row));
  const pressures = d.pressures.filter((id) => isVisible(scenario, id));
  if (pressures.length) lines.push('', 'Pressure on the board', ...pressures.map(row));
  const extra = [...scenario.model.resources, scenario.model.inspection?.grade].filter((id): id is string => !!id && isVisible(scenario, id));
  if (extra.length) lines.push('', ...extra.map(row));
  return lines.join('\n');
}

export function story(scenario: Scenario, heard: StoryHeard): string {
  const def = scenario.stories.find((s) => s.id === heard.id);
  if (!def) return '';
  const words = storyText(def, heard);
  return `${words.voice}:\n${wrap(heard.clear ? words.clear : words.vague, '    ')}`;
}

function cost(scenario: Scenario, d: DecisionDef): string {
  const parts = Object.entries(d.cost.resources).filter(([, n]) => n > 0).map(([r, n]) => `${labelOf(scenario, r).toLowerCase()} ${n}`);
  parts.push(plural(d.cost.slots, 'slot'));
  if (d.cost.quarters > 1) parts.push(`for ${plural(d.cost.quarters, 'quarter')}`);
  return parts.join(', ');
}

/** The whole catalogue, numbered: chosen ones ticked, the ones the board cannot take now with the reason. */
export function agendaList(scenario: Scenario, state: GameState): string {
  const lines = [heading(`The agenda: ${agendaStatus(scenario, state)}`)];
  scenario.decisions.forEach((d, i) => {
    const on = state.agenda.includes(d.id);
    const why = on ? null : whyUnavailable(scenario, state, d) ?? whyUnaffordable(scenario, state, d);
    const label = `${padStart(String(i + 1), 3)}. [${on ? 'x' : ' '}] `;
    lines.push(hanging(label, `${d.title} (${cost(scenario, d)})`));
    if (why) lines.push(wrap(`- not now: ${why}`, ' '.repeat(label.length + 2)));
  });
  return lines.join('\n') + '\n';
}

/** The decisions the board could add now (not on the agenda, not closed, affordable). */
export function openDecisions(scenario: Scenario, state: GameState): Set<string> {
  return new Set(scenario.decisions.filter((d) => !state.agenda.includes(d.id) && !whyUnavailable(scenario, state, d) && !whyUnaffordable(scenario, state, d)).map((d) => d.id));
}

/** After the first quarter: what opened and closed since the last agenda, and what is already on this one. */
export function agendaChanges(scenario: Scenario, state: GameState, before: ReadonlySet<string>, now: ReadonlySet<string>): string {
  const numbered = (id: string) => { const i = scenario.decisions.findIndex((d) => d.id === id); return `${i + 1}. ${scenario.decisions[i].title}`; };
  const lines = [heading(`The agenda: ${agendaStatus(scenario, state)}; ${plural(now.size, 'decision')} open (l lists them all)`)];
  const opened = [...now].filter((id) => !before.has(id));
  const closed = [...before].filter((id) => !now.has(id) && !state.agenda.includes(id));
  if (state.agenda.length) lines.push(wrap(`Already on it: ${state.agenda.map(numbered).join('; ')}`, '  '));
  if (opened.length) lines.push(wrap(`Open now: ${opened.map(numbered).join('; ')}`, '  '));
  if (closed.length) lines.push(wrap(`Closed now: ${closed.map((id) => { const d = scenario.decisions.find((x) => x.id === id)!; return `${numbered(id)} (${whyUnavailable(scenario, state, d) ?? whyUnaffordable(scenario, state, d) ?? 'not open'})`; }).join('; ')}`, '  '));
  if (!opened.length && !closed.length) lines.push('  The same decisions are open as last quarter.');
  return lines.join('\n') + '\n';
}

/** A designer's view (play --reveal): the hidden numbers as they stand, which a player sees only in the debrief. */
export function hiddenNumbers(scenario: Scenario, state: GameState): string {
  const h = state.history;
  const now = h[h.length - 1] ?? state.vars;
  const before = h.length > 1 ? h[h.length - 2] : undefined;
  const hidden = scenario.model.variables.filter((v) => v.visibility === 'hidden');
  return [heading('Hidden numbers (--reveal)'), ...hidden.map((v) => {
    const def = defOf(scenario, v.id);
    return `  ${padEnd(labelOf(scenario, v.id), 34)}${padStart(formatValue(def, now[v.id], { unit: false }), 7)} ${before ? arrow(def, now[v.id], before[v.id]) : ''}`.trimEnd();
  })].join('\n');
}

/** "2 slots free, budget 95 left" */
export function agendaStatus(scenario: Scenario, state: GameState): string {
  const free = slotsFree(scenario, state);
  const money = scenario.model.resources.map((r) => {
    const left = (state.vars[r] as number) - spent(scenario, state, r);
    return `${labelOf(scenario, r).toLowerCase()} ${formatValue(defOf(scenario, r), left, { unit: false })} left`;
  });
  return [`${plural(free, 'slot')} free`, ...money].join(', ');
}

export function decisionDetail(scenario: Scenario, d: DecisionDef, n: number): string {
  return `${n}. ${d.title} (${cost(scenario, d)})\n${wrap(d.text, '   ')}\n`;
}

/** After the agenda resolves: visible changes, what arrived, inspection judgements. */
export function results(scenario: Scenario, effects: readonly ViewEffect[], log: readonly LogEntry[] = []): string {
  const lines = [rule('What happened this quarter', '-')];
  const inspected = effects.some((e) => e.type === 'inspection');
  const grade = scenario.model.inspection?.grade;
  const changes = effects.flatMap((e) => (e.type === 'changes' ? e.changes : []))
    .filter((c) => isVisible(scenario, c.id) && !(inspected && c.id === grade))
    // a change too small to show at the dashboard's precision is no change to the board
    .filter((c) => formatValue(defOf(scenario, c.id), c.from) !== formatValue(defOf(scenario, c.id), c.to));
  if (changes.length) {
    lines.push('Changes in the figures:');
    for (const c of changes) {
      const def = defOf(scenario, c.id);
      lines.push(`  ${padEnd(labelOf(scenario, c.id), 34)}${padStart(formatValue(def, c.from, { unit: false }), 7)} -> ${formatValue(def, c.to)}`);
      const resolved = effects.find((e) => e.type === 'resolved');
      if (resolved && resolved.type === 'resolved') lines.push(hanging('      why: ', causeLine(scenario, c.id, seenCauses(scenario, log, resolved.steps, resolved.quarter, c.id))));
    }
  } else lines.push('The figures did not change.');
  if (effects.some((e) => e.type === 'incident')) lines.push('', '!! A serious incident has been reported.');
  const arrived = effects.flatMap((e) => (e.type === 'event' ? [e.headline] : []));
  if (arrived.length) lines.push('', 'New in the inbox:', ...arrived.map((h) => hanging('  * ', h)));
  for (const e of effects) {
    if (e.type !== 'inspection') continue;
    lines.push('', `Inspection judgement: ${formatValue(undefined, e.grade)}.`);
    const words = scenario.events.find((x) => x.id === e.event)?.grades[e.grade];
    if (words) lines.push(wrap(words, '  '));
  }
  return lines.join('\n') + '\n';
}

export function inboxItem(scenario: Scenario, item: InboxItem): string {
  const event = scenario.events.find((e) => e.id === item.event)!;
  const words = inboxText(scenario, item);
  const offered = offeredChoices(scenario, item);
  const fallback = defaultAnswer(scenario, item);
  const parts = [rule('Inbox', '-')];
  if (event.contentNote) parts.push(wrap(`Content note: ${event.contentNote}`));
  parts.push(`From: ${words.from}`, wrap(words.headline), '', wrap(words.text, '  '));
  if (offered.length) {
    parts.push('', 'The board must answer:');
    offered.forEach((c, i) => parts.push(hanging(`${padStart(String(i + 1), 3)}. `, `${choiceLabel(c, item)}${c.id === fallback ? ' (default)' : ''}`)));
  }
  return parts.join('\n') + '\n';
}
