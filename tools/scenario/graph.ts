// What feeds what in a scenario: decisions, events and answers push variables; variables push one another through the
// model's links, flows and derived values; variables (and what happened) decide decisions, events and endings.
import type { StaticSources } from '../../src/scenario/lint/sources';
import { effectSites, expressionSites } from '../../src/scenario/lint/sources';

export type NodeKind = 'decision' | 'event' | 'visible' | 'hidden' | 'derived' | 'ending';
export interface GraphNode { id: string; kind: NodeKind; label: string }
/** effect: a decision or event moves a variable; link: a variable moves another; reads: a condition or formula reads it. */
export interface GraphEdge { from: string; to: string; label: string; kind: 'effect' | 'link' | 'reads' }
export interface Graph { title: string; nodes: GraphNode[]; edges: GraphEdge[] }

const PREFIX = { decision: 'dec', event: 'evt', variable: 'var', derived: 'drv', ending: 'fin' } as const;
export const nodeId = (kind: keyof typeof PREFIX, id: string) => `${PREFIX[kind]}_${id}`;
const sign = (v: number | { set: number | string }) => (typeof v === 'object' ? 'set' : v > 0 ? '+' : '-');

export function buildGraph(s: StaticSources): Graph {
  const { scenario, modelData } = s;
  const model = scenario.model;
  const nodes: GraphNode[] = [
    ...scenario.decisions.map((d) => ({ id: nodeId('decision', d.id), kind: 'decision' as const, label: d.id })),
    ...scenario.events.map((e) => ({ id: nodeId('event', e.id), kind: 'event' as const, label: e.id })),
    ...model.variables.map((v) => ({ id: nodeId('variable', v.id), kind: v.visibility, label: v.id })),
    ...model.derived.map((d) => ({ id: nodeId('derived', d.id), kind: 'derived' as const, label: d.id })),
    ...scenario.endings.map((e) => ({ id: nodeId('ending', e.id), kind: 'ending' as const, label: e.id })),
  ];
  const derived = new Set(model.derived.map((d) => d.id));
  const known = new Set(model.variables.map((v) => v.id));
  const source = (id: string) => (derived.has(id) ? nodeId('derived', id) : known.has(id) ? nodeId('variable', id) : null);
  const edges = new Map<string, GraphEdge>();
  const add = (e: GraphEdge) => { const k = `${e.from}|${e.to}|${e.label}|${e.kind}`; if (!edges.has(k)) edges.set(k, e); };

  for (const site of effectSites(s)) {
    if (site.owner.kind === 'inspection') continue; // drawn from the inspecting events below
    const from = site.owner.kind === 'decision' ? nodeId('decision', site.owner.id) : nodeId('event', site.owner.event ?? site.owner.id);
    const who = site.owner.kind === 'choice' ? `${site.owner.id}: ` : site.refused ? 'refused: ' : '';
    const later = site.after ? ` after ${site.after}q` : '';
    for (const [id, v] of Object.entries(site.effects)) if (v !== 0 && known.has(id)) add({ from, to: nodeId('variable', id), label: `${who}${sign(v)}${later}`, kind: 'effect' });
  }
  for (const l of modelData.links ?? []) {
    const from = source(l.from);
    if (from && known.has(l.to)) add({ from, to: nodeId('variable', l.to), label: l.delay ? `${l.sign} ${l.delay}q` : l.sign, kind: 'link' });
  }
  const sites = expressionSites(s);
  for (const site of sites) {
    const o = site.owner;
    let to: string | undefined;
    let label = 'reads';
    if (o.kind === 'derived') { to = nodeId('derived', o.id); label = 'formula'; }
    else if (o.kind === 'flow') { to = nodeId('variable', o.id); const d = modelData.flows?.[o.index]?.delay; label = d ? `flow ${d}q` : 'flow'; }
    else if (o.kind === 'decision' || o.kind === 'event' || o.kind === 'ending') to = nodeId(o.kind, o.id);
    const targets = to ? [to] : o.kind === 'incident' ? scenario.events.filter((e) => e.kind === 'incident').map((e) => nodeId('event', e.id))
      : o.kind === 'inspection' ? scenario.events.filter((e) => e.inspect).map((e) => nodeId('event', e.id)) : [];
    if (o.kind === 'incident') label = 'hazard';
    if (o.kind === 'inspection') label = 'score';
    for (const target of targets) {
      const kind = o.kind === 'derived' || o.kind === 'flow' ? 'link' : 'reads';
      for (const v of site.variables) { const from = source(v); if (from && from !== target) add({ from, to: target, label, kind }); }
      for (const id of site.ids) {
        const from = scenario.decisions.some((d) => d.id === id) ? nodeId('decision', id) : nodeId('event', id);
        if (from !== target) add({ from, to: target, label: 'history', kind: 'reads' });
      }
    }
  }
  const ins = model.inspection;
  if (ins) {
    for (const e of scenario.events.filter((x) => x.inspect)) {
      add({ from: nodeId('event', e.id), to: nodeId('variable', ins.grade), label: 'set', kind: 'effect' });
      const signs = new Map<string, Set<string>>();
      for (const outcome of Object.values(ins.outcomes)) for (const [id, v] of Object.entries(outcome)) signs.set(id, (signs.get(id) ?? new Set()).add('set' in v ? 'set' : v.delta > 0 ? '+' : '-'));
      for (const [id, set] of signs) add({ from: nodeId('event', e.id), to: nodeId('variable', id), label: `grade ${set.size > 1 ? '±' : [...set][0]}`, kind: 'effect' });
    }
  }
  return { title: `${scenario.title} (${scenario.id})`, nodes, edges: [...edges.values()] };
}

/** The part of the graph around some nodes (named by id: a variable, decision, event or ending): what reaches them and
 *  what they reach, up to `depth` edges away. A 234-edge graph is read a question at a time. */
export function focusGraph(graph: Graph, names: readonly string[], depth: number): Graph | { unknown: string } {
  const starts = new Set<string>();
  for (const name of names) {
    const found = graph.nodes.filter((n) => n.label === name);
    if (!found.length) return { unknown: name };
    for (const n of found) starts.add(n.id);
  }
  const near = new Set(starts);
  let frontier = [...starts];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const e of graph.edges) {
      for (const [a, b] of [[e.from, e.to], [e.to, e.from]] as const) if (frontier.includes(a) && !near.has(b)) { near.add(b); next.push(b); }
    }
    frontier = next;
  }
  return {
    title: `${graph.title}: around ${names.join(', ')} (${depth} step${depth === 1 ? '' : 's'})`,
    nodes: graph.nodes.filter((n) => near.has(n.id)),
    edges: graph.edges.filter((e) => near.has(e.from) && near.has(e.to)),
  };
}
