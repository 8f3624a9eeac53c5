// Scenes draw where the accessible DOM layer leaves room for them: an element's box on the page, read each frame.
export interface Box { x: number; y: number; width: number; height: number; visible: boolean }

export function boxOf(selector: string): Box {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) return { x: 0, y: 0, width: 0, height: 0, visible: false };
  const r = el.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height, visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight };
}
