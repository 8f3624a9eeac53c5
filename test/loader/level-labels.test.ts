// A level's name as players read it comes from the model (`level_labels`), so a translation can give it: an
// inspection's "requires improvement" reads "angen gwella" in Welsh. A label for a level the variable does not have
// is an error at its place, and a name an Object has is never read as a label.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledScenarios } from '../../src/content/bundled';
import { loadModel } from '../../src/scenario/load';
import { formatValue, gradeName } from '../../src/present/values';

const FILE = 'scenarios/models/lscb-2010.model.yaml';
const TEXT = readFileSync(FILE, 'utf8');
const LABELS = 'level_labels: { none: none yet,';

describe('level labels', () => {
  it('are what players read for an inspection grade, in the scenario\'s language', () => {
    const en = bundledScenarios().find((b) => b.scenario?.id === 'first-meeting')!.scenario!;
    const cy = bundledScenarios('cy').find((b) => b.scenario?.id === 'first-meeting')!.scenario!;
    expect(gradeName(en, 'requires_improvement')).toBe('requires improvement');
    expect(gradeName(cy, 'requires_improvement')).toBe('angen gwella');
    expect(gradeName(cy, 'outstanding')).toBe('rhagorol');
    const grade = cy.model.variables.find((v) => v.id === 'inspection_grade');
    expect(formatValue(grade, 'none')).toBe('dim eto');
    expect(formatValue(grade, 'good')).toBe('da');
  });

  it('name only levels the variable has: another is an error at its place', () => {
    const line = TEXT.split('\n').findIndex((l) => l.includes(LABELS)) + 1;
    const r = loadModel({ file: FILE, text: TEXT.replace(LABELS, 'level_labels: { excellent: excellent, none: none yet,') });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([['SC0104', line, "'excellent' in level_labels is not one of the levels"]]);
  });

  it('refuse a label keyed by an Object member\'s name rather than read it as one', () => {
    const r = loadModel({ file: FILE, text: TEXT.replace(LABELS, 'level_labels: { constructor: a plain name, none: none yet,') });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['SC0104']);
    const grade = bundledScenarios()[0].scenario!.model.variables.find((v) => v.id === 'inspection_grade');
    expect(formatValue(grade, 'constructor')).toBe('constructor');
    expect(formatValue(grade, 'toString')).toBe('toString');
  });
});
