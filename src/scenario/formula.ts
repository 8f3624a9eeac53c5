// Parse, type-check and compile one expression found in a file, with diagnostics placed inside the file.
import { FormulaError } from '../engine/formula-error';
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
  const run = compileExpression(parsed.ast) as Formula;
  const where = () => { const at = place({ code: '', message: '', offset: 0, length: 1 }); return `${at.file}:${at.line}:${at.col}`; };
  // a number that is not finite stops here, named by its place, before it reaches the state
  const guarded: Formula = (env) => {
    const v = run(env);
    if (typeof v === 'number' && !Number.isFinite(v)) throw new FormulaError(`'${source}' gave ${v} (a division by zero or an overflow)`, where());
    return v;
  };
  return { formula: guarded, type: checked.type ?? undefined, diagnostics: [], variables };
}

function collectIdentifiers(source: string): string[] {
  return source.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
}
