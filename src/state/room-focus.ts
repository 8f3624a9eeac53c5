// Which of the briefing's voices the player is pointing at in the page (hover or keyboard focus), for the room to show
// that member speaking. Apart from the app's store on purpose: pointing redraws the room, never the page.
type Listener = (index: number | null) => void;

let pointed: number | null = null;
const listeners = new Set<Listener>();

export function pointAtVoice(index: number | null): void {
  if (index === pointed) return;
  pointed = index;
  for (const l of listeners) l(index);
}

export function pointedVoice(): number | null { return pointed; }

export function onPointedVoice(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
