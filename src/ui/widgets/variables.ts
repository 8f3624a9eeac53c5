// A variable or derived value by id, for display: derived values carry the label, unit and decimals a row needs.
import type { Model, VariableDef } from '../../engine/types';

export function displayed(model: Model, id: string): VariableDef {
  return model.variables.find((v) => v.id === id) ?? (model.derived.find((d) => d.id === id) as unknown as VariableDef);
}
