// The lint for interface words written into the code instead of the message files: in src/ui, words given as text or
// as an attribute people hear; in the other parts of the game that speak to players (STRICT_DIRS), any words at all
// unless their line says why they stay (`// i18n-exempt: <why>`). No file has any.
import { describe, expect, it } from 'vitest';
import { rawStrings, rawStringsOfUi, readBaseline, STRICT_DIRS, strictRawStrings, strictRawStringsOfGame } from '../../tools/i18n/raw-strings';

describe('raw interface strings', () => {
  it('finds words given as text or as an attribute people hear, and passes ids, class names and messages', () => {
    const found = rawStrings('x.ts', [
      "h('p', { class: 'hint', 'aria-label': 'Close the box' }, 'Some words', t('a.b'));",
      "button(done ? 'Saved' : 'Save now', go, { 'data-focus': 'save-now' });",
      'h(\'span\', {}, `Quarter ${q} of the game`, \'set-volume\');',
    ].join('\n'));
    expect(found.map((f) => [f.line, f.text])).toEqual([[1, 'Close the box'], [1, 'Some words'], [2, 'Saved'], [2, 'Save now'], [3, 'Quarter {} of the game']]);
  });

  it('no file of src/ui has more raw strings than its baseline, which is now empty', () => {
    const baseline = readBaseline();
    const now = rawStringsOfUi();
    for (const [file, list] of Object.entries(now)) {
      expect(list.length, `${file}: ${list.map((r) => `${r.line}:${r.column} ${r.text}`).join('; ')}`).toBeLessThanOrEqual(baseline[file] ?? 0);
    }
    // every screen has moved: the baseline is empty, so any word written into src/ui is a failure
    expect(baseline).toEqual({});
    expect(Object.keys(now)).toEqual([]);
  });

  it('outside src/ui finds any words not given to t(), and passes ids, constants, comparisons, developers\' errors and exempt lines', () => {
    const found = strictRawStrings('x.ts', [
      "const a = { problem: 'The code is mistyped.', id: 'play.cue.roomTone', kind: 'BEGIN' };",
      "if (x === 'under way') throw new Error('the engine was given a bad intent');",
      "const said = t('codes.session.invalid', { issue: `needs ${n} teams` });",
      "console.log('a line for developers');",
      "const header = ['team', 'quarter', 'Team name']; // i18n-exempt: a spreadsheet's column headers",
      "type Kind = 'Not words at all';",
      "import { x } from 'some module';",
      "const label = `${title} - quarter ${q}`;",
      "const joined = `${a} ${b}`;",
      "const single = 'Saved';",
    ].join('\n'));
    expect(found.map((f) => [f.line, f.text])).toEqual([[1, 'The code is mistyped.'], [3, 'needs {} teams'], [8, '{} - quarter {}'], [10, 'Saved']]);
  });

  it('refuses a file it cannot parse rather than pass it', () => {
    expect(() => strictRawStrings('x.ts', "const a = 'Some words'; return;")).toThrow(/x\.ts/);
  });

  it('no file of the game outside src/ui has words that bypass the message files', () => {
    expect(STRICT_DIRS).toEqual(expect.arrayContaining(['src/debrief', 'src/present', 'src/workshop', 'src/saves', 'src/state', 'src/lms', 'src/content']));
    const now = strictRawStringsOfGame();
    expect(Object.values(now).flat().map((r) => `${r.file}:${r.line}:${r.column} ${r.text}`)).toEqual([]);
  });
});
