// `scenario simulate FILE --balance`: check the scenario's balance bands, flag what no game met, note a dominant policy,
// and save one failing run of each failing band as a transcript test the designer can rerun. Exit 1 outside a band.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Policy } from '../../src/engine/bot';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import type { Forced } from '../../src/engine/resolve';
import type { Scenario } from '../../src/engine/types';
import { hasErrors } from '../../src/scenario/diagnostics';
import { builtInPolicy, loadPolicy, unknownPolicyMessage } from '../../src/scenario/policy';
import { checkBalance, type BalanceResult } from './balance';
import { Cores } from './cores/pool';
import { display } from './files';
import { progressBar } from './progress';
import { printDiagnostics } from './report';
import { ROOT } from './transcripts/run';
import { transcriptText } from './transcripts/write';

export interface BalanceOptions { file: string; runs: number; seed: string; forced: Forced[]; json: boolean; saveTo?: string; workers?: number; sources?: Record<string, string> }

export async function balanceCommand(scenario: Scenario, o: BalanceOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const policies: Record<string, Policy> = {};
  const policyFiles: Record<string, { file: string; text: string }> = {};
  for (const { policy: name } of Object.values(scenario.balance)) {
    const builtIn = builtInPolicy(name);
    const read = builtIn ? undefined : policyFile(name, scenario, o.file, err);
    if (read === null) return 1;
    const p = builtIn ?? read?.policy;
    if (!p) { err(`balance: ${unknownPolicyMessage(name)}\n`); return 1; }
    policies[name] = p;
    if (read) policyFiles[name] = read.source;
  }
  if (Object.keys(scenario.balance).length === 0) { out(`${o.file} has no balance: bands to check\n`); return 0; }
  const total = o.runs * new Set([...Object.keys(policies), ...Object.keys(BUILT_IN)]).size;
  const bar = process.stderr.isTTY && !o.json ? progressBar(total, (s) => process.stderr.write(s)) : null;
  let done = 0;
  const cores = new Cores(o.workers ?? 1);
  let result: BalanceResult;
  try {
    result = await checkBalance(scenario, policies, { runs: o.runs, seed: o.seed, forced: o.forced, onRun: bar ? () => bar.tick(++done) : undefined, cores, sources: o.sources, policyFiles });
  } finally {
    await cores.close();
  }
  bar?.done();
  const saved = result.failing.map((f) => save(scenario, o, f));
  out(o.json ? `${JSON.stringify({ ...result, failing: undefined, saved })}\n` : balanceText(scenario, result, saved));
  return result.bands.every((b) => b.pass) ? 0 : 1;
}

/** A band's policy file, named relative to the scenario file (or to the working folder) and bound to the scenario; null when it is broken. */
function policyFile(name: string, scenario: Scenario, scenarioFile: string, err: (s: string) => void): { policy: Policy; source: { file: string; text: string } } | null | undefined {
  if (!/\.ya?ml$/.test(name)) return undefined;
  const path = [resolve(dirname(scenarioFile), name), resolve(name)].find((p) => existsSync(p));
  if (!path) { err(`balance: cannot read policy file '${name}'\n`); return null; }
  const text = readFileSync(path, 'utf8');
  const p = loadPolicy(display(path), text, scenario);
  printDiagnostics(p.diagnostics, { [display(path)]: text }, err);
  return p.policy && !hasErrors(p.diagnostics) ? { policy: p.policy, source: { file: display(path), text } } : null;
}

function save(scenario: Scenario, o: BalanceOptions, f: BalanceResult['failing'][number]): string {
  const dir = o.saveTo ?? join(ROOT, 'test/transcripts');
  const label = basename(f.band.policy).replace(/\.(policy\.)?ya?ml$/, '');
  const path = join(dir, `${scenario.id}-${label}-${f.seed}.test.yaml`.replace(/[^A-Za-z0-9._-]/g, '-'));
  const game = playBot(scenario, f.policy, f.seed, o.forced);
  const { ending, between, share } = f.band;
  const reached = share > between[1];
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const comment = [
    `Saved by: npm run scenario -- simulate ${o.file} --balance --runs ${o.runs} --seed ${o.seed}${o.forced.map((x) => ` --force ${x.event}@${x.quarter}`).join('')}`,
    `Band: ${ending} under policy ${f.band.policy} should be ${pct(between[0])}-${pct(between[1])} of games; it was ${pct(share)}.`,
    `This run (seed ${f.seed}, the first run that ${reached ? 'reached' : 'did not reach'} ${ending}) is replayed exactly below.`,
    `Rerun it: npm run scenario -- test ${display(path)}`,
  ];
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, transcriptText(game, relative(dir, resolve(o.file)).split('\\').join('/'), o.forced, comment));
  return display(path);
}

export function balanceText(scenario: Scenario, r: BalanceResult, saved: string[]): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [`Balance of ${scenario.title} (${scenario.id}): ${r.runs} runs a policy, seed ${r.seed}`, ''];
  const width = Math.max(26, ...r.bands.map((b) => b.ending.length));
  lines.push(`  ${'band (an ending, a grade or a story)'.padEnd(width)} ${'policy'.padEnd(14)} ${'band'.padEnd(16)} observed`);
  for (const b of r.bands) {
    lines.push(`  ${b.ending.padEnd(width)} ${b.policy.padEnd(14)} ${`${pct(b.between[0])}-${pct(b.between[1])}`.padEnd(16)} ${pct(b.share).padStart(7)}  ${b.pass ? 'PASS' : 'FAIL'}`);
  }
  const simulated = Object.keys(r.shares).join(', ');
  if (r.neverChosen.length) lines.push('', `! Never chosen under any policy simulated (${simulated}): ${r.neverChosen.join(', ')}`);
  if (r.neverHappened.length) lines.push('', `! Never happened under any policy simulated (${simulated}): ${r.neverHappened.join(', ')}`);
  if (r.dominant) {
    lines.push('', `Note: policy '${r.dominant.policy}' beats every other policy: its games reach each banded ending (${r.dominant.endings.join(', ')}) at least as often as any other's, and one of them more often.`,
      '      No other way of playing does better on anything the bands measure.');
  }
  for (const s of saved) lines.push('', `Saved a failing run to replay: ${s}`, `  rerun it: npm run scenario -- test ${s}`);
  const failed = r.bands.filter((b) => !b.pass).length;
  lines.push('', failed ? `${failed} of ${r.bands.length} band${r.bands.length === 1 ? '' : 's'} FAILED` : `all ${r.bands.length} band${r.bands.length === 1 ? '' : 's'} PASS`);
  return `${lines.join('\n')}\n`;
}
