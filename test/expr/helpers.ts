/** Shared fixtures for the expression tests: a small model's symbols, a fake environment, shortcuts. */
import {
  checkExpression,
  compileExpression,
  type ExpectedType,
  type ExprDiagnostic,
  type ExprEnv,
  type ExprSymbols,
  type ExprType,
  type ExprValue,
  parseExpression,
} from '../../src/scenario/expr/index';

export const GRADES = ['none', 'outstanding', 'good', 'requires_improvement', 'inadequate'] as const;

export const symbols: ExprSymbols = {
  variables: new Map<string, ExprType>([
    ['quarter', { kind: 'number' }],
    ['quarters', { kind: 'number' }],
    ['phase', { kind: 'string', values: ['settling', 'crisis', 'recovery'] }],
    ['media_heat', { kind: 'number' }],
    ['trust', { kind: 'number' }],
    ['budget', { kind: 'number' }],
    ['practice_quality', { kind: 'number' }],
    ['inspection_grade', { kind: 'string', values: GRADES }],
    ['chair_independent', { kind: 'boolean' }],
    ['chair_name', { kind: 'string' }],
  ]),
  ids: new Set(['audit_numbers', 'national_child_death', 'serious_case_review']),
};

export const defaultVars: Record<string, ExprValue> = {
  quarter: 3,
  quarters: 12,
  phase: 'crisis',
  media_heat: 40,
  trust: 55,
  budget: 100,
  practice_quality: 48,
  inspection_grade: 'good',
  chair_independent: true,
  chair_name: 'Ann',
};

export interface FakeHistory {
  chosen?: Record<string, number>; // id -> quarters since last chosen
  happened?: Record<string, number>;
  counts?: Record<string, number>;
}

/** An environment whose history is a plain table, recording every id it is asked about. */
export function fakeEnv(vars: Record<string, ExprValue> = {}, history: FakeHistory = {}): ExprEnv & { asked: string[] } {
  const asked: string[] = [];
  const since = (id: string): number => history.chosen?.[id] ?? history.happened?.[id] ?? 999;
  return {
    asked,
    vars: { ...defaultVars, ...vars },
    chose: (id) => (asked.push(`chose:${id}`), history.chosen?.[id] !== undefined),
    happened: (id) => (asked.push(`happened:${id}`), history.happened?.[id] !== undefined),
    quartersSince: (id) => (asked.push(`quartersSince:${id}`), since(id)),
    count: (id) => (asked.push(`count:${id}`), history.counts?.[id] ?? 0),
  };
}

/** Every diagnostic that parsing and then checking `source` produces. */
export function diagnose(source: string, expected: ExpectedType = 'any'): ExprDiagnostic[] {
  const parsed = parseExpression(source);
  if (!parsed.ast) return parsed.diagnostics;
  return checkExpression(parsed.ast, symbols, expected).diagnostics;
}

/** Parses, checks and runs `source`; fails the test with the diagnostics when there are any. */
export function evaluate(source: string, env: ExprEnv = fakeEnv()): ExprValue {
  const parsed = parseExpression(source);
  if (!parsed.ast) throw new Error(`parse failed: ${JSON.stringify(parsed.diagnostics)}`);
  const checked = checkExpression(parsed.ast, symbols, 'any');
  if (checked.diagnostics.length > 0) throw new Error(`check failed: ${JSON.stringify(checked.diagnostics)}`);
  return compileExpression(parsed.ast)(env);
}

/** The one diagnostic `source` produces (fails when there are none or several). */
export function only(source: string, expected: ExpectedType = 'any'): ExprDiagnostic {
  const diagnostics = diagnose(source, expected);
  if (diagnostics.length !== 1) throw new Error(`expected one diagnostic for ${source}, got ${JSON.stringify(diagnostics)}`);
  return diagnostics[0] as ExprDiagnostic;
}

/** The source text a diagnostic underlines. */
export function underlined(source: string, d: ExprDiagnostic): string {
  return source.slice(d.offset, d.offset + d.length);
}
