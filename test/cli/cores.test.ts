// Simulations over worker threads give the report one core gives, byte for byte: games are cut into chunks of
// consecutive seeds and fed to the summary in seed order, whichever thread finishes first.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN } from '../../src/engine/bot';
import { runSeed, simulate } from '../../src/engine/simulate';
import { Cores } from '../../tools/scenario/cores/pool';
import { readScenarioFile } from '../../tools/scenario/files';
import { runCli } from './run-cli';

const NORTHMOOR = 'scenarios/northmoor.scenario.yaml';

describe('simulate on every core', () => {
  it('prints the same JSON report on two threads as on one, for a built-in policy', () => {
    const args = ['simulate', NORTHMOOR, '--runs', '450', '--seed', 'cores', '--policy', 'random', '--json'];
    const one = runCli(...args, '--workers', '1');
    const two = runCli(...args, '--workers', '2');
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(JSON.parse(one.stdout).runs).toBe(450);
    expect(two.stdout).toBe(one.stdout);
  });

  it('prints the same report for a policy file that reads the state, with a forced event', () => {
    const args = ['simulate', NORTHMOOR, '--runs', '420', '--policy', 'scenarios/policies/steady-chair.policy.yaml', '--force', 'national_child_death@4'];
    const one = runCli(...args, '--workers', '1');
    const two = runCli(...args, '--workers', '2');
    expect(one.status, one.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('checks the balance bands the same way, down to the first run that hits or misses each band', () => {
    // a failing band's run is saved as a transcript: to a folder of its own, never into the project
    const args = ['simulate', NORTHMOOR, '--balance', '--runs', '80', '--seed', 'cores', '--json', '--save-to', mkdtempSync(join(tmpdir(), 'cores-'))];
    const one = runCli(...args, '--workers', '1');
    const two = runCli(...args, '--workers', '2');
    expect(one.stdout.length).toBeGreaterThan(100);
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(one.status);
  });

  it('refuses a number of workers that is not a whole number of at least 1', () => {
    const r = runCli('simulate', NORTHMOOR, '--runs', '5', '--workers', '0');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--workers must be a whole number of at least 1');
  });

  it('hands each game to onRun in seed order, and the report equals one core\'s', async () => {
    const loaded = readScenarioFile(NORTHMOOR);
    const scenario = loaded.value!;
    const seeds: string[] = [];
    const cores = new Cores(2);
    try {
      const spread = await cores.simulate(scenario, loaded.sources, { policy: BUILT_IN.learning, runs: 430, seed: 'order', onRun: (i, run) => seeds.push(`${i}=${run.seed}`) });
      expect(seeds).toEqual(Array.from({ length: 430 }, (_, i) => `${i}=${runSeed('order', i)}`));
      expect(JSON.stringify(spread)).toBe(JSON.stringify(simulate(scenario, BUILT_IN.learning, { runs: 430, seed: 'order' })));
    } finally {
      await cores.close();
    }
  });
});
