// The save file format: a save is the seed and the decision log (plus a state hash per step to catch drift), never the state itself.
// parseSave turns any text into a save or a problem a player can read; it never throws, whatever the text.
import { z } from 'zod';
import { t } from '../i18n/messages';
import { LearningSchema } from '../learning/record';

/** Formats this version writes and still reads. Raise `current` for a new shape; raise `oldest` only when old saves can no longer be read. */
export const SAVE_FORMATS = { current: 1, oldest: 1 } as const;

const Text = z.string().min(1);
export const IntentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('BEGIN') }),
  z.object({ type: z.literal('CHOOSE'), id: Text }),
  z.object({ type: z.literal('UNCHOOSE'), id: Text }),
  z.object({ type: z.literal('COMMIT') }),
  z.object({ type: z.literal('CONTINUE') }),
  z.object({ type: z.literal('ANSWER'), event: Text, choice: Text }),
  z.object({ type: z.literal('DEBRIEF') }),
], { error: () => t('codes.issue.unknownDecision') });

// z.object (not strict): unknown extra keys are dropped, so a hand-annotated save still opens.
export const SaveSchema = z.object({
  saveFormat: z.literal(1),
  id: Text,
  label: z.string(),
  scenario: z.object({ id: Text, title: z.string(), hash: Text }),
  seed: z.string(),
  decisions: z.array(IntentSchema),
  hashes: z.array(Text),
  quarter: z.int().min(0),
  phase: Text,
  savedAt: z.iso.datetime({ offset: true, error: () => t('codes.issue.notDateTime') }),
  ending: z.string().optional(),
  /** The check, reaction and reflections of this game (optional; a damaged one is dropped, never the save). */
  learning: LearningSchema,
}).refine((s) => s.hashes.length === s.decisions.length, { error: () => t('codes.issue.hashCount'), path: ['hashes'] });

/** A save as read. Its decisions must stay engine intents: restore.ts and store.ts pass them to and from the engine, so tsc checks the two agree. */
export type Save = z.infer<typeof SaveSchema>;

export type SaveProblemCode =
  | 'corrupt' | 'truncated' | 'too_new' | 'too_old' | 'invalid' // reading a save
  | 'other_scenario' | 'changed_scenario' | 'drift' | 'replay_stopped' // restoring a game from it
  | 'missing' | 'quota' | 'storage'; // the browser's storage
export interface SaveProblem {
  code: SaveProblemCode;
  message: string;
  /** A warning still comes with a playable game; an error does not (or only with part of it). */
  severity: 'error' | 'warning';
  /** For replay problems: the index of the first decision that no longer replays the same way. */
  step?: number;
}

/** The formats this version reads, as the messages name them: one format, or a range. */
const formats = () => ({ range: SAVE_FORMATS.current === SAVE_FORMATS.oldest ? 'one' : 'many', oldest: SAVE_FORMATS.oldest, current: SAVE_FORMATS.current });
function unreadable(code: SaveProblemCode, message: string): { problem: SaveProblem } {
  return { problem: { code, severity: 'error', message } };
}

export function parseSave(text: string, where: string): { save?: Save; problem?: SaveProblem } {
  try {
    return parseUnsafe(text, where);
  } catch (e) {
    // a last guard so a bug here never takes the save menu down with it
    return unreadable('corrupt', t('codes.save.unexpected', { where, error: e instanceof Error ? e.message : String(e) }));
  }
}

