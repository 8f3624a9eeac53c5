// Answers from the player, one line at a time, over node:readline/promises. Works on a terminal (line editing, Ctrl-C
// quits) and on a pipe (lines are queued as they arrive, so none is lost between questions; end of input is null).
import { createInterface, type Interface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';

export interface LineSource {
  /** The next line typed after the prompt, or null when input has ended. */
  ask(prompt: string): Promise<string | null>;
  close(): void;
}

export class ReadlineSource implements LineSource {
  private readonly rl: Interface;
  private readonly lines: string[] = [];
  private readonly waiting: ((line: string | null) => void)[] = [];
  private ended = false;
  private readonly terminal: boolean;

  /** On a terminal the prompt is readline's; on a pipe it is written with `out` and the answer echoed after it. */
  constructor(input: Readable & { isTTY?: boolean }, output: Writable, private readonly out: (s: string) => void) {
    const terminal = input.isTTY === true;
    this.terminal = terminal;
    this.rl = createInterface({ input, output: terminal ? output : undefined, terminal });
    this.rl.on('line', (line) => this.deliver(line));
    this.rl.on('close', () => {
      this.ended = true;
      for (const w of this.waiting.splice(0)) w(null);
    });
    // Ctrl-C on a terminal is the player quitting, as if they had typed q
    this.rl.on('SIGINT', () => { this.out('\n'); this.deliver('q'); this.rl.close(); });
  }

  ask(prompt: string): Promise<string | null> {
    if (this.terminal && !this.ended) {
      this.rl.setPrompt(prompt);
      this.rl.prompt();
    } else this.out(prompt);
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(this.echo(line));
    if (this.ended) return Promise.resolve(this.echo(null));
    return new Promise((resolve) => this.waiting.push((l) => resolve(this.echo(l))));
  }

  private deliver(line: string): void {
    const next = this.waiting.shift();
    if (next) next(line); else this.lines.push(line);
  }

  private echo(line: string | null): string | null {
    if (!this.terminal) this.out(line === null ? '\n' : `${line}\n`);
    return line;
  }

  close(): void {
    this.rl.close();
  }
}
