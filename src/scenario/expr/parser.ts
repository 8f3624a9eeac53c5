/**
 * Recursive-descent (Pratt) parser from tokens to the syntax tree. Precedence and associativity follow
 * JavaScript, so designers who know a little of it read expressions the way the game does.
 * The parser stops at the first error and returns no tree: a partial tree must never be compiled.
 */
import type { BinaryOp, Expr, UnaryOp } from './ast';
import { diagnostic, ExprCode, type ExprDiagnostic } from './diagnostics';
import { tokenize, type Token } from './lexer';
import { refusal } from './refusals';
import { ParseError, TokenStream } from './tokens';

/** Far beyond any real formula; bounds the work and the recursion an untrusted file can cause. */
export const MAX_SOURCE_LENGTH = 4000;
const MAX_NESTING = 100;

/** Binding powers: higher binds tighter. The ternary (lowest) is handled apart: it has three operands. */
const BINARY_POWER: Readonly<Record<string, number>> = {
  '||': 2, '&&': 3, '==': 4, '!=': 4, '<': 5, '<=': 5, '>': 5, '>=': 5, '+': 6, '-': 6, '*': 7, '/': 7, '%': 7,
};
const UNARY_POWER = 8;

export interface ParseResult {
  ast: Expr | null;
  diagnostics: ExprDiagnostic[];
}

export function parseExpression(source: string): ParseResult {
  if (source.length > MAX_SOURCE_LENGTH) {
    const message = `the expression is too long (${source.length} characters; at most ${MAX_SOURCE_LENGTH})`;
    return { ast: null, diagnostics: [diagnostic(ExprCode.Syntax, message, MAX_SOURCE_LENGTH, source.length)] };
  }
  const lexed = tokenize(source);
  if (lexed.diagnostics.length > 0) return { ast: null, diagnostics: lexed.diagnostics };
  try {
    return { ast: new Parser(new TokenStream(source, lexed.tokens)).root(source), diagnostics: [] };
  } catch (error) {
    if (error instanceof ParseError) return { ast: null, diagnostics: [error.diagnostic] };
    throw error;
  }
}

class Parser {
  private readonly tokens: TokenStream;
  private depth = 0;

  constructor(tokens: TokenStream) {
    this.tokens = tokens;
  }

  root(source: string): Expr {
    if (this.tokens.peek().kind === 'eof') {
      throw this.tokens.error(ExprCode.Syntax, 'the expression is empty', 0, source.length);
    }
    const expr = this.expression(0);
    const next = this.tokens.peek();
    if (next.kind !== 'eof') {
      const refused = refusal(next);
      if (refused) throw new ParseError(refused);
      const text = this.tokens.text(next);
      const hint = text === 'and' ? "use '&&'" : text === 'or' ? "use '||'" : 'an operator such as + or && may be missing';
      throw this.tokens.error(ExprCode.Syntax, `unexpected '${text}' after the end of the expression`, next.start, next.end, hint);
    }
    return expr;
  }

  private expression(minPower: number): Expr {
    if (++this.depth > MAX_NESTING) {
      const at = this.tokens.peek();
      throw this.tokens.error(ExprCode.Syntax, 'the expression is nested too deeply', at.start, at.end);
    }
    let left = this.prefix();
    for (;;) {
      const token = this.tokens.peek();
      if (token.kind !== 'op') break;
      if (token.text === '?') {
        if (minPower > 0) break;
        this.tokens.next();
        const consequent = this.expression(0);
        this.tokens.expect(':', "the conditional 'test ? a : b' is missing its ':'");
        const alternate = this.expression(0); // right-associative: a ? b : c ? d : e
        left = { kind: 'conditional', test: left, consequent, alternate, start: left.start, end: alternate.end };
        continue;
      }
      const power = Object.hasOwn(BINARY_POWER, token.text) ? BINARY_POWER[token.text] : undefined;
      if (power === undefined) {
        const refused = refusal(token);
        if (refused) throw new ParseError(refused);
        if (token.text === '(') {
          throw this.tokens.error(ExprCode.Syntax, "only functions can be called, by name, as in 'min(a, b)'",
            token.start, token.end);
        }
        break; // ')', ',' or ':' end this operand; the caller decides whether they belong there.
      }
      if (power <= minPower) break; // left-associative
      this.tokens.next();
      const right = this.expression(power);
      const op = token.text as BinaryOp;
      left = { kind: 'binary', op, opStart: token.start, left, right, start: left.start, end: right.end };
    }
    this.depth--;
    return left;
  }

  private prefix(): Expr {
    const token = this.tokens.next();
    const { start, end } = token;
    switch (token.kind) {
      case 'number':
      case 'string':
        return { kind: 'literal', value: token.value, start, end };
      case 'name': {
        const refused = refusal(token);
        if (refused) throw new ParseError(refused);
        if (token.text === 'true' || token.text === 'false') {
          return { kind: 'literal', value: token.text === 'true', start, end };
        }
        if (this.tokens.peekOp('(')) return this.call(token.text, start, end);
        return { kind: 'variable', name: token.text, start, end };
      }
      case 'op': {
        if (token.text === '-' || token.text === '+' || token.text === '!') {
          const operand = this.expression(UNARY_POWER);
          return { kind: 'unary', op: token.text as UnaryOp, operand, start, end: operand.end };
        }
        if (token.text === '(') {
          const inner = this.expression(0);
          this.tokens.expect(')', "a '(' is not closed");
          return inner;
        }
        const after = this.tokens.peek();
        if (token.text === '.' && after.kind === 'number' && after.start === end) {
          throw this.tokens.error(ExprCode.Syntax, "a number cannot start with '.'", start, after.end, 'write 0.5, not .5');
        }
        throw new ParseError(refusal(token) ?? this.expectedValue(token));
      }
      case 'eof':
        throw new ParseError(this.expectedValue(token));
    }
  }

  private call(callee: string, start: number, calleeEnd: number): Expr {
    this.tokens.next(); // the '('
    const args: Expr[] = [];
    if (!this.tokens.peekOp(')')) {
      do args.push(this.expression(0));
      while (this.tokens.acceptOp(','));
    }
    const close = this.tokens.expect(')', `the call of '${callee}' is missing its ')'`);
    return { kind: 'call', callee, calleeEnd, args, start, end: close.end };
  }

  private expectedValue(token: Token): ExprDiagnostic {
    if (token.kind === 'eof') {
      const previous = this.tokens.previous();
      const after = previous ? ` after '${this.tokens.text(previous)}'` : '';
      return diagnostic(ExprCode.Syntax, `the expression ends too early: a value is missing${after}`, token.start, token.end);
    }
    return diagnostic(ExprCode.Syntax, `expected a value but found '${this.tokens.text(token)}'`, token.start, token.end);
  }
}
