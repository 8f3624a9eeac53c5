// Shared by the test folders: the bundled scenarios, each loaded once.
import type { Scenario } from '../../src/engine/types';
import { readScenarioFile } from '../../tools/scenario/files';

const cache = new Map<string, Scenario>();
export function scenario(id: string): Scenario {
  let s = cache.get(id);
  if (!s) {
    const r = readScenarioFile(`scenarios/${id}.scenario.yaml`);
    if (!r.value) throw new Error(`${id} does not load: ${r.diagnostics.map((d) => d.message).join('; ')}`);
    s = r.value;
    cache.set(id, s);
  }
  return s;
}
