// `scenario graph FILE [--format mermaid|dot] [--focus ID]... [--depth N]`: which decisions and events feed which
// variables and conditions; with --focus, only the part within N steps of the named variables, decisions or events.
import { staticSources } from '../../src/scenario/lint/sources';
import { parseArgs, UsageError } from './args';
import { readScenarioFile } from './files';
import { suggest } from '../../src/scenario/expr';
import { buildGraph, focusGraph } from './graph';
import { GRAPH_FORMATS, toDot, toMermaid, type GraphFormat } from './graph-format';
import { printDiagnostics } from './report';

export const GRAPH_USAGE = 'usage: npm run scenario -- graph FILE [--format mermaid|dot] [--focus ID]... [--depth N]\n'
  + '  --focus ID   only what is within --depth steps (default 1) of this variable, decision, event or ending; repeatable\n';

export function graphCommand(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let file: string;
  let format: GraphFormat;
  let focus: string[];
  let depth: number;
  try {
    const args = parseArgs(argv, { format: 'string', focus: 'list', depth: 'number' });
    focus = (args.values.focus as string[] | undefined) ?? [];
    depth = (args.values.depth as number | undefined) ?? 1;
    if (!Number.isInteger(depth) || depth < 1) throw new UsageError('--depth must be a whole number of at least 1');
    if (args.values.depth !== undefined && !focus.length) throw new UsageError('--depth goes with --focus');
    format = (args.values.format as GraphFormat | undefined) ?? 'mermaid';
    if (!GRAPH_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${GRAPH_FORMATS.join(', ')} (got '${format}')`);
    if (args.positional.length !== 1) throw new UsageError('graph needs exactly one scenario file');
    file = args.positional[0];
  } catch (e) {
    if (e instanceof UsageError) { err(`${e.message}\n${GRAPH_USAGE}`); return 2; }
    throw e;
  }
  const loaded = readScenarioFile(file);
  if (!loaded.value) { printDiagnostics(loaded.diagnostics, loaded.sources, err); return 1; }
  const whole = buildGraph(staticSources(loaded.value, Object.keys(loaded.sources)[0], loaded.sources));
  const graph = focus.length ? focusGraph(whole, focus, depth) : whole;
  if ('unknown' in graph) {
    const near = suggest(graph.unknown, whole.nodes.map((n) => n.label));
    err(`--focus: '${graph.unknown}' is no variable, decision, event or ending of ${loaded.value.id}${near ? ` - did you mean '${near}'?` : ''}\n`);
    return 2;
  }
  out(format === 'dot' ? toDot(graph) : toMermaid(graph));
  return 0;
}
