// Writing a transcript test from a played game: the seed, every intent, and the ending and state it reached.
import { Document, type Scalar } from 'yaml';
import type { Forced } from '../../../src/engine/resolve';
import { stateHash, stateOf, type Game } from '../../../src/engine/session';
import { formatStep } from './steps';
import type { TranscriptData } from './schema';

/** `scenario` is written as given (relative to the test file); `comment` lines open the file. */
export function transcriptText(game: Game, scenario: string, forced: readonly Forced[], comment: readonly string[]): string {
  const data: TranscriptData = {
    test: 1,
    scenario,
    seed: game.seed,
    ...(forced.length ? { force: forced.map((f) => `${f.event}@${f.quarter}`) } : {}),
    steps: game.decisions.map(formatStep),
    expect: [...(stateOf(game).ending ? [{ ending: stateOf(game).ending! }] : []), { hash: stateHash(game) }],
  };
  const doc = new Document(data);
  // a run's seed such as 1:17 is a string in YAML 1.2, but a number in base 60 to YAML 1.1 readers: quote it
  (doc.get('seed', true) as Scalar).type = 'QUOTE_SINGLE';
  return `${comment.map((c) => `# ${c}`.trimEnd()).join('\n')}\n${doc.toString({ lineWidth: 0 })}`;
}
