// Format 0, the pre-release draft of SCENARIOS.md's first sketch, to format 1. The draft differed in four ways:
// `inspection_regime` was a top-level key (now under `calendar`), endings had `condition` (now `when`), events had
// `probability` (now `chance`), and a decision's `cost` was a plain budget number (now `{ budget: N }`).
// The document finds every place; the edits change only those bytes, so comments and hand formatting stay as written.
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { afterContent, commentsAbove, eol, keyNode, lineStart, nextLine, realign, written, type Edit } from './edits';

export interface Change { offset: number; says: string }
export interface Plan { edits: Edit[]; changes: Change[] }

const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : undefined);
const pairOf = (map: YAMLMap, key: string) => map.items.find((p) => keyOf(p) === key);
const at = (n: Node | null) => n?.range?.[0] ?? 0;

export function migrate0to1(doc: Document, text: string): Plan {
  const edits: Edit[] = [];
  const changes: Change[] = [];
  const top = doc.contents;
  if (!isMap(top)) return { edits, changes };
  const nl = eol(text);

  const format = pairOf(top, 'format');
  if (format && isScalar(format.value)) edits.push({ start: at(format.value as Node), end: (format.value as Node).range![1], text: '1' });

  const regime = pairOf(top, 'inspection_regime');
  if (regime && isScalar(regime.value)) moveRegime(text, top, regime, edits, changes, nl);

  const each = (list: string, fn: (item: YAMLMap, index: number) => void) => {
    const seq = top.get(list, true);
    if (isSeq(seq)) seq.items.forEach((item, i) => { if (isMap(item)) fn(item, i); });
  };
  const rename = (list: string, from: string, to: string) => each(list, (item, i) => {
    const p = pairOf(item, from);
    const key = p && keyNode(p);
    if (!key) return;
    if (pairOf(item, to)) { changes.push({ offset: at(key), says: `${list}[${i}] has both '${from}' and '${to}': '${from}' is left for you to remove` }); return; }
    edits.push({ start: at(key), end: key.range![1], text: to });
    const end = (p.value as Node | null)?.range?.[1];
    const pad = end === undefined ? null : realign(text, end, to.length - from.length);
    if (pad) edits.push(pad);
    changes.push({ offset: at(key), says: `${list}[${i}]: renamed '${from}' to '${to}'` });
  });
  rename('endings', 'condition', 'when');
  rename('events', 'probability', 'chance');

  each('decisions', (item, i) => {
    const p = pairOf(item, 'cost');
    if (!p || !isScalar(p.value) || typeof p.value.value !== 'number') return;
    const { source } = written(text, p.value as Node);
    const value = p.value as Node;
    const budget = `{ budget: ${source} }`;
    edits.push({ start: at(value), end: value.range![1], text: budget });
    const pad = realign(text, value.range![1], budget.length - source.length);
    if (pad) edits.push(pad);
    changes.push({ offset: at(keyNode(p)), says: `decisions[${i}]: cost ${source} is now { budget: ${source} }` });
  });
  return { edits, changes };
}

/** Moves top-level `inspection_regime: X  # comment` (and the comment lines above it) into `calendar`. */
function moveRegime(text: string, top: YAMLMap, regime: Pair, edits: Edit[], changes: Change[], nl: string): void {
  const key = keyNode(regime)!;
  const { source, trailing } = written(text, regime.value as Node);
  const line = lineStart(text, at(key));
  const above = commentsAbove(text, line);
  const calendarPair = pairOf(top, 'calendar');
  const calendar = calendarPair?.value;
  if (!calendarPair || !isMap(calendar)) {
    // no calendar yet: the pair becomes one, where it stands
    edits.push({ start: line, end: nextLine(text, at(regime.value as Node)), text: `calendar:${nl}  inspection_regime: ${source}${trailing ? ` ${trailing.trim()}` : ''}${nl}` });
    changes.push({ offset: at(key), says: "moved 'inspection_regime' into a new 'calendar'" });
    return;
  }
  if (pairOf(calendar, 'inspection_regime')) {
    edits.push({ start: line, end: nextLine(text, at(regime.value as Node)), text: '' });
    changes.push({ offset: at(key), says: "removed top-level 'inspection_regime': 'calendar' already has one, which is kept" });
    return;
  }
  edits.push({ start: above.start, end: nextLine(text, at(regime.value as Node)), text: '' });
  const comment = trailing.trim();
  if (calendar.flow) {
    // `calendar: { quarters: 4 }`: a one-line map cannot hold comments, so they go above the calendar key
    const close = text.lastIndexOf('}', calendar.range![1]);
    let p = close;
    while (p > 0 && /\s/.test(text[p - 1])) p--;
    const sep = text[p - 1] === '{' || text[p - 1] === ',' ? ' ' : ', ';
    edits.push({ start: p, end: p, text: `${sep}inspection_regime: ${source}` });
    const calLine = lineStart(text, at(keyNode(calendarPair)));
    const indent = ' '.repeat(at(keyNode(calendarPair)) - calLine);
    const moved = [...above.lines, ...(comment ? [comment] : [])];
    if (moved.length) edits.push({ start: calLine, end: calLine, text: moved.map((c) => `${indent}${c}${nl}`).join('') });
  } else {
    const first = keyNode(calendar.items[0]);
    const indent = ' '.repeat(at(first) - lineStart(text, at(first)));
    const last = calendar.items[calendar.items.length - 1];
    const end = afterContent(text, (last.value as Node | null)?.range?.[1] ?? keyNode(last)!.range![1]);
    const lines = [...above.lines.map((c) => `${indent}${c}`), `${indent}inspection_regime: ${source}${comment ? ` ${comment}` : ''}`];
    edits.push({ start: end, end, text: `${text[end - 1] === '\n' ? '' : nl}${lines.join(nl)}${nl}` });
  }
  changes.push({ offset: at(key), says: "moved 'inspection_regime' into 'calendar'" });
}
