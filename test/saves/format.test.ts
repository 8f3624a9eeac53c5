import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSave, SAVE_FORMATS, scanJson } from '../../src/saves/format';
import { autosave } from '../../src/saves/store';
import { midGame, NOW } from './fixtures';

const valid = JSON.stringify(autosave(midGame(), NOW));

describe('reading a save file', () => {
  it('a save written by this version reads back unchanged', () => {
    const { save, problem } = parseSave(valid, 'Northmoor, quarter 6');
    expect(problem).toBeUndefined();
    expect(save).toEqual(JSON.parse(valid));
  });

  it('a file cut off part-way is reported as truncated, naming the save', () => {
    const { save, problem } = parseSave(valid.slice(0, valid.length / 2), 'Northmoor, quarter 6');
    expect(save).toBeUndefined();
    expect(problem?.code).toBe('truncated');
    expect(problem?.message).toBe("Save 'Northmoor, quarter 6' could not be read: the file ends part-way through (truncated). Your other saves are safe.");
  });

  it('an empty file is reported as truncated', () => {
    expect(parseSave('', 'x').problem?.code).toBe('truncated');
  });

  it('a file with broken JSON is reported as corrupt, with the line and column', () => {
    const { problem } = parseSave('{\n  "saveFormat": 1,\n  "id": oops\n}', 'Northmoor, quarter 6');
    expect(problem?.code).toBe('corrupt');
    expect(problem?.message).toContain("Save 'Northmoor, quarter 6' could not be read");
    expect(problem?.message).toContain('line 3, column 9');
  });

  it('a save from a newer format is refused with a message to update the game', () => {
    const { problem } = parseSave(JSON.stringify({ ...JSON.parse(valid), saveFormat: 3 }), 'Northmoor, quarter 6');
    expect(problem?.code).toBe('too_new');
    expect(problem?.message).toBe("Save 'Northmoor, quarter 6' was made by a newer version of the game (format 3); this version reads format 1. Update the game to open it.");
  });

  it('a save older than the oldest readable format is refused with a message', () => {
    const { problem } = parseSave(JSON.stringify({ ...JSON.parse(valid), saveFormat: SAVE_FORMATS.oldest - 1 }), 'old one');
    expect(problem?.code).toBe('too_old');
    expect(problem?.message).toContain('format 0');
    expect(problem?.message).toContain('can no longer open it');
  });

  it('a save with a wrong field names the field', () => {
    const bad = JSON.parse(valid);
    bad.decisions[2] = { type: 'FLY' };
    const { problem } = parseSave(JSON.stringify(bad), 'edited');
    expect(problem?.code).toBe('invalid');
    expect(problem?.message).toContain('decisions[2]');
  });

  it('a save whose hashes do not match its decisions is invalid', () => {
    const bad = JSON.parse(valid);
    bad.hashes.pop();
    expect(parseSave(JSON.stringify(bad), 'edited').problem?.code).toBe('invalid');
  });

  it('JSON that is not a save at all is invalid, not a crash', () => {
    for (const text of ['null', '42', '"save"', '[]', '{}', '{"saveFormat":"1"}']) expect(parseSave(text, 'x').problem?.code).toBe('invalid');
  });
});

describe('telling a truncated file from a damaged one', () => {
  it('every proper prefix of a valid save ends early', () => {
    for (let n = 1; n < valid.length; n += 7) expect(scanJson(valid.slice(0, n))).toBe('ends-early');
  });

  it('text with a bad character is damaged at that character', () => {
    expect(scanJson('{"a": [1, 2,, 3]}')).toBe(12);
    expect(scanJson('{"a": tru }')).toBe(6);
    expect(scanJson('{"a": "x\\q"}')).toBe(9);
    expect(scanJson('{"a": 1} x')).toBe(9);
  });

  it('agrees with JSON.parse on which texts are complete JSON', () => {
    const jsonish = fc.oneof(fc.string({ maxLength: 30 }), fc.json().map((j) => j.slice(0, j.length - 1)), fc.json());
    fc.assert(fc.property(jsonish, (text) => {
      let ok = true;
      try { JSON.parse(text); } catch { ok = false; }
      expect(scanJson(text) === 'complete').toBe(ok);
    }), { numRuns: 1000, seed: 6 });
  });

  it('deep nesting neither overflows the stack nor is mistaken for damage', () => {
    expect(scanJson('['.repeat(200_000))).toBe('ends-early');
    expect(parseSave('['.repeat(200_000), 'deep').problem?.code).toBe('truncated');
  });
});

describe('reading never throws, whatever the text', () => {
  const check = (text: string) => {
    const r = parseSave(text, 'random');
    expect(Boolean(r.save) !== Boolean(r.problem)).toBe(true);
    if (r.problem) expect(r.problem.message.length).toBeGreaterThan(0);
  };

  it('random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), check), { numRuns: 500, seed: 7 });
  });

  it('random JSON values', () => {
    fc.assert(fc.property(fc.json(), check), { numRuns: 500, seed: 8 });
  });

  it('every truncation of a valid save is reported as truncated', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: valid.length - 1 }), (n) => {
      expect(parseSave(valid.slice(0, n), 'cut').problem?.code).toBe('truncated');
    }), { numRuns: 300, seed: 9 });
  });

  it('random mutations of a valid save', () => {
    const mutation = fc.tuple(fc.integer({ min: 0, max: valid.length - 1 }), fc.integer({ min: 0, max: 5 }), fc.string({ maxLength: 4 }));
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
      let text = valid;
      for (const [at, cut, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + cut);
      check(text);
    }), { numRuns: 500, seed: 10 });
  });

  it('random changes to the values inside a valid save', () => {
    const base = JSON.parse(valid) as Record<string, unknown>;
    fc.assert(fc.property(fc.constantFrom(...Object.keys(base)), fc.jsonValue(), (key, value) => {
      check(JSON.stringify({ ...base, [key]: value }));
    }), { numRuns: 300, seed: 11 });
  });
});
