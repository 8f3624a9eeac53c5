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

/** Where each line of a source starts, and the line (from 0) of an offset into it. */
function lineIndex(source: string): { lineStarts: number[]; lineOf: (offset: number) => number } {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return lo;
  };
  return { lineStarts, lineOf };
}

/** The literals with words in one file's source that reach the page as text. */
export function rawStrings(file: string, source: string): RawString[] {
  const { program } = parseSync(file, source, { sourceType: 'module', lang: 'ts' });
  const { lineOf, lineStarts } = lineIndex(source);
  const place = (offset: number) => { const l = lineOf(offset); return { line: l + 1, column: offset - lineStarts[l] + 1 }; };
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

/** Words, by the strict rule: two words in a row, or one capitalised word; never a message id or dotted path given
 *  as a value ('play.cue.roomTone'), nor a constant in capitals ('BEGIN'). */
function hasStrictWords(text: string): boolean {
  if (/^[a-z][\w-]*(\.[\w-]+)+$/.test(text.trim())) return false;
  if (!/[A-Za-z]{2,}/.test(text.replaceAll('{}', ''))) return false;
  // a template's value counts as a word: `took ${title}` is words
  const words = text.replaceAll('{}', 'xx');
  return /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(words) || /\b[A-Z][a-z]{2,}/.test(words);
}

const EXEMPTABLE = new Set(['VariableDeclaration', 'ExpressionStatement', 'ReturnStatement', 'Property', 'ArrayExpression', 'ObjectExpression', 'CallExpression', 'NewExpression']);

/** Calls whose arguments are not interface words: a message id, a developer's error or log line. */
const NOT_WORDS_CALLS = new Set(['t', 'Error', 'TypeError', 'RangeError', 'SyntaxError']);
const isConsole = (callee: unknown) => isNode(callee) && callee.type === 'MemberExpression' && isNode(callee.object) && callee.object.type === 'Identifier' && callee.object.name === 'console';

/**
 * Every literal with words in a file of the parts of the game that speak to players without drawing a screen
 * (STRICT_DIRS): there, any words are the interface's unless they say why not on their line, with a trailing
 * `// i18n-exempt: <why>` (a value compared with, an id, a machine's column header). Not counted: message ids given to
 * t(), developers' errors (new Error(...)) and console lines, types, imports, property names and values compared with.
 */
export function strictRawStrings(file: string, source: string): RawString[] {
  const { program, errors } = parseSync(file, source, { sourceType: 'module', lang: 'ts' });
  // a file the parser cannot read would pass with nothing found
  if (errors.length) throw new Error(`${file}: ${errors[0].message}`);
  const lines = source.split('\n');
  const { lineOf, lineStarts } = lineIndex(source);
  // an exemption covers the literal on its line; and a statement, list, map or call written over several lines when
  // the marker is on its first or last line (where a reader sees the whole), never a block or a function around it
  const marked = (line: number) => lines[line].includes('i18n-exempt:');
  const exempt = (node: Node) => {
    if (literalText(node) !== null) { for (let l = lineOf(node.start); l <= lineOf(node.end); l++) if (marked(l)) return true; return false; }
    return EXEMPTABLE.has(node.type) && (marked(lineOf(node.start)) || marked(lineOf(node.end)));
  };
  const found: (RawString & { at: number })[] = [];
  const visit = (node: unknown, covered: boolean): void => {
    if (Array.isArray(node)) { for (const n of node) visit(n, covered); return; }
    if (!isNode(node)) return;
    if (node.type.startsWith('TS') && node.type !== 'TSAsExpression' && node.type !== 'TSNonNullExpression' && node.type !== 'TSSatisfiesExpression') return;
    if (node.type === 'ImportDeclaration' || node.type.startsWith('Export') && node.source) return;
    const here = covered || exempt(node);
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const callee = node.callee as Node;
      const name = isNode(callee) && callee.type === 'Identifier' ? callee.name as string : '';
      if (NOT_WORDS_CALLS.has(name) || isConsole(callee)) {
        // t(id, values): the values may hold words
        if (name === 't') visit((node.arguments as Node[]).slice(1), here);
        return;
      }
    }
    if (node.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(node.operator as string)) return;
    if (node.type === 'SwitchCase') { visit(node.consequent, here); return; }
    if (node.type === 'Property' || node.type === 'PropertyDefinition' || node.type === 'MethodDefinition') {
      if (!node.computed) { visit(node.value, here); return; }
    }
    if (node.type === 'MemberExpression' && !node.computed) { visit(node.object, here); return; }
    if (node.type === 'ExpressionStatement' && typeof node.directive === 'string') return;
    const text = literalText(node);
    if (text !== null) {
      if (!here && hasStrictWords(text)) { const line = lineOf(node.start); found.push({ file, line: line + 1, column: node.start - lineStarts[line] + 1, text: text.slice(0, 60), at: node.start }); }
      if (node.type === 'TemplateLiteral') visit(node.expressions, here);
      return;
    }
    for (const k in node) if (k !== 'type' && k !== 'start' && k !== 'end') visit(node[k], here);
  };
  visit(program, false);
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...r }) => r);
}

/** The parts of the game outside src/ui whose words reach players: held to the strict rule, with no baseline. */
export const STRICT_DIRS = ['src/debrief', 'src/present', 'src/workshop', 'src/saves', 'src/state', 'src/learning', 'src/audio', 'src/lms', 'src/content', 'src/i18n'];

/** Every raw string of STRICT_DIRS, by file. */
export function strictRawStringsOfGame(): Record<string, RawString[]> {
  const out: Record<string, RawString[]> = {};
  for (const dir of STRICT_DIRS) {
    for (const path of filesUnder(join(ROOT, dir)).sort()) {
      const file = relative(ROOT, path);
      const found = strictRawStrings(file, readFileSync(path, 'utf8'));
      if (found.length) out[file] = found;
    }
  }
  return out;
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
    for (const list of [...Object.values(all), ...Object.values(strictRawStringsOfGame())]) for (const r of list) console.log(`${r.file}:${r.line}:${r.column} ${JSON.stringify(r.text)}`);
  }
}
