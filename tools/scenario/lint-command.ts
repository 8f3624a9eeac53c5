// `scenario lint FILE... [--format text|json|github]`: dead content and likely slips, after the validator's checks.
// Exit 1 when any file does not load or has an error-severity finding; warnings and notes alone exit 0.
import { lintScenario } from '../../src/scenario/lint';
import { formatFindings, LINT_FORMATS, summary, type LintFormat, type Reportable } from '../../src/scenario/lint/format';
import { parseArgs, UsageError } from './args';
import { readScenarioFile } from './files';

export const LINT_USAGE = 'usage: npm run scenario -- lint FILE... [--format text|json|github]\n';

export function lintCommand(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let files: string[];
  let format: LintFormat;
  try {
    const args = parseArgs(argv, { format: 'string' });
    format = (args.values.format as LintFormat | undefined) ?? 'text';
    if (!LINT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${LINT_FORMATS.join(', ')} (got '${format}')`);
    files = args.positional;
    if (files.length === 0) throw new UsageError('lint needs at least one scenario file');
  } catch (e) {
    if (e instanceof UsageError) { err(`${e.message}\n${LINT_USAGE}`); return 2; }
    throw e;
  }
  let failed = false;
  const all: Reportable[] = [];
  for (const file of files) {
    const loaded = readScenarioFile(file);
    const found: Reportable[] = loaded.value ? [...loaded.diagnostics, ...lintScenario(loaded.value, Object.keys(loaded.sources)[0], loaded.sources)] : loaded.diagnostics;
    if (found.some((f) => f.severity === 'error')) failed = true;
    if (format === 'json') { all.push(...found); continue; }
    out(formatFindings(found, format, loaded.sources));
    if (format === 'text') out(`${file}: ${loaded.value ? summary(found) : `${summary(found)} (cannot lint a file that does not load)`}\n`);
  }
  if (format === 'json') out(formatFindings(all, 'json'));
  return failed ? 1 : 0;
}
