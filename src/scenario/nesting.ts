// Limits a file must keep before it is parsed: a YAML parser (and every walk over what it returns) recurses once per
// level, so a file nested thousands of levels deep would exhaust the stack somewhere with no place to point at. The
// scan counts levels the way YAML opens them: an indented block, a "- " item, a [ or { outside quotes and comments.
// No scenario or model needs a tenth of the limit (Northmoor's deepest point is 7).
export const MAX_DEPTH = 64;
export const MAX_CHARS = 2_000_000;

export interface Excess { message: string; hint: string; offset: number }

export function excess(text: string): Excess | null {
  if (text.length > MAX_CHARS) {
    return { message: `the file has ${text.length.toLocaleString('en-GB')} characters; files of up to ${MAX_CHARS.toLocaleString('en-GB')} are read`, hint: 'split the content, or check the file is the one you meant', offset: MAX_CHARS };
  }
  const blocks: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    let i = 0;
    if (!quote && flow === 0) {
      while (line[i] === ' ') i++;
      const blank = i === line.length || line[i] === '#' || line[i] === '\r';
      if (!blank) {
        while (blocks.length && blocks[blocks.length - 1] >= i) blocks.pop();
        blocks.push(i);
        // each "- " on the line opens a sequence item one level further in
        while (line[i] === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) {
          i += 2;
          blocks.push(i);
          if (blocks.length > MAX_DEPTH) return { message: `the file is nested more than ${MAX_DEPTH} levels deep here`, hint: 'a scenario needs a handful of levels: check for a runaway list', offset: offset + i - 2 };
          while (line[i] === ' ') i++;
        }
      }
    }
    for (; i < line.length; i++) {
      const c = line[i];
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
      if (c === '"' || c === "'") { if (flow > 0 || /[\s:,[{-]/.test(line[i - 1] ?? ' ')) quote = c; }
      else if (c === '[' || c === '{') flow++;
      else if ((c === ']' || c === '}') && flow > 0) flow--;
      if (blocks.length + flow > MAX_DEPTH) {
        return { message: `the file is nested more than ${MAX_DEPTH} levels deep here`, hint: 'a scenario needs a handful of levels: check for a runaway list or map, or brackets that never close', offset: offset + i };
      }
    }
    if (blocks.length > MAX_DEPTH) return { message: `the file is nested more than ${MAX_DEPTH} levels deep here`, hint: 'a scenario needs a handful of levels: check the indentation', offset };
    offset += line.length + 1;
  }
  return null;
}
