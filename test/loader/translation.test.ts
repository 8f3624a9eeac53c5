// Translations of a scenario's words by string id: which strings are prose, the coded problems of a translation file
// (one fixture per code in test/fixtures/translations, each naming what must be reported), extracting keeps a
// translator's work, and a translated scenario plays the same game as its own words, with the same hash.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { stateHash } from '../../src/engine/session';
import { TRANSLATION_CODES } from '../../src/scenario/diagnostics';
import { noteFor, proseStrings } from '../../src/scenario/prose';
import { ModelFile } from '../../src/scenario/schema/model-schema';
import { ScenarioFile } from '../../src/scenario/schema/scenario-schema';
import { SourceFile } from '../../src/scenario/source-map';
import { extractTranslation, loadTranslation, readTranslationData } from '../../src/scenario/translation';
import { readScenarioFile } from '../../tools/scenario/files';
import { ROOT } from './fixture-files';

const DIR = 'test/fixtures/translations';
const TUTORIAL = 'scenarios/tutorial/quiet-quarter.scenario.yaml';
const dataOf = (file: string) => new SourceFile(file, readFileSync(join(ROOT, file), 'utf8')).data().data;
const tutorialStrings = () => proseStrings(ScenarioFile, ScenarioFile.parse(dataOf(TUTORIAL)));
const EXPECT = /^\uFEFF?# expect: ([A-Z]{2}\d{4}) at (\d+):(\d+)(?: "(.*)")?$/;

