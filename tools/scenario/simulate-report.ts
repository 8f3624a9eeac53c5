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
