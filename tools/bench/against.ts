// `npm run bench -- --against REF`: the designers' heavy commands timed side by side with an earlier version of the
// project (REF, a commit; by default the last one before simulations went onto every core), on the same scenario
// files, alternating old and new. Each pair's outputs are compared too: a faster engine must give the same games.
// A benchmark, not a test: it prints figures and never fails on them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The engine before whole-agenda intents, one actor per game and worker threads. */
const DEFAULT_REF = '6e99943';
const ROOT = resolve(import.meta.dirname, '../..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const ref = arg('against', DEFAULT_REF);
const repeat = Math.max(1, Number(arg('repeat', '1')) || 1);
let sha: string;
try {
  sha = execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
} catch {
  console.log(`bench --against: no commit '${ref}' in this clone (a shallow clone? fetch the history, or pass --against REF)`);
  process.exit(0);
}
// the old tree sits inside node_modules, so its imports resolve to this checkout's packages
const old = join(ROOT, 'node_modules/.cache/bench-against', sha.slice(0, 12));
if (!existsSync(join(old, 'tools/scenario/cli.ts'))) {
  mkdirSync(old, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${sha} src tools scenarios package.json tsconfig.json | tar -x -C '${old}'`], { cwd: ROOT });
}

interface Timed { seconds: number; out: string; status: number | null }
function time(dir: string, args: string[]): Timed {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/scenario/cli.ts', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, out: r.stdout, status: r.status };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// both versions play REF's scenario files: the format only grows (a newer file may use keys REF does not know), so
// the files REF read are the ones both can, and the same files make the same games to compare
const file = (f: string) => join(old, 'scenarios', f);
const CASES: { name: string; args: string[] }[] = [
  { name: 'simulate 10,000 games (balanced)', args: ['simulate', file('northmoor.scenario.yaml'), '--runs', '10000', '--policy', 'balanced', '--json'] },
  // a failing band's run is saved: into a folder of the benchmark's, never the project's transcripts
  { name: 'balance, 2,000 games a policy', args: ['simulate', file('northmoor.scenario.yaml'), '--balance', '--runs', '2000', '--json', '--save-to', join(ROOT, 'node_modules/.cache/bench-against/saved')] },
  { name: 'facts, Northmoor (200 seeds)', args: ['facts', file('northmoor.scenario.yaml'), '--json'] },
  { name: 'facts, Eastbrook (200 seeds)', args: ['facts', file('after-the-headlines.scenario.yaml'), '--json'] },
];

console.log(`side by side with ${ref} (${sha.slice(0, 12)}), ${repeat} run${repeat === 1 ? '' : 's'} each, median wall time in seconds`);
// `same output` compares what both versions print for the same files: "no" is expected only where a policy or a
// figure was redefined after REF (the built-in steady, and the facts read on fresh games, changed after 6e99943)
// `pairs`: the lowest and highest ratio of one run before to the run now beside it (the machine's speed drifts)
console.log(`${'command'.padEnd(36)} ${'before'.padStart(8)} ${'now'.padStart(8)} ${'faster'.padStart(8)} ${'pairs'.padStart(13)}  same output`);
for (const c of CASES) {
  const before: number[] = [];
  const now: number[] = [];
  let same = true;
  for (let k = 0; k < repeat; k++) {
    const a = time(old, c.args);
    const b = time(ROOT, c.args);
    before.push(a.seconds);
    now.push(b.seconds);
    same &&= a.out === b.out && a.status === b.status;
  }
  const x = median(before) / median(now);
  const pairs = before.map((b, k) => b / now[k]);
  const range = `${Math.min(...pairs).toFixed(2)}-${Math.max(...pairs).toFixed(2)}x`;
  console.log(`${c.name.padEnd(36)} ${median(before).toFixed(2).padStart(8)} ${median(now).toFixed(2).padStart(8)} ${`${x.toFixed(2)}x`.padStart(8)} ${range.padStart(13)}  ${same ? 'yes' : 'no'}`);
}
