// Arrow keys move between the controls of a group (cards, choices), as well as Tab.
export function arrowNavigation(container: HTMLElement, selector: string): void {
  container.addEventListener('keydown', (e) => {
    const keys: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
    const dir = keys[e.key];
    if (!dir) return;
    const items = [...container.querySelectorAll<HTMLElement>(selector)];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (i < 0) return;
    e.preventDefault();
    items[(i + dir + items.length) % items.length].focus();
  });
}

/**
 * A grid of cards is one stop for Tab (the card in hand, or the first chosen, or the first), and the arrow keys move
 * inside it as the eye does: left and right along a row, up and down a column; Home and End go to the first and the
 * last. So Tab goes from the cards straight on to what follows them, and a long agenda costs few key presses.
 */
export function gridNavigation(container: HTMLElement, selector: string): void {
  const items = () => [...container.querySelectorAll<HTMLElement>(selector)];
  const all = items();
  const start = all.find((el) => el.getAttribute('aria-pressed') === 'true') ?? all[0];
  for (const el of all) el.tabIndex = el === start ? 0 : -1;
  container.addEventListener('focusin', (e) => {
    const now = (e.target as HTMLElement).closest<HTMLElement>(selector);
    if (!now) return;
    for (const el of items()) el.tabIndex = el === now ? 0 : -1;
  });
  container.addEventListener('keydown', (e) => {
    const list = items();
    const i = list.indexOf(document.activeElement as HTMLElement);
    if (i < 0) return;
    // the columns of the grid as laid out now: the items that share the first one's top edge
    const top = list[0].getBoundingClientRect().top;
    const columns = Math.max(1, list.filter((el) => Math.abs(el.getBoundingClientRect().top - top) < 2).length);
    const to: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, ArrowDown: i + columns, ArrowUp: i - columns, Home: 0, End: list.length - 1 };
    if (!(e.key in to)) return;
    e.preventDefault();
    const j = to[e.key];
    if (j >= 0 && j < list.length) list[j].focus();
  });
}
