import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkExpression, parseExpression } from '../../src/scenario/expr/index';
import { symbols } from './helpers';

/** Characters that make up expressions, so that random strings often get past the first token. */
const exprChar = fc.constantFrom(...'abcqrtu_019 .()+-*/%<>=!&|?:,"\\;[]{}e'.split(''));

describe('robustness', () => {
  it('never throws while parsing random ASCII strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (source) => {
        const { ast, diagnostics } = parseExpression(source);
        expect(ast === null).toBe(diagnostics.length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws while parsing and checking expression-like strings, and every diagnostic is in range', () => {
    fc.assert(
      fc.property(fc.array(exprChar, { maxLength: 40 }).map((chars) => chars.join('')), (source) => {
        const parsed = parseExpression(source);
        const diagnostics = parsed.ast ? checkExpression(parsed.ast, symbols, 'any').diagnostics : parsed.diagnostics;
        for (const d of diagnostics) {
          expect(d.length).toBeGreaterThanOrEqual(1);
          expect(d.offset).toBeGreaterThanOrEqual(0);
          expect(d.offset).toBeLessThanOrEqual(source.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
