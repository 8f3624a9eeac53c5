import { describe, expect, it } from 'vitest';
import { loadText, readFixture } from './fixture-files';

const base = readFixture('base.scenario.yaml');

/** The base scenario with one piece of text replaced, loaded; the report of its first diagnostic, with the text it points at. */
function pointAt(from: string, to: string) {
  expect(base).toContain(from);
  const text = base.replace(from, to);
  const r = loadText('variant.scenario.yaml', text);
  const [d] = r.diagnostics;
  expect(d, 'a diagnostic').toBeDefined();
  const line = text.split('\n')[d.line - 1];
  return { ...d, under: line.slice(d.col - 1, d.col - 1 + d.length), all: r.diagnostics };
}

describe('expressions are located at the offending character, however the string is written', () => {
  const requires = '    requires: "quarter >= 1"';
  it('in a double-quoted string with escapes before the problem', () => {
    const d = pointAt('when: "political_confidence < 10"', 'when: "inspection_grade == \\"good\\" && media_heet > 3"');
    expect(d).toMatchObject({ code: 'SC0301', under: 'media_heet' });
  });

  it('in a double-quoted string, underlining an escaped string literal whole', () => {
    const d = pointAt('when: "political_confidence < 10"', 'when: "inspection_grade == \\"inadequat\\""');
    expect(d).toMatchObject({ code: 'SC0307', under: '\\"inadequat\\"' });
  });

  it('in a plain string folded over two lines', () => {
    const d = pointAt(requires, '    requires: quarter >= 1 &&\n      media_heet > 3');
    expect(d).toMatchObject({ code: 'SC0301', line: 24, col: 7, under: 'media_heet' });
  });

  it('in a literal block scalar (|), even with a blank line and a comment on the header', () => {
    const d = pointAt(requires, '    requires: | # media_heat\n      quarter >= 1 &&\n\n      media_heet > 3');
    expect(d).toMatchObject({ code: 'SC0301', line: 26, col: 7, under: 'media_heet' });
  });

  it('in a folded block scalar (>-)', () => {
    const d = pointAt(requires, '    requires: >-\n      quarter >= 1 &&\n      media_heet > 3');
    expect(d).toMatchObject({ code: 'SC0301', line: 25, col: 7, under: 'media_heet' });
  });

  it('in a single-quoted string holding a double-quoted string literal', () => {
    const d = pointAt('when: "political_confidence < 10"', `when: 'inspection_grade == "goood"'`);
    expect(d).toMatchObject({ code: 'SC0307', under: '"goood"', hint: 'did you mean "good"?' });
  });

  it('at the end of the string when the expression stops too early', () => {
    const d = pointAt(requires, '    requires: quarter >=');
    expect(d).toMatchObject({ code: 'SC0300', line: 23, col: 25 });
  });
});

describe('YAML the loader once crashed on is reported instead', () => {
  it('an alias to an anchor that does not exist is an error at the alias', () => {
    const d = pointAt('title: Base', 'title: *nothing');
    expect(d).toMatchObject({ code: 'SC0003', severity: 'error', line: 5, col: 8, under: '*nothing' });
  });

  it('an alias bomb is refused as an error, not expanded', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    const d = pointAt('roles:', `${bomb}\nroles:`);
    expect(d.all.filter((x) => x.severity === 'error').map((x) => x.code)).toEqual(['SC0003']);
  });

  it('a map used as a key is a syntax error at that key, with no runtime warning', () => {
    const d = pointAt('title: Base', '{ a: 1 }: Base');
    expect(d).toMatchObject({ code: 'SC0001', line: 5, col: 1, under: '{ a: 1 }' });
  });
});
