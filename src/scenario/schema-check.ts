// Run a zod schema over a parsed file and turn its issues into located, coded diagnostics.
import type { z } from 'zod';
import type { Diagnostic } from './diagnostics';
import { suggest } from './expr';
import type { SourceFile } from './source-map';

export function checkShape<T>(schema: z.ZodType<T>, src: SourceFile, data: unknown): { value?: T; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const known = knownKeys(schema);
  const out: Diagnostic[] = [];
  for (const issue of result.error.issues) out.push(...toDiagnostics(issue, src, data, known));
  return { diagnostics: dedupe(out) };
}

function toDiagnostics(issue: z.core.$ZodIssue, src: SourceFile, data: unknown, known: Set<string>): Diagnostic[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const where = path.length ? `'${path.join('.')}'` : 'the file';
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const near = suggest(key, known);
      // a key with spaces is nearly always the rest of a text cut at a comma inside { }
      const cut = /\s/.test(key.trim());
      return src.pathDiag([...path, key], 'SC0103', 'error', `unknown key '${key}' in ${where}`,
        cut ? 'this looks like the rest of a text cut at a comma: inside { } quote a value that has a comma, e.g. label: "Yes, at once"'
          : near ? `did you mean '${near}'?` : 'see scenarios/README.md for the keys this place takes', true);
    });
  }
  if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) {
    const key = path[path.length - 1];
    return [src.pathDiag(path.slice(0, -1), 'SC0100', 'error', `missing required key '${String(key)}'`,
      `add '${String(key)}:' here`, path.length > 1)];
  }
  if (issue.code === 'invalid_type') {
    return [src.pathDiag(path, 'SC0101', 'error', `${where} should be ${article(issue.expected)}`, undefined)];
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    const got = valueAt(data, path);
    const near = typeof got === 'string' ? suggest(got, issue.values.map(String)) : undefined;
    return [src.pathDiag(path, 'SC0104', 'error', `${where} must be one of ${allowed}`, near ? `did you mean '${near}'?` : undefined)];
  }
  return [src.pathDiag(path, 'SC0104', 'error', `${where}: ${issue.message}`)];
}

function article(t: string): string {
  const name = t === 'object' ? 'a map (key: value)' : t === 'array' ? 'a list' : t === 'int' ? 'a whole number' : `a ${t}`;
  return name;
}

export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/** Every key name any object in the schema accepts: the vocabulary for did-you-mean on unknown keys. */
function knownKeys(schema: unknown, acc = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return acc;
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return acc;
  if (def.shape && typeof def.shape === 'object') {
    for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) { acc.add(k); knownKeys(v, acc, seen); }
  }
  for (const key of ['element', 'innerType', 'valueType', 'catchall', 'in', 'out']) knownKeys(def[key], acc, seen);
  for (const key of ['options', 'items']) if (Array.isArray(def[key])) for (const o of def[key] as unknown[]) knownKeys(o, acc, seen);
  return acc;
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => { const k = `${d.line}:${d.col}:${d.code}:${d.message}`; if (seen.has(k)) return false; seen.add(k); return true; });
}
