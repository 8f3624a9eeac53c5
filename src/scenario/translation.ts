// A translation of a scenario's or a model's words: a file of strings by id (scenarios/translations/ID.LOCALE.yaml),
// each with the source text it was made from, the translation and a note for context. The game lays it over the file
// it translates: the numbers, ids and rules stay the file's own, so saves, transcript tests and workshop sessions are
// the same in every language. Checking it says which strings are missing, which are stale (their source changed since)
// and which ids the file no longer has.
import { stringify } from 'yaml';
import { z } from 'zod';
import { hasErrors, type Diagnostic } from './diagnostics';
import { suggest } from './expr';
import type { ProseString } from './prose';
import { FileId } from './schema/common';
import { checkShape } from './schema-check';
import { SourceFile } from './source-map';

export const TRANSLATION_FORMAT = 1;
/** A language tag as translation files and `strings --locale` take it: cy, cy-GB. */
export const LOCALE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const Entry = z.strictObject({
  id: z.string().describe('Where the string is in the file it translates: keys and ids from the top, joined with dots.'),
  note: z.string().optional().describe('Where the player meets it, for context: not translated.'),
  source: z.string().describe('The text the translation was made from. When the file\'s own text changes, the translation is stale until this is updated.'),
  was: z.string().optional().describe('The source before its last change (written by `strings extract`): delete it once the translation is brought up to date.'),
  text: z.string().describe('The translation; empty while not yet translated (the game then shows the source).'),
});

export const TranslationFile = z.strictObject({
  translation: z.int().describe(`Translation file format version; this game reads ${TRANSLATION_FORMAT}.`),
  of: FileId.describe('The id of the scenario or model file translated.'),
  locale: z.string().regex(LOCALE_TAG, { error: 'a locale is a language tag such as cy or cy-GB' }),
  reviewed: z.boolean().optional().describe('true once a fluent speaker has reviewed the whole translation.'),
  strings: z.array(Entry),
}).describe('A translation of a scenario or model file of Beyond the Numbers.');
export type TranslationData = z.infer<typeof TranslationFile>;

export interface Translation {
  of: string;
  locale: string;
  reviewed: boolean;
  /** Translated texts by id: only those that are up to date (a stale one would say what the rules no longer do). */
  texts: Map<string, string>;
}

/**
 * Reads a translation of the file whose prose is `strings` (id `of`). Missing and stale strings are warnings (the game
 * shows the source for them); an id the file does not have, a repeated id or a translation of another file, errors.
 */
