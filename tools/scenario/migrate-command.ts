// `scenario migrate FILE [--to VERSION] [--write]`: rewrite a scenario file in a newer format, keeping its comments.
// Without --write the new text goes to stdout (and what changed to stderr); with it, the file is rewritten in place.
import { readFileSync, writeFileSync } from 'node:fs';
import { MIGRATABLE, migrateScenario } from '../../src/scenario/migrate';
import { parseArgs, UsageError } from './args';
import { printDiagnostics } from './report';

export const MIGRATE_USAGE = `usage: npm run scenario -- migrate FILE [--to VERSION] [--write]

  Rewrite FILE (a scenario file of format ${MIGRATABLE.oldest} to ${MIGRATABLE.current}) in format VERSION (default ${MIGRATABLE.current}), keeping
  its comments. Prints the new text, or with --write replaces FILE.
`;

export function migrateCommand(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let file: string;
  let to: number;
  let write: boolean;
  try {
    const args = parseArgs(argv, { to: 'number', write: 'flag' });
    if (args.positional.length !== 1) throw new UsageError('migrate needs exactly one scenario file');
    file = args.positional[0];
    to = (args.values.to as number | undefined) ?? MIGRATABLE.current;
    write = Boolean(args.values.write);
  } catch (e) {
    if (e instanceof UsageError) { err(`${e.message}\n\n${MIGRATE_USAGE}`); return 2; }
    throw e;
  }
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e) {
    err(`${file}:1:1 error SC0004 cannot read the file: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
    return 1;
  }
  const r = migrateScenario(file, text, to);
  if (r.text === undefined) { printDiagnostics(r.diagnostics, { [file]: text }, err); return 1; }
  const report = write ? out : err;
  if (r.from === r.to) report(`${file} is already in format ${r.to}: nothing to do\n`);
  else {
    report(`${file}: format ${r.from} -> ${r.to}\n${r.changes.map((c) => `  ${file}:${c}\n`).join('')}`);
    report(`check it: npm run scenario -- validate ${file}\n`);
  }
  if (write) { if (r.text !== text) writeFileSync(file, r.text); }
  else out(r.text);
  return 0;
}
