// Re-rendering a screen reuses panels whose inputs have not changed (same objects), so a key press rebuilds only what
// it changed: choosing a decision redraws the agenda, not the tables of numbers beside it.
const cache = new Map<string, { keys: readonly unknown[]; node: HTMLElement }>();

export function memo(name: string, keys: readonly unknown[], build: () => HTMLElement): HTMLElement {
  const hit = cache.get(name);
  if (hit && hit.keys.length === keys.length && hit.keys.every((k, i) => k === keys[i])) return hit.node;
  const node = build();
  cache.set(name, { keys, node });
  return node;
}
