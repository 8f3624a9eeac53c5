// Which part of a condition failed: splits a boolean expression into its && parts and evaluates each, so a designer
// sees "happened(serious_incident): false" rather than just "not available".
import type { ExprEnv } from '../engine/types';
import { compileExpression, parseExpression, type Expr } from './expr';

export interface ConditionPart { text: string; value: unknown }

function conjuncts(ast: Expr): Expr[] {
  if (ast.kind === 'binary' && ast.op === '&&') return [...conjuncts(ast.left), ...conjuncts(ast.right)];
  return [ast];
}

export function explainCondition(source: string, env: ExprEnv): ConditionPart[] {
  const parsed = parseExpression(source);
  if (!parsed.ast) return [{ text: source, value: 'does not parse' }];
  return conjuncts(parsed.ast).map((part) => {
    const { start, end } = part;
    let value: unknown;
    try { value = compileExpression(part)(env); } catch (e) { value = `error: ${(e as Error).message}`; }
    return { text: source.slice(start, end), value };
  });
}