function parseUnsafe(text: string, where: string): { save?: Save; problem?: SaveProblem } {
  if (typeof text !== 'string' || text.trim() === '') return unreadable('truncated', t('codes.save.empty', { where }));
  // a byte-order mark from an editor that saved the file again is not damage
  text = text.replace(/^\ufeff/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const scan = scanJson(text);
    if (scan === 'ends-early') return unreadable('truncated', t('codes.save.endsEarly', { where }));
    return unreadable('corrupt', typeof scan === 'number' ? t('codes.save.notJsonAt', { where, ...lineCol(text, scan) }) : t('codes.save.notJson', { where }));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return unreadable('invalid', t('codes.save.notSave', { where }));
  const version = (data as { saveFormat?: unknown }).saveFormat;
  if (version === undefined) return unreadable('invalid', t('codes.save.noVersion', { where }));
  if (typeof version !== 'number' || !Number.isInteger(version)) return unreadable('invalid', t('codes.save.versionNotWhole', { where, version: JSON.stringify(version) }));
  if (version > SAVE_FORMATS.current) {
    return { problem: { code: 'too_new', severity: 'error', message: t('codes.save.tooNew', { where, version, ...formats() }) } };
  }
  if (version < SAVE_FORMATS.oldest) {
    return { problem: { code: 'too_old', severity: 'error', message: t('codes.save.tooOld', { where, version, ...formats() }) } };
  }
  const r = SaveSchema.safeParse(data);
  if (r.success) return { save: r.data };
  const issue = r.error.issues[0];
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return unreadable('invalid', path ? t('codes.save.invalidAt', { where, path, issue: issue.message }) : t('codes.save.invalid', { where, issue: issue.message }));
}

function lineCol(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * Why JSON.parse failed, told apart without relying on any browser's error wording: 'ends-early' when the text is
 * the start of some valid JSON (a truncated file), else the index of the first bad character. Iterative, so deep
 * nesting cannot overflow the stack.
 */
export function scanJson(text: string): 'ends-early' | 'complete' | number {
  const stack: string[] = [];
  let i = 0;
  let want: 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'after' = 'value';
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++; };
  for (;;) {
    ws();
    if (i >= text.length) return stack.length === 0 && want === 'after' ? 'complete' : 'ends-early';
    const c = text[i];
    if (want === 'after') {
      if (stack.length === 0) return i; // text after a complete value
      const top = stack[stack.length - 1];
      if (c === ',') { i++; want = top === '{' ? 'key' : 'value'; continue; }
      if ((c === '}' && top === '{') || (c === ']' && top === '[')) { stack.pop(); i++; continue; }
      return i;
    }
    if (want === 'colon') { if (c !== ':') return i; i++; want = 'value'; continue; }
    if ((want === 'key-or-end' && c === '}') || (want === 'value-or-end' && c === ']')) { stack.pop(); i++; want = 'after'; continue; }
    if (want === 'key' || want === 'key-or-end') {
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (typeof end !== 'number' || end < 0) return end === 'ends-early' ? 'ends-early' : -end - 1;
      i = end; want = 'colon'; continue;
    }
    // a value
    if (c === '{' || c === '[') { stack.push(c); i++; want = c === '{' ? 'key-or-end' : 'value-or-end'; continue; }
    if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number' || end < 0) return end === 'ends-early' ? 'ends-early' : -end - 1;
      i = end; want = 'after'; continue;
    }
    const word = /^(?:-?[0-9][0-9.eE+-]*|-|[a-z]+)/.exec(text.slice(i, i + 400))?.[0] ?? '';
    if (word === '') return i;
    const atEnd = i + word.length >= text.length;
    const whole = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$/.test(word);
    const start = /^(?:t(?:r(?:ue?)?)?|f(?:a(?:l(?:se?)?)?)?|n(?:u(?:ll?)?)?|-?(?:0|[1-9]\d*)?(?:\.\d*)?(?:[eE][+-]?\d*)?)$/.test(word);
    if (atEnd && (whole || start)) return stack.length === 0 && whole ? 'complete' : 'ends-early';
    if (!whole) return i;
    i += word.length; want = 'after';
  }
}

/** Scans a string starting at its opening quote: the index after its closing quote, 'ends-early', or -(bad index)-1. */
function scanString(text: string, from: number): number | 'ends-early' {
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') return i + 1;
    if (c < ' ') return -i - 1;
    if (c !== '\\') continue;
    const e = text[i + 1];
    if (e === undefined) return 'ends-early';
    if (e === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]*$/.test(hex)) return -(i + 1) - 1;
      if (hex.length < 4) return 'ends-early';
      i += 5;
    } else if ('"\\/bfnrt'.includes(e)) i++;
    else return -(i + 1) - 1;
  }
  return 'ends-early';
}
