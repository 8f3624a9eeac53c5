// Printing findings (and the loader's diagnostics, which share their shape) for people, for programs and for CI.
import { codeFrame } from '../diagnostics';
import type { LintSeverity } from './codes';

export type LintFormat = 'text' | 'json' | 'github';
export const LINT_FORMATS: readonly LintFormat[] = ['text', 'json', 'github'];

/** A finding or a loader diagnostic. */
export interface Reportable { code: string; severity: LintSeverity; message: string; hint?: string; file: string; line: number; col: number; length: number }

/** text: like the validator, with a code frame; json: one array; github: workflow commands that annotate the diff. */
export function formatFindings(fs: readonly Reportable[], format: LintFormat, sources: Record<string, string> = {}): string {
  if (format === 'json') {
    return `${JSON.stringify(fs.map(({ code, severity, message, hint, file, line, col }) => ({ code, severity, message, hint: hint ?? null, file, line, col })), null, 2)}\n`;
  }
  if (format === 'github') return fs.map(github).join('');
  return fs.map((f) => {
    const head = `${f.file}:${f.line}:${f.col} ${f.severity} ${f.code} ${f.message}${f.hint ? ` - ${f.hint}` : ''}`;
    const source = sources[f.file];
    return source === undefined ? `${head}\n` : `${head}\n${codeFrame(source, f.line, f.col, f.length)}\n`;
  }).join('');
}

const COMMAND: Record<LintSeverity, string> = { error: 'error', warning: 'warning', info: 'notice' };

// GitHub's workflow commands: data escapes %, CR and LF; properties also escape ':' and ','.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function github(f: Reportable): string {
  const message = `${f.message}${f.hint ? ` - ${f.hint}` : ''}`;
  return `::${COMMAND[f.severity]} file=${prop(f.file)},line=${f.line},col=${f.col},title=${prop(f.code)}::${data(message)}\n`;
}

/** "2 errors, 1 warning, 3 notes", or "ok". */
export function summary(fs: readonly Reportable[]): string {
  const n = (sev: LintSeverity, word: string) => { const k = fs.filter((f) => f.severity === sev).length; return k ? `${k} ${word}${k === 1 ? '' : 's'}` : ''; };
  return [n('error', 'error'), n('warning', 'warning'), n('info', 'note')].filter(Boolean).join(', ') || 'ok';
}
