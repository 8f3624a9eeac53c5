// The graph as Mermaid (for Markdown and GitHub) or Graphviz DOT. Same scenario, same text, byte for byte.
import type { Graph, GraphEdge, NodeKind } from './graph';

export type GraphFormat = 'mermaid' | 'dot';
export const GRAPH_FORMATS: readonly GraphFormat[] = ['mermaid', 'dot'];

const STYLE: Record<NodeKind, { fill: string; stroke: string; dashed?: boolean }> = {
  decision: { fill: '#e8f0fe', stroke: '#3367d6' },
  event: { fill: '#fef7e0', stroke: '#b06000' },
  visible: { fill: '#e6f4ea', stroke: '#137333' },
  hidden: { fill: '#f1f3f4', stroke: '#5f6368', dashed: true },
  derived: { fill: '#f3e8fd', stroke: '#8430ce' },
  ending: { fill: '#fce8e6', stroke: '#c5221f' },
};

// Mermaid shapes: decision [box], event {{hexagon}}, variable ([stadium]), derived [/parallelogram/], ending ((circle))
const SHAPE: Record<NodeKind, [string, string]> = {
  decision: ['[', ']'], event: ['{{', '}}'], visible: ['([', '])'], hidden: ['([', '])'], derived: ['[/', '/]'], ending: ['((', '))'],
};
const mermaidText = (s: string) => s.replace(/"/g, '#quot;');

export function toMermaid(g: Graph): string {
  const lines = ['flowchart LR', `  %% ${mermaidText(g.title)}: decisions, events, variables (hidden ones dashed), derived values, endings`];
  for (const n of g.nodes) lines.push(`  ${n.id}${SHAPE[n.kind][0]}"${mermaidText(n.label)}"${SHAPE[n.kind][1]}`);
  for (const e of g.edges) lines.push(`  ${e.from} ${e.kind === 'reads' ? '-.->' : '-->'}|"${mermaidText(e.label)}"| ${e.to}`);
  for (const [kind, s] of Object.entries(STYLE)) {
    lines.push(`  classDef ${kind} fill:${s.fill},stroke:${s.stroke}${s.dashed ? ',stroke-dasharray:4 3' : ''}`);
    const ids = g.nodes.filter((n) => n.kind === kind).map((n) => n.id);
    if (ids.length) lines.push(`  class ${ids.join(',')} ${kind}`);
  }
  return `${lines.join('\n')}\n`;
}

const DOT_SHAPE: Record<NodeKind, string> = { decision: 'box', event: 'hexagon', visible: 'ellipse', hidden: 'ellipse', derived: 'parallelogram', ending: 'doublecircle' };
const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function toDot(g: Graph): string {
  const lines = [`digraph ${q(g.title)} {`, '  rankdir=LR;', '  node [fontname="Helvetica", fontsize=10];', '  edge [fontname="Helvetica", fontsize=9];'];
  for (const n of g.nodes) {
    const s = STYLE[n.kind];
    lines.push(`  ${q(n.id)} [label=${q(n.label)}, shape=${DOT_SHAPE[n.kind]}, style=${q(s.dashed ? 'filled,dashed' : 'filled')}, fillcolor=${q(s.fill)}, color=${q(s.stroke)}];`);
  }
  const attrs = (e: GraphEdge) => `label=${q(e.label)}${e.kind === 'reads' ? ', style=dashed' : ''}`;
  for (const e of g.edges) lines.push(`  ${q(e.from)} -> ${q(e.to)} [${attrs(e)}];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
