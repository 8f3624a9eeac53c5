// The readable report of `simulate`: endings, hit counts (never-hit flagged) and the reveal in numbers.
import type { SimulationReport } from '../../src/engine/simulate';
import type { Scenario } from '../../src/engine/types';

export function textReport(scenario: Scenario, r: SimulationReport): string {
  const lines: string[] = [];
  const pct = (n: number) => `${((100 * n) / r.runs).toFixed(1).padStart(5)}%`;
  lines.push(`${scenario.title} (${r.scenario}) - ${r.runs} runs, seed ${r.seed}, policy ${r.policy}`, '');
  lines.push('Endings');
  for (const [id, n] of Object.entries(r.endings)) lines.push(`  ${id.padEnd(28)} ${pct(n)}  ${n}`);
  lines.push('', `Incidents: ${(r.incidents / r.runs).toFixed(2)} a game`, '', 'Events (times it happened; ! = never)');
  for (const [id, n] of Object.entries(r.events)) lines.push(`  ${n === 0 ? '!' : ' '} ${id.padEnd(28)} ${String(n).padStart(7)}`);
  lines.push('', 'Decisions (times chosen; ! = never chosen)');
  for (const [id, n] of Object.entries(r.decisions)) lines.push(`  ${n === 0 ? '!' : ' '} ${id.padEnd(28)} ${String(n).padStart(7)}`);
  lines.push('', 'Answers (times given; ! = never given)');
  for (const [event, given] of Object.entries(r.answers)) {
    for (const [choice, n] of Object.entries(given)) lines.push(`  ${n === 0 ? '!' : ' '} ${`${event} -> ${choice}`.padEnd(44)} ${String(n).padStart(7)}`);
  }
  if (r.inspections.length) {
    const levels = [...new Set(r.inspections.flatMap((i) => Object.keys(i.grades)))];
    const order = scenario.model.variables.find((v) => v.id === scenario.model.inspection?.grade)?.levels ?? levels;
    const shown = order.filter((g) => levels.includes(g));
    lines.push('', `Inspection grades (share of runs)  ${shown.map((g) => g.padStart(22)).join('')}`);
    for (const ins of r.inspections) lines.push(`  quarter ${String(ins.quarter).padEnd(25)}${shown.map((g) => pct(ins.grades[g] ?? 0).padStart(22)).join('')}`);
  }
  lines.push('', 'Stories (times heard clear / vague; ! = never heard)');
  for (const [id, h] of Object.entries(r.stories)) lines.push(`  ${h.clear + h.vague === 0 ? '!' : ' '} ${id.padEnd(28)} ${String(h.clear).padStart(7)} clear ${String(h.vague).padStart(7)} vague`);
  const never = [
    ...Object.entries(r.endings).filter(([, n]) => n === 0).map(([id]) => `ending ${id}`),
    ...Object.entries(r.events).filter(([, n]) => n === 0).map(([id]) => `event ${id}`),
    ...Object.entries(r.decisions).filter(([, n]) => n === 0).map(([id]) => `decision ${id}`),
    ...Object.entries(r.answers).flatMap(([e, given]) => Object.entries(given).filter(([, n]) => n === 0).map(([c]) => `answer ${e} -> ${c}`)),
    ...Object.entries(r.stories).filter(([, h]) => h.clear + h.vague === 0).map(([id]) => `story ${id}`),
  ];
  lines.push('', never.length ? `Never taken in these runs (${never.length}): ${never.join(', ')}` : 'Every ending, event, decision, answer and story was reached in these runs.');
  const m = scenario.model.display;
  const q = scenario.calendar.quarters;
  const cols = [0, Math.round(q / 4), Math.round(q / 2), Math.round((3 * q) / 4), q];
  lines.push('', `Mean by quarter           ${cols.map((c) => `q${c}`.padStart(8)).join('')}`);
  for (const id of [m.summary, m.truth, ...m.pressures, ...m.indicators]) {
    const s = r.series[id];
    if (s) lines.push(`  ${id.padEnd(24)}${cols.map((c) => s.mean[c].toFixed(1).padStart(8)).join('')}`);
  }
  return `${lines.join('\n')}\n`;
}
