import { describe, expect, it } from 'vitest';
import { editDistance, identifiersOf, parseExpression, suggest } from '../../src/scenario/expr/index';

function idents(source: string): { variables: string[]; ids: string[] } {
  const { ast } = parseExpression(source);
  if (!ast) throw new Error('parse failed');
  return identifiersOf(ast);
}

describe('identifiersOf', () => {
  it('lists variables and ids once each, in order of first appearance', () => {
    expect(idents('trust > 3 && (chose(audit) || media_heat > trust) ? count(audit) + quartersSince(death) : min(budget)'))
      .toEqual({ variables: ['trust', 'media_heat', 'budget'], ids: ['audit', 'death'] });
  });

  it('lists nothing for a literal', () => {
    expect(idents('true')).toEqual({ variables: [], ids: [] });
  });
});

describe('suggest', () => {
  const names = ['media_heat', 'trust', 'budget', 'quarter', 'quarters'];

  it('suggests the closest name within a few edits', () => {
    expect(suggest('media_heet', names)).toBe('media_heat');
    expect(suggest('trsut', names)).toBe('trust');
    expect(suggest('quartr', names)).toBe('quarter');
    expect(suggest('quarterss', names)).toBe('quarters');
  });

  it('suggests nothing when no name is close', () => {
    expect(suggest('zzz', names)).toBeUndefined();
    expect(suggest('x', ['y'])).toBeUndefined();
    expect(suggest('anything', [])).toBeUndefined();
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('qaurter', 'quarter')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
