// Every problem a designer can meet in a file, as data: a stable code, where it is, and how to fix it.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
  file: string;
  /** 1-based line and column of the start of the offending text. */
  line: number;
  col: number;
  /** Length in characters on that line (at least 1), for the code frame's underline. */
  length: number;
}

/** Stable codes. Never renumber: designers search for them, and the guide lists each with its fix. */
export const CODES = {
  SC0001: 'YAML syntax error',
  SC0002: 'duplicate key',
  SC0003: 'anchors, aliases and merge keys are not supported',
  SC0004: 'file cannot be read',
  SC0005: 'file too deep or too large',
  SC0010: 'unsupported format version',
  SC0011: 'missing format version',
  SC0100: 'missing required key',
  SC0101: 'wrong type of value',
  SC0102: 'unknown variable',
  SC0103: 'unknown key',
  SC0104: 'value not allowed',
  SC0105: 'duplicate id',
  SC0106: 'unknown decision, event or reflection id',
  SC0107: 'unknown model',
  SC0108: 'effect on a variable that cannot be changed this way',
  SC0109: 'no ending for every game',
  SC0110: 'bad quarter or range',
  SC0111: 'model mismatch',
  SC0112: 'check not parallel',
  SC0300: 'expression syntax error',
  SC0301: 'unknown identifier in expression',
  SC0302: 'type mismatch in expression',
  SC0303: 'unknown function',
  SC0304: 'wrong number of arguments',
  SC0305: 'not an expression',
  SC0306: 'unknown decision or event id in expression',
  SC0307: 'value not among the levels of a variable',
} as const;
export type Code = keyof typeof CODES;

/** Codes of a translation file (scenario/translation.ts); its shape and syntax errors use the SC codes above. */
export const TRANSLATION_CODES = {
  TR0001: 'text not translated yet',
  TR0002: 'stale translation',
  TR0003: 'translation of a text the file does not have',
  TR0004: 'text translated twice',
  TR0005: 'translation of another file',
} as const;

/** A readable report line plus a code frame, like a compiler's. */
export function formatDiagnostic(d: Diagnostic, source?: string): string {
  const head = `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}${d.hint ? ` - ${d.hint}` : ''}`;
  if (source === undefined) return head;
  return `${head}\n${codeFrame(source, d.line, d.col, d.length)}`;
}

export function codeFrame(source: string, line: number, col: number, length: number): string {
  const lines = source.split(/\r?\n/);
  const from = Math.max(1, line - 1);
  const to = Math.min(lines.length, line + 1);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
    if (n === line) {
      const under = ' '.repeat(Math.max(0, col - 1)) + '^'.repeat(Math.max(1, length));
      out.push(`  ${' '.repeat(width)} | ${under}`);
    }
  }
  return out.join('\n');
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}
