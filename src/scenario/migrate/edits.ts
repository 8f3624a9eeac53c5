// Text edits placed by the YAML document's node ranges. A migration changes only the bytes it must: re-printing the
// whole document would keep comments but lose what designers wrote by hand elsewhere (`+8` would become `8`, every
// `{ a: 1 }` would be re-spaced, aligned comments would be pulled in).
import { isScalar, type Node, type Pair } from 'yaml';

export interface Edit { start: number; end: number; text: string }

/** Applies non-overlapping edits (any order). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the line break that ends the line holding `offset` (or the end of the text). */
export function nextLine(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i + 1;
}

/**
 * Just after the line of the last content at or before `end`: a block node's range can run on over the comments and
 * blank lines that follow it (they belong to the next key), so those are stepped back over.
 */
export function afterContent(text: string, end: number): number {
  let q = end;
  for (;;) {
    while (q > 0 && /\s/.test(text[q - 1])) q--;
    const ls = lineStart(text, q);
    if (q > ls && text.slice(ls, q).trim().startsWith('#')) { q = ls; continue; }
    return nextLine(text, q);
  }
}

/** The text of a scalar as written (quotes and all), and what follows it on its line (a trailing comment). */
export function written(text: string, node: Node): { source: string; trailing: string } {
  const [start, end] = node.range ?? [0, 0];
  const lineEnd = nextLine(text, end);
  return { source: text.slice(start, end), trailing: text.slice(end, lineEnd).replace(/\r?\n$/, '').trimEnd() };
}

/** The comment lines directly above a line (no blank line between), as [start offset, their text without indentation]. */
export function commentsAbove(text: string, lineAt: number): { start: number; lines: string[] } {
  let start = lineAt;
  const lines: string[] = [];
  while (start > 0) {
    const prev = lineStart(text, start - 1);
    const line = text.slice(prev, start).replace(/\r?\n$/, '');
    if (!/^\s*#/.test(line)) break;
    lines.unshift(line.trim());
    start = prev;
  }
  return { start, lines };
}

export function keyNode(p: Pair): Node | null {
  return isScalar(p.key) ? (p.key as Node) : null;
}

/**
 * When an edit makes the text before a trailing comment `delta` characters longer (or shorter), take up (or give back)
 * that much of the padding before the comment, so comments aligned in a column stay aligned.
 */
export function realign(text: string, valueEnd: number, delta: number): Edit | null {
  const m = / +(?=#)/y;
  m.lastIndex = valueEnd;
  const pad = m.exec(text)?.[0].length;
  if (pad === undefined || delta === 0) return null;
  return { start: valueEnd, end: valueEnd + pad, text: ' '.repeat(Math.max(1, pad - delta)) };
}
