// A flow's name in the debrief: "from->to" for a link (compiled with the label "from sign to"), the label otherwise.
import type { FlowDef } from './types';

export function flowKey(flow: FlowDef): string {
  return flowSource(flow)?.key ?? flow.label;
}

export function flowSource(flow: FlowDef): { key: string; from: string } | undefined {
  const m = /^([a-z][a-z0-9_]*) [+-] ([a-z][a-z0-9_]*)$/.exec(flow.label);
  return m ? { key: `${m[1]}->${m[2]}`, from: m[1] } : undefined;
}
