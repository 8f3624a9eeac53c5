// `npm run bench`: a benchmark, not a test. Whole 16-quarter playthroughs of the default scenario per second, through
// the same engine and XState machine the game uses, and the time to load and validate the scenario.
import { readFileSync } from 'node:fs';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { loadScenario } from '../../src/scenario/load';

const FILE = 'scenarios/northmoor.scenario.yaml';
const MODEL = 'scenarios/models/lscb-2010.model.yaml';
const text = readFileSync(FILE, 'utf8');
const modelText = readFileSync(MODEL, 'utf8');
const load = () => loadScenario({ file: FILE, text }, () => ({ file: MODEL, text: modelText }));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const loadTimes: number[] = [];
for (let i = 0; i < 60; i++) {
  const t = performance.now();
  const r = load();
  loadTimes.push(performance.now() - t);
  if (!r.value) throw new Error('the default scenario does not validate');
}
const scenario = load().value!;

for (const policy of ['balanced', 'none', 'compliance', 'learning', 'random']) {
  for (let i = 0; i < 200; i++) playBot(scenario, BUILT_IN[policy], `warm-${i}`); // warm up the JIT
  let games = 0;
  const start = performance.now();
  while (performance.now() - start < 2000) playBot(scenario, BUILT_IN[policy], `bench-${games++}`);
  const seconds = (performance.now() - start) / 1000;
  console.log(`playthroughs/s (${policy.padEnd(10)}) ${(games / seconds).toFixed(0).padStart(6)}   (${games} games of ${scenario.calendar.quarters} quarters in ${seconds.toFixed(2)} s, one core)`);
}
console.log(`validate ${FILE}: median ${median(loadTimes).toFixed(1)} ms (first ${loadTimes[0].toFixed(1)} ms, ${loadTimes.length} loads)`);
