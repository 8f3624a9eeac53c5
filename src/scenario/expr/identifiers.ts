/** The names an expression depends on, for tools such as the dependency graph and the linter. */
import type { Expr } from './ast';
import { FUNCTIONS } from './functions';

/** Variables read and decision/event ids named, each once, in order of first appearance. */
export function identifiersOf(ast: Expr): { variables: string[]; ids: string[] } {
  const variables = new Set<string>();
  const ids = new Set<string>();
  const visit = (node: Expr): void => {
    switch (node.kind) {
      case 'literal':
        return;
      case 'variable':
        variables.add(node.name);
        return;
      case 'unary':
        return visit(node.operand);
      case 'binary':
        visit(node.left);
        return visit(node.right);
      case 'conditional':
        visit(node.test);
        visit(node.consequent);
        return visit(node.alternate);
      case 'call': {
        const takesId = FUNCTIONS.get(node.callee)?.kind === 'id';
        for (const arg of node.args) {
          // The bare name in chose(x) is an id, not a variable read.
          if (takesId && arg.kind === 'variable') ids.add(arg.name);
          else visit(arg);
        }
      }
    }
  };
  visit(ast);
  return { variables: [...variables], ids: [...ids] };
}
