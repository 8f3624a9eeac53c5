// The lint for interface words written into src/ui instead of the message files: it finds them, and no file has more
// than the baseline of files still to move (the count may only fall).
import { describe, expect, it } from 'vitest';
import { rawStrings, rawStringsOfUi, readBaseline } from '../../tools/i18n/raw-strings';

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
});
