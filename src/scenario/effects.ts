// Effect maps ({ variable: +8 } or { variable: { set: value } }) checked against the model's variables.
import type { EffectMap, VariableDef } from '../engine/types';
import type { Diagnostic } from './diagnostics';
import { suggest } from './expr';
import type { Path, SourceFile } from './source-map';

export function unknownVariable(src: SourceFile, path: Path, id: string, known: Iterable<string>, key = false): Diagnostic {
  const near = suggest(id, known);
  return src.pathDiag(path, 'SC0102', 'error', `unknown variable '${id}'`, near ? `did you mean '${near}'?` : 'see the model file for the variables it declares', key);
}

export function compileEffects(
  src: SourceFile, path: Path, raw: Record<string, number | { set: number | string }>, vars: readonly VariableDef[], ds: Diagnostic[],
): EffectMap {
  const out: EffectMap = {};
  for (const [id, value] of Object.entries(raw)) {
    const v = vars.find((x) => x.id === id);
    if (!v) { ds.push(unknownVariable(src, [...path, id], id, vars.map((x) => x.id), true)); continue; }
    if (typeof value === 'number') {
      if (v.kind === 'level') { ds.push(src.pathDiag([...path, id], 'SC0108', 'error', `'${id}' is a level: change it with { set: value }`, `levels: ${v.levels?.join(', ')}`)); continue; }
      out[id] = { delta: value };
    } else {
      if (v.kind === 'level' ? typeof value.set !== 'string' || !v.levels?.includes(value.set) : typeof value.set !== 'number') {
        const what = v.kind === 'level' ? `one of ${v.levels?.join(', ')}` : 'a number';
        const near = v.kind === 'level' && typeof value.set === 'string' ? suggest(value.set, v.levels ?? []) : undefined;
        ds.push(src.pathDiag([...path, id, 'set'], 'SC0104', 'error', `'${id}' can only be set to ${what}`, near ? `did you mean '${near}'?` : undefined));
        continue;
      }
      out[id] = { set: value.set };
    }
  }
  return out;
}
