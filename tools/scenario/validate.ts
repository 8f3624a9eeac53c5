// `scenario validate FILE...`: exit 0 when every file is sound, 1 when any has errors; a sound file's translations
// (translations/ID.*.yaml beside it) are checked too.
import { hasErrors } from '../../src/scenario/diagnostics';
import { readScenarioFile } from './files';
import { printDiagnostics } from './report';
import { checkTranslationsBeside } from './strings-command';

export function validate(files: string[], out: (s: string) => void): number {
  let failed = false;
  const checked = new Set<string>();
  for (const file of files) {
    const r = readScenarioFile(file);
    printDiagnostics(r.diagnostics, r.sources, out);
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = r.diagnostics.length - errors;
    if (hasErrors(r.diagnostics)) failed = true;
    out(`${file}: ${summary(errors, warnings)}\n`);
    // its translations, once the file itself is sound (a translation's missing and stale texts are warnings)
    if (!hasErrors(r.diagnostics)) {
      // the scenario's, then its model's (once however many scenarios share the model)
      const besides = Object.keys(r.sources).filter((f) => !checked.has(f));
      besides.forEach((f) => checked.add(f));
      for (const t of besides.flatMap((f) => checkTranslationsBeside(f))) {
        printDiagnostics(t.diagnostics, { [t.file]: t.text }, out);
        const tErrors = t.diagnostics.filter((d) => d.severity === 'error').length;
        if (tErrors) failed = true;
        out(`${t.file}: ${summary(tErrors, t.diagnostics.length - tErrors)}\n`);
      }
    }
  }
  return failed ? 1 : 0;
}

function summary(errors: number, warnings: number): string {
  return `${errors ? `${errors} error${errors === 1 ? '' : 's'}` : 'ok'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`;
}
