// `scenario graph FILE [--format mermaid|dot]`: which decisions and events feed which variables and conditions.
import { staticSources } from '../../src/scenario/lint/sources';
import { parseArgs, UsageError } from './args';
import { readScenarioFile } from './files';
import { buildGraph } from './graph';
import { GRAPH_FORMATS, toDot, toMermaid, type GraphFormat } from './graph-format';
import { printDiagnostics } from './report';

export const GRAPH_USAGE = 'usage: npm run scenario -- graph FILE [--format mermaid|dot]\n';

export function graphCommand(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let file: string;
  let format: GraphFormat;
  try {
    const args = parseArgs(argv, { format: 'string' });
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
  const graph = buildGraph(staticSources(loaded.value, Object.keys(loaded.sources)[0], loaded.sources));
  out(format === 'dot' ? toDot(graph) : toMermaid(graph));
  return 0;
}
