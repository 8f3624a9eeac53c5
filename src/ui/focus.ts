// Re-rendering replaces elements; focus follows the element with the same data-focus key so keyboard users keep their place.
export function focusKey(): string | null {
  const el = document.activeElement as HTMLElement | null;
  return el?.closest<HTMLElement>('[data-focus]')?.dataset.focus ?? null;
}

export function restoreFocus(root: HTMLElement, key: string | null, fallback: string | null): void {
  const find = (k: string | null) => (k ? root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(k)}"]`) : null);
  const target = find(key) ?? find(fallback) ?? root.querySelector<HTMLElement>('h1, [data-autofocus]');
  if (target) {
    if (!target.hasAttribute('tabindex') && !/^(BUTTON|A|INPUT|SELECT|TEXTAREA|SUMMARY)$/.test(target.tagName)) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: false });
  }
}
