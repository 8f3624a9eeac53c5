// Interface words written into the code instead of the message files (src/i18n/messages): string and template
// literals with words in them, given as an element's text (h(), button(), prose()) or as an attribute people read or
// hear (aria-label, title, placeholder, alt). Files not yet moved to message ids are held to a baseline count that may
// only fall: `npx tsx tools/i18n/raw-strings.ts` lists every one; `--update` writes the counts down after a fall.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseSync } from 'oxc-parser';

const ROOT = resolve(import.meta.dirname, '../..');
export const BASELINE_FILE = join(ROOT, 'tools/i18n/raw-strings.baseline.json');
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt']);
const TEXT_CALLS = new Set(['h', 'button', 'prose']);

export interface RawString { file: string; line: number; column: number; text: string }

/** Has words: two letters in a row outside placeholders (a class name or an id such as 'set-volume' is not read out). */
function hasWords(text: string): boolean {
  return /[A-Za-z]{2,}/.test(text) && /\s|[A-Z]/.test(text.trim());
}

/** An ESTree node, as oxc-parser gives it: `start` and `end` are offsets into the source. */
interface Node { type: string; start: number; end: number; [key: string]: unknown }
const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && typeof (x as Node).type === 'string';

function literalText(node: Node): string | null {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return (node.quasis as Node[]).map((q) => (q.value as { cooked: string | null }).cooked ?? '').join('{}');
  return null;
}

/** The literals with words in one file's source that reach the page as text. */
export function rawStrings(file: string, source: string): RawString[] {
  const { program } = parseSync(file, source, { sourceType: 'module', lang: 'ts' });
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const place = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
  };
  const found: RawString[] = [];
  const report = (node: unknown) => {
    if (!isNode(node)) return;
    // a choice between two texts (cond ? 'a' : 'b', a || 'b') is two texts
    if (node.type === 'ConditionalExpression') { report(node.consequent); report(node.alternate); return; }
    if (node.type === 'LogicalExpression') { report(node.left); report(node.right); return; }
    if (node.type === 'ParenthesizedExpression' || node.type === 'TSAsExpression') { report(node.expression); return; }
    const text = literalText(node);
    if (text === null || !hasWords(text)) return;
    found.push({ file, ...place(node.start), text: text.slice(0, 60), at: node.start } as RawString & { at: number });
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!isNode(node)) return;
    if (node.type === 'CallExpression' && isNode(node.callee) && node.callee.type === 'Identifier' && TEXT_CALLS.has(node.callee.name as string)) {
      const args = node.arguments as Node[];
      // h(tag, attrs, ...children); button(label, onClick, attrs); prose(text)
      (node.callee.name === 'h' ? args.slice(2) : args.slice(0, 1)).forEach(report);
    }
    if (node.type === 'Property' && isNode(node.key)) {
      const key = node.key.type === 'Identifier' ? node.key.name : node.key.type === 'Literal' ? node.key.value : '';
      if (typeof key === 'string' && READ_ATTRIBUTES.has(key)) report(node.value);
    }
    for (const k in node) if (k !== 'type' && k !== 'start' && k !== 'end') visit(node[k]);
  };
  visit(program);
  return (found as (RawString & { at: number })[]).sort((a, b) => a.at - b.at).map(({ at: _at, ...r }) => r);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every raw string of src/ui, by file (paths from the project root). */
export function rawStringsOfUi(): Record<string, RawString[]> {
  const out: Record<string, RawString[]> = {};
  for (const path of filesUnder(join(ROOT, 'src/ui')).sort()) {
    const file = relative(ROOT, path);
    const found = rawStrings(file, readFileSync(path, 'utf8'));
    if (found.length) out[file] = found;
  }
  return out;
}

export function readBaseline(): Record<string, number> {
  return JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Record<string, number>;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const all = rawStringsOfUi();
  if (process.argv.includes('--update')) {
    const counts = Object.fromEntries(Object.entries(all).map(([f, list]) => [f, list.length]));
    writeFileSync(BASELINE_FILE, `${JSON.stringify(counts, null, 2)}\n`);
    console.log(`wrote ${relative(ROOT, BASELINE_FILE)}: ${Object.values(counts).reduce((a, b) => a + b, 0)} strings in ${Object.keys(counts).length} files still to move to message ids`);
  } else {
    for (const list of Object.values(all)) for (const r of list) console.log(`${r.file}:${r.line}:${r.column} ${JSON.stringify(r.text)}`);
  }
}
