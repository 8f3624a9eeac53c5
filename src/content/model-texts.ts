// The bundled model files as text, for a scenario file a player opens in the game (it may name a bundled model). Loaded
// only with the file opener, never to start the game.
import type { TextFile } from '../scenario/load';

const modelTexts = import.meta.glob('../../scenarios/models/*.model.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export function modelSource(id: string): TextFile | null {
  const key = Object.keys(modelTexts).find((k) => k.endsWith(`/${id}.model.yaml`));
  return key ? { file: key.replace(/^(\.\.\/)+/, ''), text: modelTexts[key] } : null;
}
