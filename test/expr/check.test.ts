import { describe, expect, it } from 'vitest';
import { checkExpression, ExprCode, parseExpression } from '../../src/scenario/expr/index';
import { diagnose, only, symbols, underlined } from './helpers';

describe('unknown names', () => {
  it('reports an unknown variable with a did-you-mean hint (SC0301)', () => {
    const source = 'quarter >= 3 && media_heet > 40';
    const d = only(source);
    expect(d).toMatchObject({ code: ExprCode.UnknownIdentifier, message: "unknown variable 'media_heet'",
      hint: "did you mean 'media_heat'?", offset: 16, length: 10 });
    expect(underlined(source, d)).toBe('media_heet');
  });

  it('suggests across swapped letters and case', () => {
    expect(only('qaurter > 1').hint).toBe("did you mean 'quarter'?");
    expect(only('Media_Heat > 1').hint).toBe("did you mean 'media_heat'?");
  });

  it('suggests true and false for their misspellings', () => {
    expect(only('True').hint).toBe("did you mean 'true'?");
  });

  it('gives no hint when nothing is close', () => {
    const d = only('zebra_count > 1');
    expect(d.code).toBe(ExprCode.UnknownIdentifier);
    expect(d.hint).toBeUndefined();
  });

  it('explains a decision id used as a variable', () => {
    expect(only('audit_numbers')).toMatchObject({
      code: ExprCode.UnknownIdentifier,
      hint: 'did you mean chose(audit_numbers) or happened(audit_numbers)?',
    });
  });

  it('explains a function name used as a variable', () => {
    expect(only('max + 1')).toMatchObject({ code: ExprCode.UnknownIdentifier, message: "'max' is a function, not a variable" });
  });

  it('reports an unknown function with a did-you-mean hint (SC0303)', () => {
    const source = '1 + mni(trust, 3)';
    const d = only(source);
    expect(d).toMatchObject({ code: ExprCode.UnknownFunction, message: "unknown function 'mni'", hint: "did you mean 'min'?" });
    expect(underlined(source, d)).toBe('mni');
  });

  it('lists the functions when no name is close', () => {
    expect(only('pow(2, 3)').hint).toContain('clamp');
  });

  it('still checks the arguments of an unknown function', () => {
    expect(diagnose('mni(trsut, 1)').map((d) => d.code)).toEqual([ExprCode.UnknownFunction, ExprCode.UnknownIdentifier]);
  });

  it('refuses to call a variable', () => {
    expect(only('trust(1)').message).toBe("'trust' is a variable, not a function");
  });
});

describe('argument counts (SC0304)', () => {
  it.each([
    ['clamp(trust, 0)', "'clamp' takes 3 arguments (x, lo, hi), but 2 were given"],
    ['round(1, 2)', "'round' takes 1 argument (x), but 2 were given"],
    ['min()', "'min' takes at least 1 argument (a, b, ...), but 0 were given"],
    ['chose()', "'chose' takes 1 argument (decision_id), but 0 were given"],
    ['count(audit_numbers, serious_case_review) > 1', "'count' takes 1 argument (id), but 2 were given"],
  ])('refuses %s', (source, message) => {
    const d = only(source);
    expect(d).toMatchObject({ code: ExprCode.WrongArgumentCount, message, offset: 0 });
  });
});

describe('decision and event ids (SC0306)', () => {
  it('reports an unknown id with a did-you-mean hint', () => {
    const source = 'chose(audit_number)';
    expect(only(source)).toMatchObject({ code: ExprCode.UnknownId, message: "unknown decision or event id 'audit_number'",
      hint: "did you mean 'audit_numbers'?", offset: 6, length: 12 });
  });

  it('refuses a variable where an id is expected', () => {
    expect(only('happened(media_heat)')).toMatchObject({ code: ExprCode.UnknownId,
      message: "'media_heat' is a variable, not a decision or event id" });
  });

  it('refuses a quoted id and shows the bare form', () => {
    expect(only('chose("audit_numbers")')).toMatchObject({ code: ExprCode.TypeMismatch,
      hint: 'write chose(audit_numbers), without quotes', offset: 6 });
  });

  it('refuses an expression where an id is expected', () => {
    expect(only('quartersSince(1 + 1) > 2').code).toBe(ExprCode.TypeMismatch);
  });
});

