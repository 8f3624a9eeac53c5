// Broken and hostile scenario files, on purpose: nesting that would exhaust the stack, a file too large, names every
// plain object already has, terminal escapes, and random slips (fuzzed with fixed seeds). Each gets a coded error with
// a place and never an exception; a slip gets one syntax error, not a cascade; whatever loads plays with no NaN.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { stateOf } from '../../src/engine/session';
import { MAX_CHARS, MAX_DEPTH } from '../../src/scenario/nesting';
import { parseSave } from '../../src/saves/format';
import { autosave } from '../../src/saves/store';
import { parseWorkshopFile } from '../../src/workshop/file';
import { runCli, ROOT as CLI_ROOT } from '../cli/run-cli';
import { loadScenario } from '../../src/scenario/load';
import { loadText, readFixture, ROOT } from './fixture-files';

const base = readFixture('base.scenario.yaml');
const load = (text: string) => loadText('hostile.scenario.yaml', text);
const codes = (text: string) => load(text).diagnostics.map((d) => d.code);

describe('files built to break the loader', () => {
  it('nesting thousands of levels deep, in flow lists, flow maps, "- " items and indented maps, is SC0005 with its place', () => {
    const deep = [
      `${base}\nextra: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      `${base}\nextra: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`,
      `${base}\nextra:\n  ${'- '.repeat(3000)}x\n`,
      `${base}\nextra:\n${Array.from({ length: 400 }, (_, i) => `${' '.repeat(i + 1)}k${i}:\n`).join('')}`,
    ];
    for (const text of deep) {
      const r = load(text);
      expect(r.diagnostics).toHaveLength(1);
      expect(r.diagnostics[0]).toMatchObject({ code: 'SC0005', line: expect.any(Number), col: expect.any(Number) });
      expect(r.diagnostics[0].message).toContain(`more than ${MAX_DEPTH} levels`);
      expect(r.diagnostics[0].line).toBeGreaterThan(base.split('\n').length - 1);
    }
    // the bundled files are far inside the limit
    expect(codes(base)).not.toContain('SC0005');
  });

  it('a file larger than the limit is SC0005, read no further', () => {
    const r = load(`${base}\n# ${'x'.repeat(MAX_CHARS)}\n`);
    expect(r.diagnostics.map((d) => [d.code, d.message.includes('characters')])).toEqual([['SC0005', true]]);
  });

  it('names every plain object has are refused as ids, keys and enum values, never read as Object.prototype\'s', () => {
    expect(codes(base.replace('  - id: visit', '  - id: constructor').replace('reflection: listenning', 'reflection: listening'))).toEqual(['SC0104']);
    expect(codes(base.replace('inspection_regime: "2009"', 'inspection_regime: constructor').replace('reflection: listenning', 'reflection: listening'))).toEqual(['SC0104']);
    expect(codes(base.replace('roles:\n', 'roles:\n  __proto__: { name: X, brief: Y }\n'))).toEqual(['SC0103']);
    expect(codes(`${base.replace('reflection: listenning', 'reflection: listening')}\nstart: { hasOwnProperty: 3 }\n`)).toEqual(['SC0102']);
  });

  it('a terminal escape in a file is shown as a picture of itself on the command line, never sent to the terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'btn-escape-'));
    symlinkSync(join(CLI_ROOT, 'test/fixtures/loader/models'), join(dir, 'models'));
    const file = join(dir, 'escape.scenario.yaml');
    writeFileSync(file, base.replace('  - id: visit', '  - id: "vi\u001b[2Jsit"'));
    const r = runCli('validate', file);
    expect(r.status).toBe(1);
    expect(r.output).toContain('SC0104');
    expect(r.output).not.toContain('\u001b');
    expect(r.output).toContain('vi\u241b[2Jsit');
  });

  it('a byte-order mark at the start changes no column, and a save or workshop file that starts with one still opens', () => {
    const text = base.slice(base.indexOf('format:')).replace('format: 1', 'format: 99'); // the fault on line 1
    const plain = load(text).diagnostics[0];
    expect(plain).toMatchObject({ code: 'SC0010', line: 1, col: 9 });
    const marked = load(`\ufeff${text}`).diagnostics[0];
    expect(marked).toEqual(plain);
    const save = JSON.stringify(autosave(playBot(load(base.replace('reflection: listenning', 'reflection: listening')).value!, BUILT_IN.none, 'bom'), '2026-12-03T10:00:00.000Z'));
    expect(parseSave(`\ufeff${save}`, 'x').problem).toBeUndefined();
    expect(parseWorkshopFile('\ufeff{"workshopFile": 1}').problem?.message).not.toContain('not valid JSON');
  });

  it('a formula that gives no number at run time is stopped at its place: the step is refused, the state keeps no NaN', () => {
    const text = base.replace('chance: "0.1 + media_heat / 400"', 'chance: "(media_heat + 1) * 1e200 * 1e200"').replace('reflection: listenning', 'reflection: listening');
    const scenario = load(text).value!;
    const line = text.split('\n').findIndex((l) => l.includes('1e200 * 1e200')) + 1;
    expect(() => playBot(scenario, BUILT_IN.none, 'nan')).toThrow(new RegExp(`hostile\\.scenario\\.yaml:${line}:\\d+: '\\(media_heat \\+ 1\\) \\* 1e200 \\* 1e200' gave Infinity`));
  });

  it('a merge key is named as one (SC0003), not read as a key that lacks its fields', () => {
    expect(load(base.replace('roles:\n', 'roles:\n  <<: { x: 1 }\n')).diagnostics.map((d) => [d.code, d.message])).toEqual([['SC0003', "merge key '<<' used"]]);
  });

  it('a quote never closed is pointed out where it opens, not at the end of the file', () => {
    const text = base.replace('intro: The board meets', "intro: 'The board meets");
    const line = text.split('\n').findIndex((l) => l.startsWith("intro: '")) + 1;
    expect(load(text).diagnostics).toMatchObject([{ code: 'SC0001', line, col: 8, message: 'this single quote is never closed' }]);
  });

  it('a comma inside { } that cuts a text is named as that, not as a mysterious key', () => {
    const text = base.replace('  listening: { prompt: Whom did the board listen to?,', '  listening: { prompt: Whom did the board listen to, and when?,').replace('reflection: listenning', 'reflection: listening');
    const d = load(text).diagnostics.find((x) => x.code === 'SC0103')!;
    expect(d.message).toContain("unknown key 'and when?'");
    expect(d.hint).toContain('quote a value that has a comma');
  });

  it('one stray bracket gives one syntax error where it is, not a cascade', () => {
    const text = base.replace('    effects: { insight: +3, media_heat: -1 }', '    effects: { insight: +3, media_heat: -1 ');
    const r = load(text);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['SC0001']);
  });

  it('random slips never throw, never cascade past a few errors, and a file that still loads plays with no NaN', () => {
    const pieces = ['[', ']', '{', '}', ':', '"', "'", '- ', '#', '\n', '  ', ',', '&a ', '*a', '!!binary ', '\t', '\u0000', '\ufeff', 'constructor', '__proto__: 1\n', ': :', '|\n'];
    let loaded = 0;
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(base.length), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 3 }), (edits) => {
      let text = base;
      for (const [at, piece] of edits) text = text.slice(0, at % text.length) + piece + text.slice(at % text.length);
      const r = load(text);
      expect(r.diagnostics.length).toBeLessThanOrEqual(12);
      for (const d of r.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
      if (r.value) {
        loaded++;
        const s = stateOf(playBot(r.value, BUILT_IN.random, 'fuzz'));
        for (const [k, v] of Object.entries(s.vars)) expect(Number.isNaN(v), k).toBe(false);
      }
    }), { seed: 20261203, numRuns: 300 });
    expect(loaded).toBeGreaterThan(0); // some slips (in a comment, in prose) leave a working file
  });

  it('random slips in a model file never throw either, and are reported in the model file', () => {
    const model = readFileSync(join(ROOT, 'test/fixtures/loader/models/lscb-2010.model.yaml'), 'utf8');
    const scenario = base.replace('reflection: listenning', 'reflection: listening');
    const pieces = ['[', ']', '{', '}', ':', '"', '- ', '\n', '  ', ',', '*a', '\u0000', 'constructor', '__proto__: 1\n', ' / 0', ' * 1e308 * 10'];
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(model.length), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 3 }), (edits) => {
      let text = model;
      for (const [at, piece] of edits) text = text.slice(0, at % text.length) + piece + text.slice(at % text.length);
      const r = loadScenario({ file: 'hostile.scenario.yaml', text: scenario }, (id) => (id === 'lscb-2010' ? { file: 'models/lscb-2010.model.yaml', text } : null), () => ['lscb-2010']);
      expect(r.diagnostics.length).toBeLessThanOrEqual(12);
      if (r.value) {
        try {
          const s = stateOf(playBot(r.value, BUILT_IN.random, 'fuzz'));
          for (const [k, v] of Object.entries(s.vars)) expect(Number.isNaN(v), k).toBe(false);
        } catch (e) {
          // a formula that overflows is refused at its place, never carried on
          expect(String(e)).toMatch(/models\/lscb-2010\.model\.yaml:\d+:\d+: .* gave (Infinity|-Infinity|NaN)/);
        }
      }
    }), { seed: 20261204, numRuns: 150 });
  });
});
