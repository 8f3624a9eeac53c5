/**
 * Turns expression source into tokens. It stops at the first character that cannot start a token: what
 * follows a stray character is rarely meaningful, and one precise message helps a designer more than many.
 */
import { diagnostic, ExprCode, type ExprDiagnostic } from './diagnostics';

export type Token =
  | { readonly kind: 'number'; readonly value: number; readonly start: number; readonly end: number }
  | { readonly kind: 'string'; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: 'name'; readonly text: string; readonly start: number; readonly end: number }
  | { readonly kind: 'op'; readonly text: string; readonly start: number; readonly end: number }
  | { readonly kind: 'eof'; readonly start: number; readonly end: number };

/**
 * Operators longest first. Besides the language's own, this lists JavaScript operators a designer might
 * type (`=`, `===`, `++`, `.`, `;`...) so that the parser can refuse them with a message that names them.
 */
const OPERATORS = [
  '===', '!==', '**', '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '++', '--', '+=', '-=', '*=', '/=', '%=',
  '&=', '|=', '+', '-', '*', '/', '%', '<', '>', '!', '=', '?', ':', '(', ')', ',', '.', '[', ']', '{', '}',
  ';', '&', '|', '^', '~',
];

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isNameStart = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isNamePart = (c: string): boolean => isNameStart(c) || isDigit(c);
/** Unicode spaces too: a non-breaking space pasted from a document is invisible, so it must not be an error. */
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || (c > '\x7f' && /\s/.test(c));

export interface Lexed {
  tokens: Token[];
  diagnostics: ExprDiagnostic[];
}

export function tokenize(source: string): Lexed {
  const tokens: Token[] = [];
  const fail = (code: ExprCode, message: string, start: number, end: number, hint?: string): Lexed => ({
    tokens,
    diagnostics: [diagnostic(code, message, start, end, hint)],
  });
  let i = 0;
  while (i < source.length) {
    const c = source.charAt(i);
    const start = i;
    if (isSpace(c)) {
      i++;
    } else if (isDigit(c)) {
      while (isDigit(source.charAt(i))) i++;
      if (source.charAt(i) === '.' && isDigit(source.charAt(i + 1))) {
        i++;
        while (isDigit(source.charAt(i))) i++;
      }
      const sign = source.charAt(i + 1) === '+' || source.charAt(i + 1) === '-' ? 1 : 0;
      if ((source.charAt(i) === 'e' || source.charAt(i) === 'E') && isDigit(source.charAt(i + 1 + sign))) {
        i += 1 + sign;
        while (isDigit(source.charAt(i))) i++;
      }
      if (isNamePart(source.charAt(i))) {
        while (isNamePart(source.charAt(i))) i++;
        return fail(ExprCode.Syntax, `'${source.slice(start, i)}' is not a number`, start, i,
          'numbers are written like 12, 0.05 or 1e3');
      }
      const value = Number(source.slice(start, i));
      // Infinity would poison game state, so a literal that overflows is refused rather than read.
      if (!Number.isFinite(value)) return fail(ExprCode.Syntax, 'this number is too large', start, i);
      tokens.push({ kind: 'number', value, start, end: i });
    } else if (isNameStart(c)) {
      while (isNamePart(source.charAt(i))) i++;
      tokens.push({ kind: 'name', text: source.slice(start, i), start, end: i });
    } else if (c === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= source.length) {
          return fail(ExprCode.Syntax, 'unterminated string: the closing " is missing', start, source.length);
        }
        const s = source.charAt(i);
        if (s === '"') break;
        if (s === '\\') {
          const escaped = source.charAt(i + 1);
          if (escaped !== '"' && escaped !== '\\') {
            return fail(ExprCode.Syntax, `unknown escape '\\${escaped}' in a string`, i, i + 2,
              'only \\" and \\\\ can be escaped');
          }
          value += escaped;
          i += 2;
        } else {
          value += s;
          i++;
        }
      }
      i++;
      tokens.push({ kind: 'string', value, start, end: i });
    } else if (c === '/' && (source.charAt(i + 1) === '/' || source.charAt(i + 1) === '*')) {
      return fail(ExprCode.NotAnExpression, 'comments are not allowed in an expression', start, start + 2,
        'put comments in the YAML file, after a # outside the quotes');
    } else if (c === '`') {
      return fail(ExprCode.NotAnExpression, 'template strings (backticks) are not allowed', start, start + 1,
        'write strings in double quotes: "like this"');
    } else if (c === "'") {
      return fail(ExprCode.Syntax, 'strings are written in double quotes', start, start + 1,
        'write "like this", not \'like this\'');
    } else {
      const op = OPERATORS.find((candidate) => source.startsWith(candidate, i));
      if (op === undefined) {
        const width = (source.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        const hint = c === '#' ? 'YAML comments go outside the quotes' : undefined;
        return fail(ExprCode.Syntax, `unexpected character '${source.slice(i, i + width)}'`, start, start + width, hint);
      }
      i += op.length;
      tokens.push({ kind: 'op', text: op, start, end: i });
    }
  }
  tokens.push({ kind: 'eof', start: source.length, end: source.length });
  return { tokens, diagnostics: [] };
}
