// Laying a translation's texts over file data at their places. Kept apart from prose.ts (which needs the schemas) so
// the game can lay the bundled translations over the bundled scenarios without loading zod.

/** A translated text and where it goes in the file's data: the keys and list positions from the top. */
export type Placed = readonly [path: readonly (string | number)[], text: string];

/** A copy of the data with each text put at its place; a place the data does not have is skipped. */
export function layOver<T>(data: T, texts: readonly Placed[]): T {
  const copy = structuredClone(data);
  for (const [path, text] of texts) {
    let at: unknown = copy;
    for (const k of path.slice(0, -1)) at = typeof at === 'object' && at !== null ? (at as Record<string | number, unknown>)[k] : undefined;
    const last = path[path.length - 1];
    if (typeof at === 'object' && at !== null && typeof (at as Record<string | number, unknown>)[last] === 'string') (at as Record<string | number, unknown>)[last] = text;
  }
  return copy;
}
