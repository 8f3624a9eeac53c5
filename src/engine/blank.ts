// Objects keyed by a scenario's ids, made with every key they will hold. An object that gains keys one by one (more
// than a dozen or so) becomes a slow dictionary in V8, copied about ten times slower; one made with all its keys stays
// a fast object, and so do its copies. Unset keys hold undefined, which JSON and the state hash leave out.

/** A fresh object with these keys, in this order, all unset. */
export function blankOf<V>(keys: readonly string[]): Record<string, V> {
  // JSON.parse makes a fast object with own keys, whatever the ids are (even one named like Object.prototype's members)
  const o = JSON.parse(JSON.stringify(Object.fromEntries(keys.map((k) => [k, 0])))) as Record<string, V>;
  for (const k of keys) o[k] = undefined as V;
  return o;
}
