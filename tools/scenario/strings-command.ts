// `scenario strings extract|check FILE --locale L [--out PATH]`: a translator's file of a scenario's or model's words
// (scenarios/translations/ID.L.yaml beside the file), and the check of one: missing, stale and unknown texts.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../src/scenario/diagnostics';
import { noteFor, proseStrings } from '../../src/scenario/prose';
import { ModelFile } from '../../src/scenario/schema/model-schema';
import { ScenarioFile } from '../../src/scenario/schema/scenario-schema';
import { extractTranslation, loadTranslation, LOCALE_TAG, readTranslationData } from '../../src/scenario/translation';
import { parseArgs, UsageError } from './args';
import { display } from './files';

const USAGE = `usage: npm run scenario -- strings extract FILE --locale L [--out PATH]
       npm run scenario -- strings check FILE --locale L [--translation PATH]

  extract   write (or bring up to date) the translation file of FILE's words for locale L: one entry per text,
            with its id, the source, a note for context and the translation (kept from the file there already)
  check     check that translation: texts missing (TR0001), stale (TR0002), unknown (TR0003), twice (TR0004)
  FILE      a scenario or a model file; the translation is translations/ID.L.yaml beside it unless --out/--translation
`;

/** The translation file of a scenario or model file for a locale: translations/ID.LOCALE.yaml beside it. */
export function translationPath(file: string, id: string, locale: string): string {
  return join(dirname(file), 'translations', `${id}.${locale}.yaml`);
}

interface Source { id: string; strings: ReturnType<typeof proseStrings> }
function readSource(file: string): Source | string {
  let data: unknown;
  try { data = parse(readFileSync(file, 'utf8')); } catch (e) { return `cannot read ${display(file)}: ${(e as Error).message.split('\n')[0]}`; }
  const schema = basename(file).endsWith('.model.yaml') ? ModelFile : ScenarioFile;
  const shape = schema.safeParse(data);
  // only a sound file has a stable set of texts: validate says what is wrong with one that is not
  if (!shape.success) return `${display(file)} does not validate: run npm run scenario -- validate ${display(file)} first`;
  return { id: shape.data.id, strings: proseStrings(schema, shape.data) };
}

export function stringsCommand(args: string[], out: (s: string) => void, err: (s: string) => void): number {
  let parsed;
  try { parsed = parseArgs(args, { locale: 'string', out: 'string', translation: 'string' }); } catch (e) {
    if (e instanceof UsageError) { err(`${e.message}\n\n${USAGE}`); return 2; }
    throw e;
  }
  const [action, file, ...more] = parsed.positional;
  const locale = parsed.values.locale as string | undefined;
  if ((action !== 'extract' && action !== 'check') || !file || more.length || !locale) { err(USAGE); return 2; }
  if (!LOCALE_TAG.test(locale)) { err(`--locale needs a language tag such as cy (got '${locale}')\n`); return 2; }
  const source = readSource(file);
  if (typeof source === 'string') { err(`${source}\n`); return 1; }
  const path = (parsed.values[action === 'extract' ? 'out' : 'translation'] as string | undefined) ?? translationPath(file, source.id, locale);
  if (action === 'extract') {
    const previous = existsSync(path) ? readTranslationData(readFileSync(path, 'utf8'), display(path)) : undefined;
    if (existsSync(path) && !previous) { err(`${display(path)} is not a sound translation file: mend it (npm run scenario -- strings check) before extracting into it\n`); return 1; }
    const r = extractTranslation(source.id, locale, source.strings, noteFor, previous);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, r.text);
    out(`wrote ${display(path)}: ${source.strings.length} texts (${r.added} new, ${r.changed} whose source changed, ${r.dropped} no longer in the file)\n`);
    return 0;
  }
  if (!existsSync(path)) { err(`no translation ${display(path)}: write one with npm run scenario -- strings extract ${display(file)} --locale ${locale}\n`); return 1; }
  const text = readFileSync(path, 'utf8');
  const r = loadTranslation({ file: display(path), text }, source.id, source.strings);
  for (const d of r.diagnostics) out(`${formatDiagnostic(d, text)}\n`);
  const done = r.value ? r.value.texts.size : 0;
  out(`${display(path)}: ${hasErrors(r.diagnostics) ? 'errors' : `${done} of ${source.strings.length} texts translated and up to date${r.value?.reviewed ? ', reviewed' : ', not yet reviewed by a fluent speaker'}`}\n`);
  return hasErrors(r.diagnostics) ? 1 : 0;
}

/** Every translation beside a sound scenario or model file (translations/ID.*.yaml), checked: what `validate` adds. */
export function checkTranslationsBeside(file: string): { file: string; text: string; diagnostics: Diagnostic[] }[] {
  const dir = join(dirname(file), 'translations');
  if (!existsSync(dir)) return [];
  const source = readSource(file);
  if (typeof source === 'string') return [];
  return readdirSync(dir).filter((f) => f.startsWith(`${source.id}.`) && f.endsWith('.yaml')).sort().map((f) => {
    const path = join(dir, f);
    const text = readFileSync(path, 'utf8');
    return { file: display(path), text, diagnostics: loadTranslation({ file: display(path), text }, source.id, source.strings).diagnostics };
  });
}
