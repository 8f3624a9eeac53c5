// A flow's name in the debrief: "from->to" for a link (compiled with the label "from sign to"), the label otherwise.
import type { FlowDef } from './types';

const keys = new WeakMap<FlowDef, string>();
/** Worked out once per flow: every quarter's resolution names each of its pushes. */
export function flowKey(flow: FlowDef): string {
  let key = keys.get(flow);
  if (key === undefined) { key = flowSource(flow)?.key ?? flow.label; keys.set(flow, key); }
  return key;
}

export function flowSource(flow: FlowDef): { key: string; from: string } | undefined {
  const m = /^([a-z][a-z0-9_]*) [+-] ([a-z][a-z0-9_]*)$/.exec(flow.label);
  return m ? { key: `${m[1]}->${m[2]}`, from: m[1] } : undefined;
}
