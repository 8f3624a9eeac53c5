// The designers' command line: `npm run scenario -- <command>`. Exit codes: 0 ok, 1 problems found, 2 usage.
import { printable } from './printable';
import { validate } from './validate';

const USAGE = `usage: npm run scenario -- <command>

  validate FILE...                 check scenario files (and their models)
  lint FILE... [--format text|json|github]
                                   find content no game can reach and likely slips (codes SL0001...)
  simulate FILE [--runs N] [--seed S] [--policy none|random|compliance|learning|balanced|steady|PATH.yaml]
                [--force EVENT@QUARTER]... [--json] [--workers N]
                                   play FILE many times with a bot and report what happened (on N threads,
                                   default every core; the same report on any number)
  simulate FILE --balance [--runs N] [--seed S] [--force EVENT@QUARTER]... [--json] [--save-to DIR] [--workers N]
                                   check the scenario's balance bands under every policy; save a failing
                                   run as a transcript test (in test/transcripts/); exit 1 outside a band
  test [FILE.test.yaml...]         run transcript tests (default: test/transcripts/, scenarios/**/*.test.yaml)
  graph FILE [--format mermaid|dot] [--focus ID]... [--depth N]
                                   draw which decisions and events feed which variables and conditions;
                                   --focus keeps what is within N steps (default 1) of ID
  migrate FILE [--to VERSION] [--write]
                                   rewrite a scenario file in a newer format, keeping its comments
  facts FILE [--seeds N] [--json] [--workers N]
                                   measure the stylized facts of the design on FILE, each beside its band
  play FILE [--seed S] [--reveal]  play FILE in the terminal (--reveal: show the hidden numbers too)
  schema [--model] [--write]       print the scenario file's JSON Schema (--model: the model file's), or write
                                   both to scenarios/schema/
  strings extract|check FILE --locale L [--out PATH]
                                   write FILE's words as a translator's file (translations/ID.L.yaml beside
                                   it), or check one: missing, stale and unknown texts (TR0001...)

Exit codes: 0 ok, 1 problems found, 2 usage.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (s: string) => process.stdout.write(printable(s));
  const err = (s: string) => process.stderr.write(printable(s));
  switch (command) {
    case 'validate':
      if (rest.length === 0) { err(USAGE); return 2; }
      return validate(rest, out);
    case 'lint':
      return (await import('./lint-command')).lintCommand(rest, out, err);
    case 'test':
      return (await import('./test-command')).testCommand(rest, out, err);
    case 'graph':
      return (await import('./graph-command')).graphCommand(rest, out, err);
    case 'migrate':
      return (await import('./migrate-command')).migrateCommand(rest, out, err);
    case 'simulate':
      return (await import('./simulate-command')).simulateCommand(rest, out, err);
    case 'facts':
      return (await import('./facts-command')).factsCommand(rest, out, err);
    case 'play':
      return (await import('./play')).playCommand(rest, out, err);
    case 'schema':
      return (await import('./schema-command')).schemaCommand(rest, out, err);
    case 'strings':
      return (await import('./strings-command')).stringsCommand(rest, out, err);
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
