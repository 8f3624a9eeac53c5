// Which strings of a scenario or model file are words a player reads (prose), marked once in the schema, and every
// one of a file found with a stable id built from its place: `decisions.practice_visits.title`. The id uses the ids
// a file already has (never translated), so it survives reordering; a list without ids uses the item's position.
import { z } from 'zod';
import { layOver, type Placed } from './lay-over';

/** The schemas of prose fields. */
export const PROSE = z.registry<{ prose: true }>();

/** A prose string: a field a player reads, and a translator translates. */
export function prose(description?: string): z.ZodString {
  const s = description === undefined ? z.string() : z.string().describe(description);
  return s.register(PROSE, { prose: true });
}

export interface ProseString {
  /** Stable id: keys and ids from the file's root to the string, joined with '.'. */
  id: string;
  /** Where it is in the parsed data: the keys and list positions to follow. */
  path: (string | number)[];
  text: string;
  /** What the schema says of the field, if anything: context for a translator. */
  about?: string;
}

type AnySchema = z.core.$ZodType;

/** Every prose string of parsed file data, in file order, by walking the data beside the schema it was checked with. */
export function proseStrings(schema: AnySchema, data: unknown): ProseString[] {
  const out: ProseString[] = [];
  walk(schema, data, [], [], out);
  return out;
}

function walk(schema: AnySchema, data: unknown, path: (string | number)[], id: string[], out: ProseString[]): void {
  if (PROSE.has(schema)) {
    const about = (schema as z.ZodType).description;
    if (typeof data === 'string') out.push({ id: id.join('.'), path, text: data, ...(about ? { about } : {}) });
    return;
  }
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'catch': case 'readonly':
      walk(def.innerType as AnySchema, data, path, id, out);
      return;
    case 'object': {
      if (!isRecord(data)) return;
      for (const [k, s] of Object.entries(def.shape as Record<string, AnySchema>)) if (Object.hasOwn(data, k)) walk(s, data[k], [...path, k], [...id, k], out);
      return;
    }
    case 'record': {
      if (!isRecord(data)) return;
      for (const k of Object.keys(data)) walk(def.valueType as AnySchema, data[k], [...path, k], [...id, k], out);
      return;
    }
    case 'array': {
      if (!Array.isArray(data)) return;
      data.forEach((item, i) => {
        const own = isRecord(item) && typeof item.id === 'string' ? item.id : String(i);
        walk(def.element as AnySchema, item, [...path, i], [...id, own], out);
      });
      return;
    }
    case 'union': {
      // the option the data fits (a guide's quarter is a text or a list of steps)
      const option = (def.options as AnySchema[]).find((o) => z.safeParse(o, data).success);
      if (option) walk(option, data, path, id, out);
      return;
    }
    default:
      return;
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The data with some prose replaced (a translation laid over it): a copy, the original untouched. */
export function withProse(data: unknown, replace: ReadonlyMap<string, string>, strings: readonly ProseString[]): unknown {
  return layOver(data, placed(replace, strings));
}

/** A translation's texts with their places in the file's data (what the game receives for a bundled scenario). */
export function placed(replace: ReadonlyMap<string, string>, strings: readonly ProseString[]): Placed[] {
  return strings.flatMap((s) => { const text = replace.get(s.id); return text === undefined ? [] : [[s.path, text] as const]; });
}

const PLACES: Record<string, string> = {
  decisions: 'a decision on the agenda', events: 'an event in the inbox', stories: 'a practice story', endings: 'an ending',
  roles: 'a board member', reflections: 'a debrief question', check: 'the check of understanding', calendar: 'a phase of the calendar',
  guide: 'the guide\'s hints', variables: 'a number', derived: 'a number worked out from others', display: 'the dashboard',
};

/** A translator's note for a string: where the player meets it, and what the format says of the field. */
export function noteFor(s: ProseString): string {
  // a level's label is named by the map it is in: "level 'good' of a number", not "good of a number"
  const inMap = s.path.length >= 2 && s.path[s.path.length - 2] === 'level_labels';
  const field = inMap ? `level '${String(s.path[s.path.length - 1])}'` : String(s.path[s.path.length - 1]);
  const where = s.path.length === 1 ? 'the scenario (chooser card, briefing)' : PLACES[String(s.path[0])] ?? String(s.path[0]);
  const inner = s.path.includes('variants') ? ', a variant' : s.path.includes('choices') ? ', an answer' : s.path.includes('says') ? ', a line said in the briefing' : '';
  return `${field} of ${where}${inner}${s.about ? `: ${s.about}` : ''}`;
}
