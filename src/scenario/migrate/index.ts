// Migrating scenario files to a newer format, keeping their comments: each migration reads the YAML document (the
// `yaml` package's Document API gives every node's place) and plans text edits; migrations chain (0 -> 1 -> ...).
import type { Document } from 'yaml';
import type { Diagnostic } from '../diagnostics';
import { hasErrors } from '../diagnostics';
import { SCENARIO_FORMATS } from '../load';
import { SourceFile } from '../source-map';
import { applyEdits } from './edits';
import { migrate0to1, type Plan } from './v0-to-v1';

export interface Migration { from: number; to: number; describe: string; plan: (doc: Document, text: string) => Plan }

/** Every migration, oldest first; each takes a file from format `from` to `from + 1`. */
export const MIGRATIONS: readonly Migration[] = [
  { from: 0, to: 1, describe: 'the pre-release draft (format 0) to format 1', plan: migrate0to1 },
];

/** The formats a file can be migrated from and to. */
export const MIGRATABLE = { oldest: Math.min(...MIGRATIONS.map((m) => m.from)), current: SCENARIO_FORMATS.current } as const;

export interface MigrateResult {
  /** The migrated text; the input unchanged when it is already at the target format. */
  text?: string;
  from?: number;
  to: number;
  /** What changed, each with the line:col it was at in the file it was made on: "10:1 moved 'inspection_regime' into 'calendar'". */
  changes: string[];
  diagnostics: Diagnostic[];
}

export function migrateScenario(file: string, text: string, to: number = SCENARIO_FORMATS.current): MigrateResult {
  const src = new SourceFile(file, text);
  const fail = (d: Diagnostic): MigrateResult => ({ to, changes: [], diagnostics: [d] });
  const parse = src.parseDiagnostics();
  if (hasErrors(parse)) return { to, changes: [], diagnostics: parse };
  const from = (src.data().data as { format?: unknown } | undefined)?.format;
  if (from === undefined) return fail(src.pathDiag([], 'SC0011', 'error', "this scenario file has no 'format'", "add the format it was written in, e.g. 'format: 0' for a draft"));
  if (typeof from !== 'number' || !Number.isInteger(from) || from < MIGRATABLE.oldest || from > MIGRATABLE.current) {
    return fail(src.pathDiag(['format'], 'SC0010', 'error', `scenario format ${JSON.stringify(from)} cannot be migrated: migrations read format ${MIGRATABLE.oldest} to ${MIGRATABLE.current}`));
  }
  if (!Number.isInteger(to) || to < from || to > MIGRATABLE.current) {
    return fail(src.pathDiag(['format'], 'SC0010', 'error', `cannot migrate format ${from} to ${to}: the target must be from ${from} to ${MIGRATABLE.current}`));
  }
  let current = text;
  let doc: SourceFile = src;
  const changes: string[] = [];
  for (let v = from; v < to; v++) {
    const plan = MIGRATIONS.find((x) => x.from === v)!.plan(doc.doc, current);
    for (const c of plan.changes) { const { line, col } = doc.lines.linePos(c.offset); changes.push(`${line}:${col} ${c.says}`); }
    current = applyEdits(current, plan.edits);
    doc = new SourceFile(file, current);
  }
  return { text: current, from, to, changes, diagnostics: [] };
}
