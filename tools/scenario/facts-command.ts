// `scenario facts FILE [--seeds N] [--json]`: the stylized facts of the design measured on a scenario, each figure
// beside its band, so a designer recalibrating a model sees at once what holds and what does not. Exit 1 if any fails.
import { readScenarioFile } from './files';
import { parseArgs, UsageError } from './args';
import { printDiagnostics } from './report';
import { Cores, coresAvailable } from './cores/pool';
import { FACT_VARIABLES, inBand, measureFacts, type Figure } from './facts/figures';

const USAGE = 'usage: npm run scenario -- facts FILE [--seeds N] [--json] [--workers N]\n';

export async function factsCommand(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, { seeds: 'number', json: 'flag', workers: 'number' });
    if (args.positional.length !== 1) throw new UsageError('facts needs exactly one scenario file');
  } catch (e) {
    if (e instanceof UsageError) { err(`${e.message}\n${USAGE}`); return 2; }
    throw e;
  }
  const seeds = (args.values.seeds as number | undefined) ?? 200;
  if (!Number.isInteger(seeds) || seeds < 10) { err('--seeds must be a whole number of at least 10\n'); return 2; }
  const loaded = readScenarioFile(args.positional[0]);
  if (!loaded.value) { printDiagnostics(loaded.diagnostics, loaded.sources, err); return 1; }
  // the facts are the LSCB model's: a model for another partnership names its numbers otherwise
  const ids = new Set([...loaded.value.model.variables.map((v) => v.id), ...loaded.value.model.derived.map((d) => d.id)]);
  const missing = FACT_VARIABLES.filter((id) => !ids.has(id));
  if (missing.length) { err(`facts measures the stylized facts of the LSCB model; model '${loaded.value.model.id}' has no ${missing.join(', ')}\n`); return 2; }
  const workers = (args.values.workers as number | undefined) ?? coresAvailable();
  if (!Number.isInteger(workers) || workers < 1) { err('--workers must be a whole number of at least 1\n'); return 2; }
  const cores = new Cores(workers);
  let figures: Figure[];
  try {
    figures = await measureFacts(loaded.value, { seeds, cores, sources: loaded.sources });
  } finally {
    await cores.close();
  }
  if (args.values.json) out(`${JSON.stringify({ scenario: loaded.value.id, seeds, figures: figures.map((f) => ({ ...f, ok: inBand(f) })) }, null, 2)}\n`);
  else out(table(loaded.value.title, seeds, figures));
  return figures.every(inBand) ? 0 : 1;
}

function band(f: Figure): string {
  const [lo, hi] = f.band;
  return lo !== null && hi !== null ? `${lo} to ${hi}` : lo !== null ? `>= ${lo}` : `<= ${hi}`;
}

function table(title: string, seeds: number, figures: Figure[]): string {
  const lines = [`${title}: the stylized facts over ${seeds} seeded games per policy`, ''];
  for (const f of figures) {
    const v = Number.isNaN(f.value) ? 'n/a' : Math.abs(f.value) < 10 ? f.value.toFixed(3) : f.value.toFixed(1);
    lines.push(`${inBand(f) ? '  ok  ' : '  FAIL'} ${String(f.fact).padStart(2)} ${f.id.padEnd(24)} ${v.padStart(8)}  (${band(f)})  ${f.label}`);
  }
  const failed = figures.filter((f) => !inBand(f)).length;
  lines.push('', failed ? `${failed} of ${figures.length} figures outside their bands` : `all ${figures.length} figures within their bands`);
  return `${lines.join('\n')}\n`;
}
