// Printing diagnostics for people (with code frames) on the terminal.
import { formatDiagnostic, type Diagnostic } from '../../src/scenario/diagnostics';

export function printDiagnostics(ds: readonly Diagnostic[], sources: Record<string, string>, out: (s: string) => void): void {
  for (const d of ds) out(formatDiagnostic(d, sources[d.file]) + '\n');
}
