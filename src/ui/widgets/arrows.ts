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
