import { describe, expect, it } from 'vitest';
import { ExprCode, MAX_SOURCE_LENGTH, parseExpression } from '../../src/scenario/expr/index';
import { evaluate, fakeEnv, only, underlined } from './helpers';

describe('parsing and precedence', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['24 / 4 / 2', 3],
    ['7 % 4 * 2', 6],
    ['-2 * 3', -6],
    ['- -2', 2],
    ['+3 - -3', 6],
    ['2 * -media_heat', -80],
    ['0.05 + media_heat / 400', 0.15],
    ['1e3 + 2.5E-1', 1000.25],
    ['12', 12],
  ])('evaluates %s to %s', (source, value) => {
    expect(evaluate(source)).toBeCloseTo(value, 10);
  });

  it.each([
    ['!chair_independent && true', false],
    ['!(chair_independent && false)', true],
    ['true || false && false', true],
    ['(true || false) && false', false],
    ['1 + 1 == 2 && 3 > 2', true],
    ['quarter >= 3 && media_heat > 40', false],
    ['quarter >= 3 && media_heat >= 40', true],
    ['1 < 2 == true', true],
    ['!true == false', true],
  ])('evaluates the condition %s to %s', (source, value) => {
    expect(evaluate(source)).toBe(value);
  });

  it('nests conditionals to the right, as JavaScript does', () => {
    const grade = (media_heat: number): unknown =>
      evaluate('media_heat > 80 ? "storm" : media_heat > 40 ? "warm" : "calm"', fakeEnv({ media_heat }));
    expect([grade(90), grade(50), grade(10)]).toEqual(['storm', 'warm', 'calm']);
  });

  it('takes a whole expression as the condition of a conditional', () => {
    expect(evaluate('quarter > 2 || false ? 1 + 1 : 0')).toBe(2);
    expect(evaluate('true ? false ? 1 : 2 : 3')).toBe(2);
  });

  it('reads double-quoted strings with escaped quotes and backslashes', () => {
    expect(evaluate('"say \\"hi\\" \\\\ bye"')).toBe('say "hi" \\ bye');
  });

  it('keeps the character offsets of every node', () => {
    const { ast } = parseExpression('  min(a, b * 2) > 3');
    expect(ast).toMatchObject({
      kind: 'binary', op: '>', opStart: 16, start: 2, end: 19,
      left: { kind: 'call', callee: 'min', start: 2, calleeEnd: 5, end: 15, args: [
        { kind: 'variable', name: 'a', start: 6, end: 7 },
        { kind: 'binary', op: '*', start: 9, end: 14 },
      ] },
      right: { kind: 'literal', value: 3, start: 18, end: 19 },
    });
  });

  it('treats a pasted non-breaking space as ordinary white space', () => {
    expect(evaluate('1\u00a0+\t2\n')).toBe(3);
  });

  it('accepts a function called with a space before its parenthesis', () => {
    expect(evaluate('max (1, 2)')).toBe(2);
  });
});

describe('syntax diagnostics', () => {
  it.each([
    ['', 'the expression is empty'],
    ['   ', 'the expression is empty'],
    ['1 +', "the expression ends too early: a value is missing after '+'"],
    ['(1 + 2', "a '(' is not closed"],
    ['min(1, 2', "the call of 'min' is missing its ')'"],
    ['true ? 1', "the conditional 'test ? a : b' is missing its ':'"],
    ['1 2', "unexpected '2' after the end of the expression"],
    ['"abc', 'unterminated string: the closing " is missing'],
    ['a @ b', "unexpected character '@'"],
    ['12abc', "'12abc' is not a number"],
    ['1e999', 'this number is too large'],
    ['"a\\n"', "unknown escape '\\n' in a string"],
    ["'single'", 'strings are written in double quotes'],
    ['a === b', "'===' is not an operator of this language"],
    ['a & b', "'&' is not an operator of this language"],
    ['2 ** 3', "'**' (power) is not supported"],
    ['min(1,)', "expected a value but found ')'"],
    ['(a)(b)', "only functions can be called, by name, as in 'min(a, b)'"],
    ['.5', "a number cannot start with '.'"],
  ])('refuses %j: %s', (source, message) => {
    const d = only(source);
    expect(d.code).toBe(ExprCode.Syntax);
    expect(d.message).toBe(message);
    expect(d.length).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['a  @ b', 3, '@'],
    ['quarter >= 3 && ) ', 16, ')'],
    ['x + "abc', 4, '"abc'],
    ['1 2', 2, '2'],
    ['a === b', 2, '==='],
    ['media_heat > 4O', 13, '4O'],
    ['"ok" + "bad\\x"', 11, '\\x'],
  ])('points the diagnostic for %j at offset %i', (source, offset, text) => {
    const d = only(source);
    expect(d.offset).toBe(offset);
    expect(underlined(source, d)).toBe(text);
  });

  it('points a missing value at the end of the source', () => {
    const d = only('quarter >= ');
    expect(d.offset).toBe(11);
    expect(d.length).toBe(1);
  });

  it('hints at the operator a designer probably meant', () => {
    expect(only('a === b').hint).toBe("use '=='");
    expect(only('a and b').hint).toBe("use '&&'");
    expect(only('a or b').hint).toBe("use '||'");
    expect(only('1 2').hint).toBe('an operator such as + or && may be missing');
  });

  it('refuses input longer than the limit instead of parsing it', () => {
    const { ast, diagnostics } = parseExpression('1+'.repeat(MAX_SOURCE_LENGTH) + '1');
    expect(ast).toBeNull();
    expect(diagnostics[0]?.code).toBe(ExprCode.Syntax);
  });

  it('refuses nesting deep enough to exhaust the stack', () => {
    const { ast, diagnostics } = parseExpression('('.repeat(500) + '1' + ')'.repeat(500));
    expect(ast).toBeNull();
    expect(diagnostics[0]?.message).toBe('the expression is nested too deeply');
  });

  it('returns no tree at all when there is a syntax error', () => {
    expect(parseExpression('1 + 2 )')).toMatchObject({ ast: null });
  });
});
