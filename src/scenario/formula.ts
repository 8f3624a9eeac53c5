// Parse, type-check and compile one expression found in a file, with diagnostics placed inside the file.
import type { Formula } from '../engine/types';
import type { Diagnostic } from './diagnostics';
import { checkExpression, compileExpression, parseExpression, type ExprSymbols, type ExprType } from './expr';
import type { Path, SourceFile } from './source-map';

export interface FormulaResult { formula?: Formula; type?: ExprType; diagnostics: Diagnostic[]; variables: string[] }

export function compileFormula(
  src: SourceFile, path: Path, text: string | number | boolean, symbols: ExprSymbols, expected: 'number' | 'boolean' | 'any',
): FormulaResult {
  const source = String(text);
  const parsed = parseExpression(source);
  const place = (d: { code: string; message: string; hint?: string; offset: number; length: number }): Diagnostic => {
    const start = src.stringOffset(path, d.offset);
    return src.at(start, Math.max(1, src.stringOffset(path, d.offset + d.length) - start), d.code, 'error', d.message, d.hint);
  };
  if (!parsed.ast) return { diagnostics: parsed.diagnostics.map(place), variables: [] };
  const checked = checkExpression(parsed.ast, symbols, expected);
  if (checked.diagnostics.length) return { diagnostics: checked.diagnostics.map(place), variables: [] };
  const variables = collectIdentifiers(source);
  return { formula: compileExpression(parsed.ast) as Formula, type: checked.type ?? undefined, diagnostics: [], variables };
}

function collectIdentifiers(source: string): string[] {
  return source.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
}
