// A parsed YAML file that can answer "where is this?" for any path in it, so every diagnostic has file:line:col.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Diagnostic, Severity } from './diagnostics';
import { excess, type Excess } from './nesting';

export type Path = readonly (string | number)[];

export class SourceFile {
  readonly lines = new LineCounter();
  readonly doc: Document.Parsed;
  /** Past the limits of nesting or size: the file is not parsed at all, and this is its one diagnostic. */
  private readonly tooMuch: Excess | null;
  readonly text: string;
  constructor(readonly file: string, text: string) {
    // a byte-order mark (some Windows editors write one) is not part of the text: columns on line 1 count without it
    this.text = text.replace(/^\ufeff/, '');
    this.tooMuch = excess(this.text);
    this.doc = parseDocument(this.tooMuch ? '' : this.text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false, merge: false, logLevel: 'error' });
  }

  /** Parse problems, reported before anything else so a syntax slip never cascades into bogus schema errors. */
  parseDiagnostics(): Diagnostic[] {
    if (this.tooMuch) {
      const before = this.text.slice(0, Math.min(this.tooMuch.offset, this.text.length));
      const line = before.split('\n').length;
      const col = before.length - before.lastIndexOf('\n');
      return [{ code: 'SC0005', severity: 'error', message: this.tooMuch.message, hint: this.tooMuch.hint, file: this.file, line, col, length: 1 }];
    }
    const out: Diagnostic[] = [];
    // after one syntax slip the parser's later complaints are mostly echoes of it (a stray bracket gave hundreds, their
    // lines drifting): only the first is reported; duplicate keys are each real, and all are
    const syntax = this.doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0]);
    const errors = syntax.length ? [syntax[0]] : this.doc.errors;
    for (const e of errors) {
      const dup = e.code === 'DUPLICATE_KEY';
      const message = dup ? 'duplicate key: a key may appear only once in a map' : firstLine(e.message);
      // the parser notices a quote left open only at the end of the file: point at the quote that opened it
      const opened = e.code === 'MISSING_CHAR' && /quote/.test(e.message) ? unclosedQuote(this.text) : null;
      if (opened !== null) { out.push(this.at(opened, 1, 'SC0001', 'error', `this ${this.text[opened] === '"' ? 'double' : 'single'} quote is never closed`, `close it with ${this.text[opened]} at the end of the text, or leave the text unquoted`)); continue; }
      out.push(this.at(e.pos[0], Math.max(1, e.pos[1] - e.pos[0]), dup ? 'SC0002' : 'SC0001', 'error', message,
        dup ? 'remove or rename one of them' : 'check indentation, colons and quotes near here'));
    }
    if (out.length === 0) {
      visit(this.doc, {
        Pair: (_k, pair) => {
          if (pair.key !== null && !isScalar(pair.key) && !isAlias(pair.key)) {
            out.push(this.nodeDiag(pair.key as Node, 'SC0001', 'error', 'a key must be a name, not a list or a map', 'check indentation, colons and braces near here'));
          }
          // read as plain data it would set the map's prototype, not a key: never a name a file can use
          // merging is off (merge: false), so '<<' would be read as a key of its own and fail as one
          if (isScalar(pair.key) && pair.key.value === '<<') {
            out.push(this.nodeDiag(pair.key as Node, 'SC0003', 'error', "merge key '<<' used", 'write the values out in full: merged maps make files hard to read and to translate'));
          }
          if (isScalar(pair.key) && pair.key.value === '__proto__') {
            out.push(this.nodeDiag(pair.key as Node, 'SC0103', 'error', "'__proto__' cannot be a key", 'rename it: no key of a scenario or model file is called that'));
          }
        },
        Alias: (_k, node) => {
          if (node.resolve(this.doc)) out.push(this.nodeDiag(node, 'SC0003', 'warning', 'alias used', 'write the value out in full: aliases make files hard to read'));
          else out.push(this.nodeDiag(node, 'SC0003', 'error', `alias '*${node.source}' refers to no anchor before it`, 'write the value out in full'));
        },
        Node: (_k, node) => {
          if ((node as { anchor?: string }).anchor) out.push(this.nodeDiag(node, 'SC0003', 'warning', `anchor '&${(node as { anchor?: string }).anchor}' used`, 'write values out in full'));
        },
      });
    }
    return out;
  }

  /** The file as plain data. YAML can still refuse here (an alias bomb), so this never throws: it reports instead. */
  data(): { data?: unknown; diagnostics: Diagnostic[] } {
    try {
      return { data: this.doc.toJS(), diagnostics: [] };
    } catch (e) {
      return { diagnostics: [this.at(0, 1, 'SC0003', 'error', firstLine((e as Error).message), 'write values out in full instead of using aliases')] };
    }
  }

  /** The node at a path, or the nearest existing ancestor. */
  nodeAt(path: Path): Node | null {
    let node: unknown = this.doc.contents;
    let last: Node | null = (node as Node) ?? null;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) return last;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(key)];
      } else return last;
      if (node) last = node as Node;
      else return last;
    }
    return last;
  }

  /** The key node of the last path element (for "unknown key" and "unknown variable in effects"). */
  keyAt(path: Path): Node | null {
    const parent = this.nodeAt(path.slice(0, -1));
    const key = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (pair && isScalar(pair.key)) return pair.key as Node;
    }
    return this.nodeAt(path);
  }

  at(offset: number, length: number, code: string, severity: Severity, message: string, hint?: string): Diagnostic {
    const { line, col } = this.lines.linePos(offset);
    const lineText = this.text.split(/\r?\n/)[line - 1] ?? '';
    const len = Math.max(1, Math.min(length, lineText.length - col + 1));
    return { code, severity, message, hint, file: this.file, line, col, length: len };
  }

  nodeDiag(node: Node | null, code: string, severity: Severity, message: string, hint?: string): Diagnostic {
    const range = node?.range ?? [0, 1, 1];
    return this.at(range[0], range[1] - range[0], code, severity, message, hint);
  }

  pathDiag(path: Path, code: string, severity: Severity, message: string, hint?: string, key = false): Diagnostic {
    return this.nodeDiag(key ? this.keyAt(path) : this.nodeAt(path), code, severity, message, hint);
  }

  /**
   * Offset in the file of character `offset` of the scalar at path (expressions point inside their string), through
   * quotes, escapes, folded lines and block-scalar indentation. `offset` may be the value's length (just after it).
   */
  stringOffset(path: Path, offset: number): number {
    const node = this.nodeAt(path);
    if (!node || !isScalar(node) || !node.range) return node?.range?.[0] ?? 0;
    const [start, end] = node.range;
    const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const from = block ? Math.max(start, this.text.indexOf('\n', start)) : start + (quoted ? 1 : 0);
    return locate(this.text, from, end, String(node.value), offset, node.type === 'QUOTE_DOUBLE');
  }
}