describe('types (SC0302)', () => {
  it.each([
    ['media_heat && true', "'&&' needs a boolean, but media_heat is a number", 'media_heat'],
    ['"a" + 1', "'+' needs a number, but \"a\" is a string", '"a"'],
    ['quarter ? 1 : 2', "the condition of '? :' needs a boolean, but quarter is a number", 'quarter'],
    ['!trust', "'!' needs a boolean, but trust is a number", 'trust'],
    ['-chair_independent', "'-' needs a number, but chair_independent is a boolean", 'chair_independent'],
    ['phase < 3', "'<' needs a number, but phase is a string", 'phase'],
    ['round(true)', "'round' needs a number, but true is a boolean", 'true'],
    ['1 + (2 > 1)', "'+' needs a number, but this is a boolean", '2 > 1'],
  ])('refuses %s', (source, message, text) => {
    const d = only(source);
    expect(d).toMatchObject({ code: ExprCode.TypeMismatch, message });
    expect(underlined(source, d)).toBe(text);
  });

  it('refuses branches of different types', () => {
    const source = 'quarter > 1 ? 1 : "x"';
    const d = only(source);
    expect(d.code).toBe(ExprCode.TypeMismatch);
    expect(underlined(source, d)).toBe('"x"');
  });

  it('reports both errors of quarter ? 1 : "x"', () => {
    expect(diagnose('quarter ? 1 : "x"').map((d) => d.code)).toEqual([ExprCode.TypeMismatch, ExprCode.TypeMismatch]);
  });

  it('refuses == between different types', () => {
    const source = 'quarter == "3"';
    expect(only(source)).toMatchObject({ code: ExprCode.TypeMismatch,
      message: "'==' compares values of the same type, but this compares a number with a string", offset: 0, length: 14 });
  });

  it('refuses a chained comparison, which is not what it seems', () => {
    expect(only('1 < quarter < 5').code).toBe(ExprCode.TypeMismatch);
  });

  it('reports a wrong operand once, not again at every enclosing operator', () => {
    expect(diagnose('("a" + 1) * 2 > 3 && true')).toHaveLength(1);
  });

  it('checks the type of the whole expression against what the caller expects', () => {
    const d = only('0.05 + media_heat / 400', 'boolean');
    expect(d).toMatchObject({ code: ExprCode.TypeMismatch, offset: 0, length: 23 });
    expect(d.message).toBe('expected a condition (true or false), but this expression is a number');
    expect(only('quarter > 2', 'number').message).toBe('expected a number, but this expression is a boolean');
    expect(diagnose('quarter > 2', 'boolean')).toEqual([]);
    expect(diagnose('phase', 'any')).toEqual([]);
  });

  it('returns the type of a valid expression and null with diagnostics', () => {
    const check = (source: string) => {
      const { ast } = parseExpression(source);
      if (!ast) throw new Error('parse failed');
      return checkExpression(ast, symbols, 'any');
    };
    expect(check('1 + 2').type).toEqual({ kind: 'number' });
    expect(check('chose(audit_numbers)').type).toEqual({ kind: 'boolean' });
    expect(check('inspection_grade').type).toMatchObject({ kind: 'string', values: expect.arrayContaining(['good']) });
    expect(check('quarter > 1 ? phase : phase').type).toMatchObject({ kind: 'string' });
    expect(check('1 + true')).toMatchObject({ type: null, diagnostics: [{ code: ExprCode.TypeMismatch }] });
  });
});

describe('level values (SC0307)', () => {
  it('reports a value that is not among the level variable\'s values, with a did-you-mean hint', () => {
    const source = 'inspection_grade == "inadequat"';
    const d = only(source);
    expect(d).toMatchObject({ code: ExprCode.NotALevelValue, message: "\"inadequat\" is not a value of 'inspection_grade'",
      hint: 'did you mean "inadequate"?', offset: 20, length: 11 });
  });

  it('checks the value whichever side it is on, and for !=', () => {
    expect(only('"outstandng" != inspection_grade').hint).toBe('did you mean "outstanding"?');
  });

  it('lists the values when nothing is close', () => {
    expect(only('phase == "autumn"').hint).toBe('its values are "settling", "crisis", "recovery"');
  });

  it('accepts every listed value and any value of a free string', () => {
    expect(diagnose('inspection_grade == "requires_improvement" || phase != "crisis"')).toEqual([]);
    expect(diagnose('chair_name == "anyone"')).toEqual([]);
  });
});
