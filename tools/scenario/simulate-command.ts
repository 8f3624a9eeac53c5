// `scenario simulate FILE --runs N --seed S --policy P [--force EVENT@QUARTER]... [--json]`
// `scenario simulate FILE --balance [--runs N] [--seed S] [--save-to DIR]`: check the scenario's balance bands.
// Same arguments, same output, byte for byte: runs are seeded "S:0", "S:1", ... and nothing reads the clock.
import { readFileSync } from 'node:fs';
import type { Forced } from '../../src/engine/resolve';
import type { Policy } from '../../src/engine/bot';
import { builtInPolicy, loadPolicy, unknownPolicyMessage } from '../../src/scenario/policy';
import { hasErrors } from '../../src/scenario/diagnostics';
import { readScenarioFile } from './files';
import { printDiagnostics } from './report';
import { parseArgs, UsageError } from './args';
import { progressBar } from './progress';
import { textReport } from './simulate-report';
import { balanceCommand } from './balance-command';
import { Cores, coresAvailable } from './cores/pool';

const USAGE = 'usage: npm run scenario -- simulate FILE [--runs N] [--seed S] [--policy NAME|PATH.yaml] [--force EVENT@QUARTER]... [--json] [--workers N]\n'
  + '       npm run scenario -- simulate FILE --balance [--runs N] [--seed S] [--force EVENT@QUARTER]... [--json] [--save-to DIR] [--workers N]\n';

export async function simulateCommand(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, { runs: 'number', seed: 'string', policy: 'string', force: 'list', json: 'flag', balance: 'flag', 'save-to': 'string', workers: 'number' });
    if (args.positional.length !== 1) throw new UsageError('simulate needs exactly one scenario file');
    if (args.values.balance && args.values.policy !== undefined) throw new UsageError('--balance runs the policy of each band: leave out --policy');
    if (!args.values.balance && args.values['save-to'] !== undefined) throw new UsageError('--save-to goes with --balance');
  } catch (e) {
    if (e instanceof UsageError) { err(`${e.message}\n${USAGE}`); return 2; }
    throw e;
  }
  const loaded = readScenarioFile(args.positional[0]);
  if (!loaded.value) { printDiagnostics(loaded.diagnostics, loaded.sources, err); return 1; }
  const scenario = loaded.value;
  const runs = args.values.runs as number | undefined ?? 1000;
  if (!Number.isInteger(runs) || runs < 1) { err('--runs must be a whole number of at least 1\n'); return 2; }
  const seed = (args.values.seed as string | undefined) ?? '1';
  // the same report on any number of threads: a summary takes its games in seed order (cores/pool.ts)
  const workers = (args.values.workers as number | undefined) ?? coresAvailable();
  if (!Number.isInteger(workers) || workers < 1) { err('--workers must be a whole number of at least 1\n'); return 2; }

  const policyName = (args.values.policy as string | undefined) ?? 'none';
  let policy: Policy | undefined = builtInPolicy(policyName);
  let policyFile: { file: string; text: string } | undefined;
  if (!policy && /\.ya?ml$/.test(policyName)) {
    let text: string;
    try { text = readFileSync(policyName, 'utf8'); } catch { err(`cannot read policy file '${policyName}'\n`); return 2; }
    const p = loadPolicy(policyName, text, scenario);
    printDiagnostics(p.diagnostics, { [policyName]: text }, err);
    if (!p.policy || hasErrors(p.diagnostics)) return 1;
    policy = p.policy;
    policyFile = { file: policyName, text };
  }
  if (!policy) { err(`${unknownPolicyMessage(policyName)}\n`); return 2; }

  const forced: Forced[] = [];
  for (const f of (args.values.force as string[] | undefined) ?? []) {
    const m = /^([a-z][a-z0-9_]*)@(\d+)$/.exec(f);
    if (!m) { err(`--force takes EVENT@QUARTER, e.g. national_child_death@3 (got '${f}')\n`); return 2; }
    const [, event, q] = m;
    if (!scenario.events.some((e) => e.id === event && e.kind !== 'incident')) { err(`--force: no event '${event}' that can be forced in ${scenario.id}\n`); return 2; }
    if (+q < 1 || +q > scenario.calendar.quarters) { err(`--force: quarter ${q} is outside 1-${scenario.calendar.quarters}\n`); return 2; }
    forced.push({ event, quarter: +q });
  }
  if (args.values.balance) {
    return balanceCommand(scenario, { file: args.positional[0], runs, seed, forced, json: Boolean(args.values.json), saveTo: args.values['save-to'] as string | undefined, workers, sources: loaded.sources }, out, err);
  }

  const bar = process.stderr.isTTY && !args.values.json ? progressBar(runs, (s) => process.stderr.write(s)) : null;
  const cores = new Cores(workers);
  let report;
  try {
    report = await cores.simulate(scenario, loaded.sources, { policy, policyFile, runs, seed, forced, onProgress: bar ? (n) => bar.tick(n) : undefined });
  } finally {
    await cores.close();
  }
  bar?.done();
  out(args.values.json ? `${JSON.stringify(report)}\n` : textReport(scenario, report));
  return 0;
}
