// Re-rendering replaces elements; focus follows the element with the same data-focus key so keyboard users keep their place.
export function focusKey(): string | null {
  const el = document.activeElement as HTMLElement | null;
  return el?.closest<HTMLElement>('[data-focus]')?.dataset.focus ?? null;
}

/**
 * Focus after a render: the element the user was on; if it is gone (an answered letter, a closed panel), the next
 * sensible control the screen marks with data-next; on a new phase, the phase's own heading (data-phase-start), so
 * reading starts at what changed and the next Tab is already inside it; otherwise the screen's heading.
 */
export function restoreFocus(root: HTMLElement, key: string | null, fallback: string | null, newPhase = false): void {
  const find = (k: string | null) => (k ? root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(k)}"]`) : null);
  const first = (sel: string) => root.querySelector<HTMLElement>(sel);
  const target = newPhase
    ? first('[data-phase-start]') ?? first('h1, [data-autofocus]')
    : find(key) ?? find(fallback) ?? (key ? first('[data-next]') : null) ?? first('h1, [data-autofocus]');
  if (target) {
    if (!target.hasAttribute('tabindex') && !/^(BUTTON|A|INPUT|SELECT|TEXTAREA|SUMMARY)$/.test(target.tagName)) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: false });
  }
}

// Re-rendering also rebuilds disclosures closed; those the user opened stay open, found by their summary's data-focus key.
export function openDisclosures(root: HTMLElement): Set<string> {
  const keys = new Set<string>();
  for (const d of root.querySelectorAll<HTMLDetailsElement>('details[open]')) {
    const key = d.querySelector<HTMLElement>(':scope > summary[data-focus]')?.dataset.focus;
    if (key) keys.add(key);
  }
  return keys;
}

export function reopenDisclosures(view: HTMLElement, keys: ReadonlySet<string>): void {
  if (keys.size === 0) return;
  for (const s of view.querySelectorAll<HTMLElement>('details > summary[data-focus]')) {
    if (keys.has(s.dataset.focus!)) (s.parentElement as HTMLDetailsElement).open = true;
  }
}
