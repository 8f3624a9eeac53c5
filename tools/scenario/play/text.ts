// Text for the terminal playthrough: prose reflowed to 80 columns, numbers with their units, quarter labels.
import type { Def } from '../../../src/present/values';

export const WIDTH = 80;

/** Reflows prose (YAML block text keeps its line breaks) into paragraphs wrapped at `width`, each line indented. */
export function wrap(text: string, indent = '', width = WIDTH): string {
  const paragraphs = text.trim().split(/\n\s*\n/);
  return paragraphs.map((p) => wrapParagraph(p.replace(/\s+/g, ' ').trim(), indent, width)).join(`\n${indent.trimEnd()}\n`);
}

function wrapParagraph(text: string, indent: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) { lines.push(indent + line); line = word; }
    else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** Wraps text after a fixed first-line label, continuing under the text: "  1. Title ......\n     more". */
export function hanging(label: string, text: string, width = WIDTH): string {
  const body = wrap(text, ' '.repeat(label.length), width);
  return label + body.slice(label.length);
}

export function rule(title = '', ch = '='): string {
  if (!title) return ch.repeat(WIDTH);
  return `${ch.repeat(2)} ${title} ${ch.repeat(Math.max(2, WIDTH - title.length - 4))}`;
}

export function heading(title: string): string {
  return `${title}\n${'-'.repeat(Math.min(WIDTH, title.length))}`;
}

// Values, quarter labels and variable lookups are the game's own (src/present), so the terminal and the browser agree.
export { quarterLabel } from '../../../src/present/calendar';
export { defOf, formatValue, isVisible, labelOf, type Def } from '../../../src/present/values';

/** A trend arrow from the last value to this one, at the precision shown. */
export function arrow(def: Def | undefined, now: number | string | undefined, before: number | string | undefined): string {
  if (typeof now !== 'number' || typeof before !== 'number') return ' ';
  const d = Number(now.toFixed(def?.decimals ?? 0)) - Number(before.toFixed(def?.decimals ?? 0));
  return d > 0 ? '↑' : d < 0 ? '↓' : '=';
}

export function padEnd(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
export function padStart(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
