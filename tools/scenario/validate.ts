// `scenario validate FILE...`: exit 0 when every file is sound, 1 when any has errors.
import { hasErrors } from '../../src/scenario/diagnostics';
import { readScenarioFile } from './files';
import { printDiagnostics } from './report';

export function validate(files: string[], out: (s: string) => void): number {
  let failed = false;
  for (const file of files) {
    const r = readScenarioFile(file);
    printDiagnostics(r.diagnostics, r.sources, out);
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = r.diagnostics.length - errors;
    if (hasErrors(r.diagnostics)) failed = true;
    out(`${file}: ${errors ? `${errors} error${errors === 1 ? '' : 's'}` : 'ok'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}\n`);
  }
  return failed ? 1 : 0;
}
