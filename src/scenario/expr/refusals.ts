/**
 * Tokens that are JavaScript but not this language. Each is refused with a message naming what the designer
 * typed, because "unexpected token" alone does not tell someone who knows a little JavaScript why `x = 1`
 * or `a.b` is wrong here.
 */
import { diagnostic, ExprCode, type ExprDiagnostic } from './diagnostics';
import type { Token } from './lexer';

const KEYWORDS = new Set([
  'async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'let',
  'new', 'of', 'return', 'static', 'super', 'switch', 'this', 'throw', 'try', 'typeof', 'var', 'void', 'while',
  'with', 'yield',
]);

/** JavaScript values that have no meaning here; a designer writing them expects something that does not exist. */
const NON_VALUES = new Set(['null', 'undefined', 'NaN', 'Infinity']);

const NOT_AN_EXPRESSION: Readonly<Record<string, readonly [string, string?]>> = {
  '=': ["'=' assigns a value; an expression can only compute one", "to compare, use '=='"],
  '=>': ['arrow functions are not allowed in an expression'],
  '++': ["'++' changes a variable; an expression cannot change anything"],
  '--': ["'--' changes a variable; an expression cannot change anything", "to subtract a negative number, write '- -1'"],
  '.': ["property access with '.' is not allowed"],
  '[': ["brackets '[ ]' (indexing, arrays) are not allowed"],
  ']': ["brackets '[ ]' (indexing, arrays) are not allowed"],
  '{': ["braces '{ }' (blocks, objects) are not allowed"],
  '}': ["braces '{ }' (blocks, objects) are not allowed"],
  ';': ["';' ends a statement; an expression cannot contain statements", 'write a single expression'],
};

const UNSUPPORTED: Readonly<Record<string, readonly [string, string?]>> = {
  '===': ["'===' is not an operator of this language", "use '=='"],
  '!==': ["'!==' is not an operator of this language", "use '!='"],
  '&': ["'&' is not an operator of this language", "use '&&'"],
  '|': ["'|' is not an operator of this language", "use '||'"],
  '**': ["'**' (power) is not supported", 'multiply, or use exp() and sqrt()'],
  '??': ["'??' is not supported", 'every variable always has a value'],
  '^': ["'^' is not an operator of this language"],
  '~': ["'~' is not an operator of this language"],
};

/** The diagnostic for a token this language refuses wherever it appears, or undefined for an ordinary token. */
export function refusal(token: Token): ExprDiagnostic | undefined {
  const { start, end } = token;
  if (token.kind === 'name') {
    if (KEYWORDS.has(token.text)) {
      return diagnostic(ExprCode.NotAnExpression, `'${token.text}' is a JavaScript keyword; expressions cannot use it`,
        start, end, 'an expression combines values, variables and functions such as min(a, b)');
    }
    if (NON_VALUES.has(token.text)) {
      return diagnostic(ExprCode.NotAnExpression, `'${token.text}' is not a value in scenario expressions`, start, end);
    }
    return undefined;
  }
  if (token.kind !== 'op') return undefined;
  const assigning = /^[-+*/%&|]=$/.test(token.text);
  if (assigning) {
    return diagnostic(ExprCode.NotAnExpression, `'${token.text}' assigns a value; an expression can only compute one`,
      start, end);
  }
  const refused = Object.hasOwn(NOT_AN_EXPRESSION, token.text) ? NOT_AN_EXPRESSION[token.text] : undefined;
  if (refused) return diagnostic(ExprCode.NotAnExpression, refused[0], start, end, refused[1]);
  const unsupported = Object.hasOwn(UNSUPPORTED, token.text) ? UNSUPPORTED[token.text] : undefined;
  if (unsupported) return diagnostic(ExprCode.Syntax, unsupported[0], start, end, unsupported[1]);
  return undefined;
}