export function loadTranslation(input: { file: string; text: string }, of: string, strings: readonly ProseString[]): { value?: Translation; diagnostics: Diagnostic[] } {
  const src = new SourceFile(input.file, input.text);
  const parse = src.parseDiagnostics();
  if (hasErrors(parse)) return { diagnostics: parse };
  const { data, diagnostics: built } = src.data();
  if (built.length) return { diagnostics: [...parse, ...built] };
  const shape = checkShape(TranslationFile, src, data);
  if (!shape.value) return { diagnostics: [...parse, ...shape.diagnostics] };
  const t = shape.value;
  const out: Diagnostic[] = [...parse];
  if (t.translation !== TRANSLATION_FORMAT) out.push(src.pathDiag(['translation'], 'SC0010', 'error', `translation format ${t.translation} is not supported: this game reads format ${TRANSLATION_FORMAT}`, `set 'translation: ${TRANSLATION_FORMAT}'`));
  if (t.of !== of) out.push(src.pathDiag(['of'], 'TR0005', 'error', `this translates '${t.of}', not '${of}'`, `translate '${of}' in a file of its own (npm run scenario -- strings extract), or set 'of: ${of}' if it was renamed`));
  const source = new Map(strings.map((s) => [s.id, s.text]));
  const texts = new Map<string, string>();
  const seen = new Set<string>();
  t.strings.forEach((e, i) => {
    const at = ['strings', i];
    if (seen.has(e.id)) { out.push(src.pathDiag([...at, 'id'], 'TR0004', 'error', `'${e.id}' is translated twice`, 'keep one of the two entries')); return; }
    seen.add(e.id);
    const now = source.get(e.id);
    if (now === undefined) {
      const near = suggest(e.id, source.keys());
      out.push(src.pathDiag([...at, 'id'], 'TR0003', 'error', `'${t.of}' has no text '${e.id}'`, near ? `did you mean '${near}'? (an id changed, or the text was removed: run strings extract again)` : 'the text was removed or its id changed: run strings extract again'));
      return;
    }
    if (e.text === '') return;
    if (e.source !== now || e.was !== undefined) {
      out.push(src.pathDiag([...at, 'source'], 'TR0002', 'warning', `'${e.id}' is stale: its source text changed since it was translated (the game shows the source until it is brought up to date)`,
        e.source !== now ? `the source now reads: ${JSON.stringify(now.length > 120 ? `${now.slice(0, 117)}...` : now)}; update 'text', then set 'source' to it` : `update 'text' for the new source, then delete 'was'`));
      return;
    }
    texts.set(e.id, e.text);
  });
  const missing = strings.filter((s) => !texts.has(s.id) && !t.strings.some((e) => e.id === s.id && e.text !== ''));
  if (missing.length) {
    const first = missing.slice(0, 3).map((s) => s.id).join(', ');
    out.push(src.pathDiag(['strings'], 'TR0001', 'warning', `${missing.length} of ${strings.length} texts are not translated yet (the game shows the source for them): ${first}${missing.length > 3 ? ', ...' : ''}`,
      'run npm run scenario -- strings extract on the file to list every one, then fill in their text'));
  }
  if (hasErrors(out)) return { diagnostics: out };
  return { value: { of: t.of, locale: t.locale, reviewed: t.reviewed === true, texts }, diagnostics: out };
}

/**
 * The translation file for `strings` of file `of`, keeping what an earlier version (`previous`) already translated:
 * a string whose source changed keeps its translation, with the old source beside it as `was`; ids the file no longer
 * has are dropped. `note` gives each string its context.
 */
export function extractTranslation(of: string, locale: string, strings: readonly ProseString[], note: (s: ProseString) => string, previous?: TranslationData): { text: string; added: number; changed: number; dropped: number } {
  const before = new Map((previous?.strings ?? []).map((e) => [e.id, e]));
  let added = 0;
  let changed = 0;
  const entries = strings.map((s) => {
    const old = before.get(s.id);
    if (!old) { added += 1; return { id: s.id, note: note(s), source: s.text, text: '' }; }
    if (old.source === s.text) return { id: s.id, note: note(s), source: s.text, ...(old.was !== undefined ? { was: old.was } : {}), text: old.text };
    if (old.text === '') return { id: s.id, note: note(s), source: s.text, text: '' };
    changed += 1;
    return { id: s.id, note: note(s), source: s.text, was: old.was ?? old.source, text: old.text };
  });
  const kept = new Set(strings.map((s) => s.id));
  const dropped = [...before.keys()].filter((id) => !kept.has(id)).length;
  const data = { translation: TRANSLATION_FORMAT, of, locale, reviewed: previous?.reviewed ?? false, strings: entries };
  const head = [
    `# The ${locale} translation of '${of}'. Translate each 'text' (empty: the game shows the source). Keep 'id' and 'source'`,
    `# as they are: when a source changes, 'npm run scenario -- strings extract' keeps your text and puts the old source`,
    `# in 'was'; bring the text up to date, then delete 'was'. Set 'reviewed: true' once a fluent speaker has read it all.`,
  ].join('\n');
  return { text: `${head}\n${stringify(data, { lineWidth: 0 })}`, added, changed, dropped };
}

/** Parsed translation data from an existing file's text, when it is sound enough to keep what it translated. */
export function readTranslationData(text: string, file: string): TranslationData | undefined {
  const src = new SourceFile(file, text);
  if (hasErrors(src.parseDiagnostics())) return undefined;
  const { data } = src.data();
  return checkShape(TranslationFile, src, data).value;
}
