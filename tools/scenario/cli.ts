// The designers' command line: `npm run scenario -- <command>`. Exit codes: 0 ok, 1 problems found, 2 usage.
import { validate } from './validate';

const USAGE = `usage: npm run scenario -- <command>

  validate FILE...                 check scenario files (and their models)
  simulate FILE [--runs N] [--seed S] [--policy none|random|compliance|learning|balanced|PATH.yaml]
                [--force EVENT@QUARTER]... [--json]
                                   play FILE many times with a bot and report what happened
  play FILE [--seed S]             play FILE in the terminal
  schema [--write]                 print (or write to scenarios/schema/) the JSON Schemas of the file formats
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (s: string) => process.stdout.write(s);
  const err = (s: string) => process.stderr.write(s);
  switch (command) {
    case 'validate':
      if (rest.length === 0) { err(USAGE); return 2; }
      return validate(rest, out);
    case 'simulate':
      return (await import('./simulate-command')).simulateCommand(rest, out, err);
    case 'play':
      return (await import('./play')).playCommand(rest, out, err);
    case 'schema':
      return (await import('./schema-command')).schemaCommand(rest, out, err);
    case undefined: case '--help': case '-h': case 'help':
      out(USAGE); return command === undefined ? 2 : 0;
    default:
      err(`unknown command '${command}'\n\n${USAGE}`); return 2;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`internal error: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
