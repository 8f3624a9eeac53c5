import { describe, expect, it } from 'vitest';
import {
  checkExpression,
  compileExpression,
  ExprCode,
  type ExprDiagnostic,
  type ExprEnv,
  parseExpression,
} from '../../src/scenario/expr/index';
import { symbols } from './helpers';

/** An environment that fails the test if an expression ever touches it. */
function untouchable(): ExprEnv {
  const refuse = (): never => {
    throw new Error('a refused expression was evaluated');
  };
  return {
    vars: new Proxy({}, { get: refuse, has: refuse, getOwnPropertyDescriptor: refuse }),
    chose: refuse,
    happened: refuse,
    quartersSince: refuse,
    count: refuse,
  };
}

/** Loads an expression the way the game does: compile and run only what parses and checks cleanly. */
function load(source: string): ExprDiagnostic[] {
  const parsed = parseExpression(source);
  if (!parsed.ast) return parsed.diagnostics;
  const checked = checkExpression(parsed.ast, symbols, 'any');
  if (checked.diagnostics.length > 0) return checked.diagnostics;
  compileExpression(parsed.ast)(untouchable());
  return [];
}

describe('what is not an expression', () => {
  it.each([
    ['x = 1', ExprCode.NotAnExpression, '='],
    ['trust += 1', ExprCode.NotAnExpression, '+='],
    ['trust++', ExprCode.NotAnExpression, '++'],
    ['a; b', ExprCode.NotAnExpression, ';'],
    ['this.constructor', ExprCode.NotAnExpression, 'this'],
    ['a.b', ExprCode.NotAnExpression, '.'],
    ['trust.toString()', ExprCode.NotAnExpression, '.'],
    ['a[0]', ExprCode.NotAnExpression, '['],
    ['[1, 2]', ExprCode.NotAnExpression, '['],
    ['{}', ExprCode.NotAnExpression, '{'],
    ['`x`', ExprCode.NotAnExpression, '`'],
    ['function(){}', ExprCode.NotAnExpression, 'function'],
    ['new Date()', ExprCode.NotAnExpression, 'new'],
    ['typeof trust', ExprCode.NotAnExpression, 'typeof'],
    ['x => 1', ExprCode.NotAnExpression, '=>'],
    ['if (true) 1', ExprCode.NotAnExpression, 'if'],
    ['return 1', ExprCode.NotAnExpression, 'return'],
    ['null', ExprCode.NotAnExpression, 'null'],
    ['// c', ExprCode.NotAnExpression, '//'],
    ['1 /* c */', ExprCode.NotAnExpression, '/*'],
    ['constructor', ExprCode.UnknownIdentifier, 'constructor'],
    ['__proto__', ExprCode.UnknownIdentifier, '__proto__'],
    ['globalThis', ExprCode.UnknownIdentifier, 'globalThis'],
    ['eval("1")', ExprCode.UnknownFunction, 'eval'],
    ['constructor("return 1")', ExprCode.UnknownFunction, 'constructor'],
    ['1 + 1 2', ExprCode.Syntax, '2'],
    ['', ExprCode.Syntax, ''],
    ['"open', ExprCode.Syntax, '"open'],
    ['trust # comment', ExprCode.Syntax, '#'],
    ['\u00e9t\u00e9', ExprCode.Syntax, '\u00e9'],
    ['\u{1F600}', ExprCode.Syntax, '\u{1F600}'],
  ])('refuses %j with %s at %j and never evaluates it', (source, code, text) => {
    const diagnostics = load(source);
    expect(diagnostics.length).toBeGreaterThan(0);
    const first = diagnostics[0] as ExprDiagnostic;
    expect(first.code).toBe(code);
    expect(first.message.length).toBeGreaterThan(0);
    expect(source.slice(first.offset, first.offset + first.length)).toBe(text);
  });

  it('tells a designer who wrote = to compare with ==', () => {
    expect(load('phase = "crisis"')[0]?.hint).toBe("to compare, use '=='");
  });
});

describe('the refusal harness', () => {
  it('would notice an evaluation, so the refusals above are meaningful', () => {
    expect(() => load('trust > 1')).toThrow('a refused expression was evaluated');
  });
});
