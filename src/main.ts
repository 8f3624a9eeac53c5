// The browser entry: lists the bundled scenarios, each checked by the same loader as the command line.
import { bundledScenarios, DEFAULT_SCENARIO } from './content/bundled';
import { formatDiagnostic } from './scenario/diagnostics';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text; // scenario text is data: never innerHTML
  if (className) node.className = className;
  return node;
}

const app = document.getElementById('app')!;
app.append(el('h1', 'Beyond the Numbers'), el('p', 'A serious game for leaders of child-safeguarding partnerships, after Tony Morrison (2010).', 'lede'));
const list = el('ul', undefined, 'scenarios');
const scenarios = bundledScenarios().sort((a, b) => (a.scenario?.id === DEFAULT_SCENARIO ? -1 : b.scenario?.id === DEFAULT_SCENARIO ? 1 : 0));
for (const s of scenarios) {
  const item = el('li');
  if (s.scenario) {
    item.append(el('h2', s.scenario.title), el('p', `${s.scenario.calendar.quarters} quarters · ${s.scenario.difficulty}`), el('p', s.scenario.summary));
  } else {
    item.append(el('h2', s.file), el('pre', s.diagnostics.map((d) => formatDiagnostic(d)).join('\n'), 'errors'));
  }
  list.append(item);
}
app.append(list, el('p', 'Play in the terminal while the board room is being built: npm run scenario -- play scenarios/northmoor.scenario.yaml', 'note'));
