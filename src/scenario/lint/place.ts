// Placing findings in files: at a key or value found by path, or at a part of an expression.
import type { Expr } from '../expr';
import type { Path, SourceFile } from '../source-map';
import { finding, type Finding, type LintCode } from './codes';
import type { ExprSite } from './sources';

export function atPath(src: SourceFile, path: Path, code: LintCode, message: string, hint?: string, key = false): Finding {
  return finding(src.pathDiag(path, code, 'warning', message, hint, key), code);
}

export function atExpr(site: ExprSite, node: Expr, code: LintCode, message: string, hint?: string): Finding {
  const start = site.src.stringOffset(site.path, node.start);
  const end = site.src.stringOffset(site.path, node.end);
  return finding(site.src.at(start, Math.max(1, end - start), code, 'warning', message, hint), code);
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Scenario file first, then the model; by place; then by code. */
export function sortFindings(fs: Finding[], first: string): Finding[] {
  return [...fs].sort((a, b) => Number(b.file === first) - Number(a.file === first) || a.file.localeCompare(b.file)
    || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code) || ORDER[a.severity] - ORDER[b.severity]);
}
