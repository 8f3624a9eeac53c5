/** A cursor over the lexer's tokens, with the small look-ahead helpers the parser needs. */
import { diagnostic, ExprCode, type ExprDiagnostic } from './diagnostics';
import type { Token } from './lexer';
import { refusal } from './refusals';

/** Thrown to abandon a parse at its first error; parseExpression turns it back into a diagnostic. */
export class ParseError extends Error {
  readonly diagnostic: ExprDiagnostic;
  constructor(d: ExprDiagnostic) {
    super(d.message);
    this.diagnostic = d;
  }
}

export class TokenStream {
  private readonly source: string;
  private readonly tokens: readonly Token[];
  private pos = 0;

  /** `tokens` must end with the lexer's 'eof' token. */
  constructor(source: string, tokens: readonly Token[]) {
    this.source = source;
    this.tokens = tokens;
  }

  peek(): Token {
    // Never advances past 'eof', so the index stays in range.
    return this.tokens[Math.min(this.pos, this.tokens.length - 1)] as Token;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.pos++;
    return token;
  }

  /** The token before the current one, for "a value is missing after '+'". */
  previous(): Token | undefined {
    const current = this.peek();
    return current.kind === 'eof' ? this.tokens[this.tokens.length - 2] : this.tokens[this.pos - 1];
  }

  peekOp(op: string): boolean {
    const token = this.peek();
    return token.kind === 'op' && token.text === op;
  }

  acceptOp(op: string): boolean {
    if (!this.peekOp(op)) return false;
    this.pos++;
    return true;
  }

  /** Consumes `op`, or fails with `message` (or with the refusal of what stands there instead). */
  expect(op: string, message: string): Token {
    const token = this.peek();
    if (this.acceptOp(op)) return token;
    const hint = token.kind === 'eof' ? undefined : `expected '${op}' but found '${this.text(token)}'`;
    throw new ParseError(refusal(token) ?? diagnostic(ExprCode.Syntax, message, token.start, token.end, hint));
  }

  text(token: Token): string {
    return token.kind === 'eof' ? 'end of expression' : this.source.slice(token.start, token.end);
  }

  error(code: ExprCode, message: string, start: number, end: number, hint?: string): ParseError {
    return new ParseError(diagnostic(code, message, start, end, hint));
  }
}
