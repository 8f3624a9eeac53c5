/** Running the designers' command line as a child process, as `npm run scenario --` does. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult { status: number | null; stdout: string; stderr: string; output: string }

export function runCli(...args: string[]): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/scenario/cli.ts', ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: r.stdout + r.stderr };
}
