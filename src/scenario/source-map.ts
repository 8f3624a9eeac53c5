// A parsed YAML file that can answer "where is this?" for any path in it, so every diagnostic has file:line:col.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Diagnostic, Severity } from './diagnostics';

export type Path = readonly (string | number)[];

export class SourceFile {
  readonly lines = new LineCounter();
  readonly doc: Document.Parsed;
  constructor(readonly file: string, readonly text: string) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false, merge: false });
  }

  /** Parse problems, reported before anything else so a syntax slip never cascades into bogus schema errors. */
  parseDiagnostics(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const e of this.doc.errors) {
      const dup = e.code === 'DUPLICATE_KEY';
      const message = dup ? 'duplicate key: a key may appear only once in a map' : firstLine(e.message);
      out.push(this.at(e.pos[0], Math.max(1, e.pos[1] - e.pos[0]), dup ? 'SC0002' : 'SC0001', 'error', message,
        dup ? 'remove or rename one of them' : 'check indentation, colons and quotes near here'));
    }
    if (out.length === 0) {
      visit(this.doc, {
        Alias: (_k, node) => { out.push(this.nodeDiag(node, 'SC0003', 'warning', 'alias used', 'write the value out in full: aliases make files hard to read')); },
        Node: (_k, node) => {
          if ((node as { anchor?: string }).anchor) out.push(this.nodeDiag(node, 'SC0003', 'warning', `anchor '&${(node as { anchor?: string }).anchor}' used`, 'write values out in full'));
        },
      });
    }
    return out;
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

  /** Offset in the file of character `offset` inside the string scalar at path (expressions point inside their string). */
  stringOffset(path: Path, offset: number): number {
    const node = this.nodeAt(path);
    if (!node || !isScalar(node) || !node.range) return node?.range?.[0] ?? 0;
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const plain = node.type === 'PLAIN' || quoted;
    return plain ? node.range[0] + (quoted ? 1 : 0) + offset : node.range[0];
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
