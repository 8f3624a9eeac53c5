// `scenario play FILE [--seed S]`: play a scenario in the terminal, quarter by quarter, then read the debrief.
// Answers are read line by line, so a game can be scripted through a pipe: the same seed and the same answers always
// give the same game (and the same output). End of input, or q, stops the game cleanly (exit 0).
import { hasErrors } from '../../src/scenario/diagnostics';
import { readScenarioFile } from './files';
import { ReadlineSource, type LineSource } from './play/input';
import { closing, play } from './play/loop';
import { printDiagnostics } from './report';

export const PLAY_USAGE = `usage: npm run scenario -- play FILE [--seed S] [--reveal]

  Play FILE in the terminal, quarter by quarter. The same seed (default: 1) and
  the same answers give the same game. Answers may be piped in, one a line.
  --reveal   also show the hidden numbers each quarter (a designer's view: a
             player sees them only in the debrief)
`;
export const DEFAULT_SEED = '1';

export function parsePlayArgs(args: readonly string[]): { file: string; seed: string; reveal: boolean } | string {
  let file: string | undefined;
  let seed = DEFAULT_SEED;
  let reveal = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--reveal') reveal = true;
    else if (a === '--seed' || a.startsWith('--seed=')) {
      const value = a === '--seed' ? args[++i] : a.slice('--seed='.length);
      if (value === undefined || value === '') return '--seed needs a value';
      seed = value;
    } else if (a.startsWith('-') && a !== '-') return `unknown option '${a}'`;
    else if (file === undefined) file = a;
    else return `play takes one FILE (got '${file}' and '${a}')`;
  }
  return file === undefined ? 'play needs a scenario FILE' : { file, seed, reveal };
}

export async function playCommand(args: string[], out: (s: string) => void, err: (s: string) => void, input?: LineSource): Promise<number> {
  const parsed = parsePlayArgs(args);
  if (typeof parsed === 'string') { err(`${parsed}\n\n${PLAY_USAGE}`); return 2; }
  const loaded = readScenarioFile(parsed.file);
  if (hasErrors(loaded.diagnostics) || !loaded.value) {
    printDiagnostics(loaded.diagnostics, loaded.sources, err);
    return 1;
  }
  if (loaded.diagnostics.length) printDiagnostics(loaded.diagnostics, loaded.sources, err);
  const lines = input ?? new ReadlineSource(process.stdin, process.stdout, out);
  try {
    const { game } = await play(loaded.value, parsed.seed, lines, out, { reveal: parsed.reveal });
    out(closing(game, parsed.file));
    return 0;
  } finally {
    lines.close();
  }
}
