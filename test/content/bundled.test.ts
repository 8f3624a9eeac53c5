// The bundled scenarios the game starts with are compiled from data checked at build time: they must be the very
// scenarios the designers' loader makes from the files, or a save, a workshop code or a replay would part company.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledScenarios } from '../../src/content/bundled';
import { BUILT_IN } from '../../src/engine/bot';
import { simulate } from '../../src/engine/simulate';
import { readScenarioFile } from '../../tools/scenario/files';
import { PSEUDO_LOCALE } from '../../src/i18n/locales';
import { readTranslationData } from '../../src/scenario/translation';

/** Where two compiled values differ: the same keys (a key holding undefined is not a missing key), the same primitives
 *  (Object.is: -0 is not 0), arrays where arrays are, and a function wherever the other has one. */
function differences(a: unknown, b: unknown, at = '$'): string[] {
  if (typeof a === 'function' || typeof b === 'function') return typeof a === typeof b ? [] : [`${at}: ${typeof a} vs ${typeof b}`];
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b) ? [] : [`${at}: ${String(a)} vs ${String(b)}`];
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return [`${at}: not the same kind of object`];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((k) => (Object.hasOwn(a, k) && Object.hasOwn(b, k)
    ? differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`)
    : [`${at}.${k}: only in ${Object.hasOwn(a, k) ? 'the bundle' : 'the loader'}`]));
}

const files = readdirSync('scenarios').filter((f) => f.endsWith('.scenario.yaml')).sort();

describe('the bundled scenarios', () => {
  const bundled = bundledScenarios();

  it('are every scenario file, each compiled without an error', () => {
    expect(bundled.map((b) => b.file)).toEqual(files.map((f) => `scenarios/${f}`));
    for (const b of bundled) expect(b.diagnostics.filter((d) => d.severity === 'error'), b.file).toEqual([]);
  });

  it('are the scenarios the loader makes from the files: the same data, the same hash, the same games', () => {
    for (const b of bundled) {
      const loaded = readScenarioFile(b.file).value!;
      expect(b.scenario, b.file).toBeDefined();
      // every value but the compiled formulas, which are compared by what they do; and what JSON would not show
      // (a key holding undefined, -0, NaN, a function where the loader has one)
      expect(differences(b.scenario, loaded), b.file).toEqual([]);
      expect(b.diagnostics, b.file).toEqual(readScenarioFile(b.file).diagnostics);
      expect(b.scenario!.hash).toBe(loaded.hash);
      for (const policy of ['learning', 'compliance']) {
        const a = simulate(b.scenario!, BUILT_IN[policy], { runs: 3, seed: 'bundled' });
        const c = simulate(loaded, BUILT_IN[policy], { runs: 3, seed: 'bundled' });
        expect(JSON.stringify(a.runs), `${b.file} ${policy}`).toBe(JSON.stringify(c.runs));
      }
    }
  });

  it('in Welsh are the same scenarios in other words: the translated texts, the same hash, the same games', () => {
    const welsh = bundledScenarios('cy');
    const northmoor = welsh.find((b) => b.scenario?.id === 'northmoor')!;
    const english = bundled.find((b) => b.scenario?.id === 'northmoor')!;
    expect(northmoor.translation).toEqual({ locale: 'cy', reviewed: false });
    expect(northmoor.scenario!.calendar.phases[0].title).not.toBe(english.scenario!.calendar.phases[0].title);
    expect(northmoor.scenario!.intro).toMatch(/Northmoor/);
    expect(northmoor.scenario!.intro).not.toBe(english.scenario!.intro);
    // untranslated texts stay in English: each decision whose title the file leaves empty keeps its English title
    const file = 'scenarios/translations/northmoor.cy.yaml';
    const translated = new Map(readTranslationData(readFileSync(file, 'utf8'), file)!.strings.map((e) => [e.id, e.text]));
    for (const d of english.scenario!.decisions) {
      const text = translated.get(`decisions.${d.id}.title`);
      expect(northmoor.scenario!.decisions.find((x) => x.id === d.id)!.title, d.id).toBe(text ? text : d.title);
    }
    expect(northmoor.scenario!.hash).toBe(english.scenario!.hash);
    const a = simulate(northmoor.scenario!, BUILT_IN.balanced, { runs: 3, seed: 'cy' });
    const c = simulate(english.scenario!, BUILT_IN.balanced, { runs: 3, seed: 'cy' });
    expect(JSON.stringify(a.runs)).toBe(JSON.stringify(c.runs));
    // a language with no translation gives the scenarios in their own words
    expect(bundledScenarios('fr').every((b) => b.translation === undefined)).toBe(true);
  });

  it('in the pseudo-locale have every text a player reads accented, bracketed and longer, and the same games', () => {
    const pseudo = bundledScenarios(PSEUDO_LOCALE);
    for (const b of pseudo) {
      const english = bundled.find((e) => e.file === b.file)!;
      const sc = b.scenario!;
      const texts = [sc.title, sc.intro, ...sc.decisions.flatMap((d) => [d.title, d.text]), ...sc.model.variables.map((v) => v.label)];
      for (const text of texts.filter((x) => x.trim() !== '')) expect(text, b.file).toMatch(/^\[[^A-Za-z]+ ~[ ~]*\]\s*$/su);
      expect(sc.decisions[0].title.length, b.file).toBeGreaterThan(english.scenario!.decisions[0].title.length * 1.2);
      expect(sc.hash).toBe(english.scenario!.hash);
      const a = simulate(sc, BUILT_IN.balanced, { runs: 2, seed: 'xa' });
      const c = simulate(english.scenario!, BUILT_IN.balanced, { runs: 2, seed: 'xa' });
      expect(JSON.stringify(a.runs), b.file).toBe(JSON.stringify(c.runs));
    }
  });
});
