// Display code lives once (src/present) and serves the board, the debrief, the room, the workshop and the terminal.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, csvRows } from '../../src/present/csv';
import { quarterLabel } from '../../src/present/calendar';
import { formatValue } from '../../src/present/values';
import { readScenarioFile } from '../../tools/scenario/files';
import { formatValue as terminalValue, quarterLabel as terminalQuarter } from '../../tools/scenario/play/text';

const northmoor = readScenarioFile('scenarios/northmoor.scenario.yaml').value!;
const withFirst = (firstQuarter: string) => ({ ...northmoor, calendar: { ...northmoor.calendar, firstQuarter } });

describe('values as the board reads them', () => {
  it('writes each unit the way a reader expects', () => {
    expect(formatValue({ unit: '%', decimals: 0 }, 70.4)).toBe('70%');
    expect(formatValue({ unit: '% a year', decimals: 0 }, 12)).toBe('12% a year');
    expect(formatValue({ unit: 'children', decimals: 1 }, 16)).toBe('16.0 children');
    expect(formatValue({ unit: 'index', decimals: 0 }, 55.2)).toBe('55');
    expect(formatValue({ unit: 'children', decimals: 1 }, 16, { unit: false })).toBe('16.0');
  });
  it('never shows a fall that rounds away as "-0"', () => {
    expect(formatValue({ unit: 'index', decimals: 0 }, -0.3)).toBe('0');
    expect(formatValue({ unit: '%', decimals: 1 }, -0.04)).toBe('0.0%');
  });
  it('reads levels in words', () => {
    expect(formatValue(undefined, 'none')).toBe('none yet');
    expect(formatValue(undefined, 'requires_improvement')).toBe('requires improvement');
    expect(formatValue(undefined, undefined)).toBe('-');
  });
  it('the terminal playthrough shows the same value as the board', () => {
    for (const v of northmoor.model.variables) {
      if (v.kind !== 'number') continue;
      expect(terminalValue(v, v.initial)).toBe(formatValue(v, v.initial));
    }
  });
});

describe('quarters as the calendar names them', () => {
  it('counts on from a first quarter given as a year and a quarter', () => {
    expect(quarterLabel(northmoor, 1)).toBe(northmoor.calendar.firstQuarter);
    expect(quarterLabel(withFirst('2009 Q2'), 4)).toBe('2010 Q1');
    expect(quarterLabel(withFirst(' 2009Q4 '), 2)).toBe('2010 Q1');
  });
  it('counts on from any other first label in words', () => {
    expect(quarterLabel(withFirst('Spring term'), 1)).toBe('Spring term');
    expect(quarterLabel(withFirst('Spring term'), 3)).toBe('Spring term +2 quarters');
  });
  it('the terminal names the quarter as the board does', () => {
    expect(terminalQuarter(withFirst('Spring term'), 2)).toBe(quarterLabel(withFirst('Spring term'), 2));
  });
});

describe('spreadsheets', () => {
  it('quotes only what needs it, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('she said "no"')).toBe('"she said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvRows([['a', 1], ['b', undefined]])).toBe('a,1\r\nb,\r\n');
  });
});

describe('one presenter', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => { const p = join(dir, f); return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []; });
  it('no screen, scene or tool keeps its own copy of the display code', () => {
    const copies = [...files('src'), ...files('tools')]
      .filter((p) => !p.startsWith(join('src', 'present')))
      .filter((p) => /function (formatValue|quarterLabel|periodOf|csvField|phaseTitle)\b/.test(readFileSync(p, 'utf8')));
    expect(copies).toEqual([]);
  });
});