function expectations(text: string): { code: string; line: number; col: number; says?: string }[] {
  return text.split('\n').filter((l) => EXPECT.test(l)).map((l) => {
    const [, code, line, col, says] = EXPECT.exec(l)!;
    return { code, line: Number(line), col: Number(col), says: says?.replace(/\\"/g, '"') };
  });
}
const fixtures = readdirSync(join(ROOT, DIR)).filter((f) => f.endsWith('.yaml')).sort();

describe('which strings of a file are words to translate', () => {
  it('finds every prose field, with ids unique and built from the file\'s own ids, and nothing that is an id or a rule', () => {
    for (const file of ['scenarios/northmoor.scenario.yaml', 'scenarios/partnership-2024.scenario.yaml', TUTORIAL]) {
      const strings = proseStrings(ScenarioFile, ScenarioFile.parse(dataOf(file)));
      expect(new Set(strings.map((s) => s.id)).size, file).toBe(strings.length);
      const ids = new Set(strings.map((s) => s.id));
      expect(ids.has('title') && ids.has('intro'), file).toBe(true);
      // no expression, id, tag or cue is ever offered to a translator
      expect(strings.filter((s) => /\.(id|when|requires|chance|kind|cue|tags|reflection|puts|model|policy|first_quarter)$/.test(s.id)), file).toEqual([]);
    }
    const northmoor = new Set(proseStrings(ScenarioFile, ScenarioFile.parse(dataOf('scenarios/northmoor.scenario.yaml'))).map((s) => s.id));
    for (const id of ['decisions.practice_visits.title', 'calendar.phases.settling_in.title', 'roles.chair.brief']) expect(northmoor.has(id), id).toBe(true);
    expect([...northmoor].some((id) => /^events\.[a-z_0-9]+\.choices\.[a-z_0-9]+\.label$/.test(id))).toBe(true);
    expect([...northmoor].some((id) => /^stories\.[a-z_0-9]+\.variants\.0\.clear$/.test(id))).toBe(true);
    const model = proseStrings(ModelFile, ModelFile.parse(dataOf('scenarios/models/lscb-2010.model.yaml')));
    expect(model.map((s) => s.id)).toContain('variables.practice_quality.label');
    expect(model.some((s) => /\.(formula|visibility|better)$/.test(s.id))).toBe(false);
    expect(noteFor(model.find((s) => s.id === 'variables.practice_quality.label')!)).toContain('Name shown to players');
  });
});

describe('translation file fixtures: one per code, each naming what checking it must report', () => {
  it.each(fixtures)('%s is reported exactly as its "# expect:" lines say', (name) => {
    const text = readFileSync(join(ROOT, DIR, name), 'utf8');
    const r = loadTranslation({ file: `${DIR}/${name}`, text }, 'quiet-quarter', tutorialStrings());
    expect(r.diagnostics.map((d) => `${d.code} ${d.line}:${d.col}`)).toEqual(expectations(text).map((e) => `${e.code} ${e.line}:${e.col}`));
    r.diagnostics.forEach((d, i) => { const says = expectations(text)[i].says; if (says) expect(`${d.message} - ${d.hint ?? ''}`).toContain(says); });
  });

  it('covers every translation code', () => {
    const covered = new Set(fixtures.flatMap((f) => expectations(readFileSync(join(ROOT, DIR, f), 'utf8')).map((e) => e.code)));
    expect(Object.keys(TRANSLATION_CODES).filter((c) => !covered.has(c))).toEqual([]);
  });
});

describe('extracting a translation file', () => {
  it('keeps what was translated, puts a changed source\'s old text in `was` (flagged stale), and drops ids the file lost', () => {
    const strings = tutorialStrings();
    const first = readTranslationData(extractTranslation('quiet-quarter', 'cy', strings, noteFor).text, 'x.yaml')!;
    expect(first.strings).toHaveLength(strings.length);
    expect(first.strings.every((e) => e.text === '' && e.note)).toBe(true);
    first.strings[0].text = 'Chwarter tawel';
    first.strings[1].text = 'Crynodeb';
    first.strings.push({ id: 'decisions.gone.title', source: 'Gone', text: 'Wedi mynd' });
    const changed = strings.map((s, i) => (i === 1 ? { ...s, text: `${s.text} Changed.` } : s));
    const again = extractTranslation('quiet-quarter', 'cy', changed, noteFor, first);
    expect([again.added, again.changed, again.dropped]).toEqual([0, 1, 1]);
    const data = readTranslationData(again.text, 'x.yaml')!;
    expect(data.strings[0]).toMatchObject({ id: 'title', text: 'Chwarter tawel' });
    expect(data.strings[1]).toMatchObject({ text: 'Crynodeb', was: strings[1].text, source: changed[1].text });
    const checked = loadTranslation({ file: 'x.yaml', text: again.text }, 'quiet-quarter', changed);
    expect(checked.diagnostics.map((d) => d.code)).toEqual(['TR0002', 'TR0001']);
    expect([...checked.value!.texts.keys()]).toEqual(['title']);
  });
});

describe('a scenario played in a translation', () => {
  it('shows the translated words, and plays the same game with the same hash as in its own', () => {
    const english = readScenarioFile(join(ROOT, TUTORIAL)).value!;
    const r = readScenarioFile(join(ROOT, TUTORIAL), { scenario: { file: `${DIR}/clean.cy.yaml`, text: readFileSync(join(ROOT, DIR, 'clean.cy.yaml'), 'utf8') } });
    const welsh = r.value!;
    expect(welsh.title).toBe('Chwarter tawel');
    expect(welsh.calendar.phases[0].title).toBe('Blwyddyn gyson');
    expect(welsh.decisions[0].title).toBe(english.decisions[0].title);
    expect(welsh.hash).toBe(english.hash);
    expect(r.translation).toMatchObject({ locale: 'cy', reviewed: false });
    for (const policy of ['balanced', 'random']) expect(stateHash(playBot(welsh, BUILT_IN[policy], 'same'))).toBe(stateHash(playBot(english, BUILT_IN[policy], 'same')));
  });

  it('a broken translation never stops the scenario: it plays in its own words, and the problem is told', () => {
    const r = readScenarioFile(join(ROOT, TUTORIAL), { scenario: { file: `${DIR}/twice.cy.yaml`, text: readFileSync(join(ROOT, DIR, 'twice.cy.yaml'), 'utf8') } });
    expect(r.value?.title).toBe('A quiet quarter');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.translation?.diagnostics.map((d) => d.code)).toContain('TR0004');
    const garbage = readScenarioFile(join(ROOT, TUTORIAL), { scenario: { file: 'x.cy.yaml', text: 'strings: [unclosed' } });
    expect(garbage.value?.title).toBe('A quiet quarter');
    expect(garbage.translation?.diagnostics[0].code).toBe('SC0001');
  });
});