/** Where the quoted text that never closes opens: a quote that starts a value (first on its line, or after ": ",
 *  "- ", a bracket or a comma), read as YAML reads quotes ('' inside single quotes, backslash escapes inside double). */
function unclosedQuote(text: string): number | null {
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open !== null) {
      const kind = text[open];
      if (kind === '"' && c === '\\') i++;
      else if (kind === "'" && c === "'" && text[i + 1] === "'") i++;
      else if (c === kind) open = null;
      continue;
    }
    if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\n')) { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (c !== '"' && c !== "'") continue;
    let j = i - 1;
    while (j >= 0 && text[j] === ' ') j--;
    const before = j < 0 ? '\n' : text[j];
    if (before === '\n' || before === '[' || before === '{' || before === ',' || ((before === ':' || before === '-') && j < i - 1)) open = i;
  }
  return open;
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Where character `target` of a scalar's value sits in its source text. The value is the source with characters
 * dropped (quotes, indentation, line breaks folded to one space) or escapes collapsed, so the walk matches greedily.
 */
function locate(text: string, from: number, end: number, value: string, target: number, escapes: boolean): number {
  let j = from;
  for (let i = 0; i < Math.min(target + 1, value.length); i++) {
    while (j < end && !(escapes && text[j] === '\\' && text[j + 1] !== '\n' && text[j + 1] !== '\r') && text[j] !== value[i]) j++;
    if (i === target || j >= end) return Math.min(j, end);
    j += escapes && text[j] === '\\' ? escapeLength(text[j + 1]) : 1;
  }
  return Math.min(j, end);
}

function escapeLength(c: string | undefined): number {
  return c === 'x' ? 4 : c === 'u' ? 6 : c === 'U' ? 10 : 2;
}
