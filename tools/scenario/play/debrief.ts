// The end of a playthrough: the ending, then the debrief that lifts the fog: the dashboard beside the hidden truth
// quarter by quarter, the decisions with their tags revealed, the hidden numbers, and the reflection prompts.
import { reflectionsFor } from '../../../src/engine/endings';
import type { GameState } from '../../../src/engine/state';
import type { Scenario, Tag } from '../../../src/engine/types';
import { defOf, formatValue, heading, labelOf, padEnd, padStart, quarterLabel, rule, wrap } from './text';

export function ending(scenario: Scenario, state: GameState): string {
  const e = scenario.endings.find((x) => x.id === state.ending);
  if (!e) return `${rule()}\nThe game is over.\n`;
  return `${rule()}\n${e.title}\n${rule()}\n\n${wrap(e.text)}\n`;
}

export function debrief(scenario: Scenario, state: GameState): string {
  return [rule('Debrief'), '', reveal(scenario, state), '', decisionsTaken(scenario, state), '', hiddenNumbers(scenario, state), '', reflections(scenario, state)]
    .join('\n') + '\n';
}

/** The per-quarter table: what the board watched beside what it could not see. */
function reveal(scenario: Scenario, state: GameState): string {
  const { summary, truth } = scenario.model.display;
  const [sDef, tDef] = [defOf(scenario, summary), defOf(scenario, truth)];
  const [sLabel, tLabel] = [labelOf(scenario, summary), labelOf(scenario, truth)];
  const lines = [
    heading('The reveal'),
    wrap(`The board watched the ${sLabel.toLowerCase()}. Underneath it, hidden until now, was ${tLabel.toLowerCase()}.`),
    '',
    `  ${padEnd('Quarter', 22)}${padStart(sLabel, 16)}${padStart(tLabel, 20)}${padStart('Gap', 8)}`,
  ];
  state.history.forEach((h, k) => {
    const when = k === 0 ? 'Start' : `${k} · ${quarterLabel(scenario, k)}`;
    const [s, t] = [h[summary], h[truth]];
    const gap = typeof s === 'number' && typeof t === 'number' ? formatValue(sDef, s - t, { unit: false }) : '';
    lines.push(`  ${padEnd(when, 22)}${padStart(formatValue(sDef, s, { unit: false }), 16)}${padStart(formatValue(tDef, t, { unit: false }), 20)}${padStart(gap, 8)}`);
  });
  return lines.join('\n');
}

function decisionsTaken(scenario: Scenario, state: GameState): string {
  const lines = [heading('What the board did, and what kind of move it was')];
  const tally: Partial<Record<Tag, number>> = {};
  const tagged = (tags: readonly Tag[]) => { for (const t of tags) tally[t] = (tally[t] ?? 0) + 1; return tags.length ? `[${tags.join(', ')}]` : ''; };
  const width = `Q${scenario.calendar.quarters}`.length;
  for (const entry of state.log) {
    const q = `  ${padEnd(`Q${entry.quarter}`, width)}  `;
    if (entry.kind === 'decision') {
      const d = scenario.decisions.find((x) => x.id === entry.id);
      if (d) lines.push(wrap(`${d.title} ${tagged(d.tags)}`, ' '.repeat(q.length)).replace(/^ +/, q));
    }
    if (entry.kind === 'choice') {
      const e = scenario.events.find((x) => x.id === entry.detail);
      const c = e?.choices.find((x) => x.id === entry.id);
      if (e && c) lines.push(wrap(`${c.label} (answering: ${e.headline}) ${tagged(c.tags)}`, ' '.repeat(q.length)).replace(/^ +/, q));
    }
  }
  if (lines.length === 1) lines.push('  The board took no decisions.');
  const counts = Object.entries(tally).map(([t, n]) => `${t} ${n}`);
  if (counts.length) lines.push('', `  In all: ${counts.join(', ')}.`);
  return lines.join('\n');
}

/** Every hidden number, from the start to the end of the game. */
function hiddenNumbers(scenario: Scenario, state: GameState): string {
  const first = state.history[0] ?? {};
  const last = state.history[state.history.length - 1] ?? state.vars;
  const hidden = [...scenario.model.variables, ...scenario.model.derived].filter((v) => v.visibility === 'hidden');
  const lines = [heading('What the dashboard did not show (start -> end)')];
  for (const v of hidden) lines.push(`  ${padEnd(v.label, 34)}${padStart(formatValue(v, first[v.id], { unit: false }), 7)} -> ${formatValue(v, last[v.id])}`);
  return lines.join('\n');
}

function reflections(scenario: Scenario, state: GameState): string {
  const ids = reflectionsFor(scenario, state);
  const lines = [heading('To reflect on')];
  const indent = ' '.repeat(`  ${ids.length}. `.length);
  ids.forEach((id, i) => {
    const r = scenario.reflections.find((x) => x.id === id);
    if (r) lines.push(wrap(r.prompt, indent).replace(/^ +/, padStart(`${i + 1}. `, indent.length)), '');
  });
  if (ids.length === 0) lines.push('  (no prompts for this game)', '');
  return lines.join('\n').trimEnd();
}
