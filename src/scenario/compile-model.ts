// Model file -> the engine's Model: semantic checks (unknown variables, type errors) with places in the file.
import type { DerivedDef, EffectMap, FlowDef, InspectionDef, Model, VariableDef } from '../engine/types';
import type { Diagnostic } from './diagnostics';
import { compileEffects, unknownVariable } from './effects';
import type { ExprSymbols, ExprType } from './expr';
import { compileFormula } from './formula';
import type { ModelFileData } from './schema/model-schema';
import type { SourceFile } from './source-map';

const STRENGTH = { W: 0.1, M: 0.25, S: 0.5 } as const;

/** The names every expression may read besides the model's variables. */
export function calendarSymbols(): Map<string, ExprType> {
  return new Map<string, ExprType>([['quarter', { kind: 'number' }], ['quarters', { kind: 'number' }], ['phase', { kind: 'string' }]]);
}

export function variableTypes(vars: readonly VariableDef[], derived: readonly DerivedDef[]): Map<string, ExprType> {
  const m = calendarSymbols();
  for (const v of vars) m.set(v.id, v.kind === 'level' ? { kind: 'string', values: v.levels } : { kind: 'number' });
  for (const d of derived) m.set(d.id, { kind: 'number' });
  return m;
}

export function compileModel(src: SourceFile, data: ModelFileData): { model?: Model; diagnostics: Diagnostic[] } {
  const ds: Diagnostic[] = [];
  const variables: VariableDef[] = [];
  for (const [id, v] of Object.entries(data.variables)) {
    const path = ['variables', id];
    if (!/^[a-z][a-z0-9_]*$/.test(id)) ds.push(src.pathDiag(path, 'SC0104', 'error', `variable id '${id}' must be lower-case letters, digits and _`, undefined, true));
    if ('levels' in v) {
      if (!v.levels.includes(v.initial)) ds.push(src.pathDiag([...path, 'initial'], 'SC0104', 'error', `initial '${v.initial}' is not one of the levels`, `levels: ${v.levels.join(', ')}`));
      for (const level of Object.keys(v.level_labels ?? {})) {
        if (!v.levels.includes(level)) ds.push(src.pathDiag([...path, 'level_labels', level], 'SC0104', 'error', `'${level}' in level_labels is not one of the levels`, `levels: ${v.levels.join(', ')}`, true));
      }
      // a map with no prototype: a level called 'constructor' is a name like any other
      const levelLabels = v.level_labels ? Object.assign(Object.create(null) as Record<string, string>, v.level_labels) : undefined;
      variables.push({ id, label: v.label, doc: v.doc, unit: '', visibility: v.visibility, kind: 'level', min: 0, max: 0, initial: v.initial, levels: v.levels, ...(levelLabels ? { levelLabels } : {}), decimals: 0 });
      continue;
    }
    const [min, max] = v.range;
    if (min >= max) ds.push(src.pathDiag([...path, 'range'], 'SC0110', 'error', `range [${min}, ${max}] is empty`, 'write [min, max] with min < max'));
    else if (v.initial < min || v.initial > max) ds.push(src.pathDiag([...path, 'initial'], 'SC0110', 'error', `initial ${v.initial} is outside the range [${min}, ${max}]`));
    const relax = v.relax === undefined ? undefined : typeof v.relax === 'number' ? { toward: v.initial, rate: v.relax } : v.relax;
    variables.push({ id, label: v.label, doc: v.doc, unit: v.unit, visibility: v.visibility, kind: 'number', min, max, initial: v.initial, relax, better: v.better, decimals: v.decimals ?? 0, noise: v.noise ?? 0 });
  }

  const derived: DerivedDef[] = [];
  for (const [id, d] of Object.entries(data.derived ?? {})) {
    const symbols: ExprSymbols = { variables: variableTypes(variables, derived), ids: new Set() };
    if (symbols.variables.has(id)) ds.push(src.pathDiag(['derived', id], 'SC0105', 'error', `'${id}' is already a variable`, undefined, true));
    const r = compileFormula(src, ['derived', id, 'formula'], d.formula, symbols, 'number');
    ds.push(...r.diagnostics);
    derived.push({ id, label: d.label, doc: d.doc, unit: d.unit, visibility: d.visibility, decimals: d.decimals ?? 0, better: d.better, formula: r.formula ?? (() => 0) });
  }

  const types = variableTypes(variables, derived);
  const numeric = new Set(variables.filter((v) => v.kind === 'number').map((v) => v.id));
  const readable = new Set([...numeric, ...derived.map((d) => d.id)]);
  const symbols: ExprSymbols = { variables: types, ids: new Set() };
  const flows: FlowDef[] = [];
  (data.links ?? []).forEach((l, i) => {
    const path = ['links', i];
    if (!readable.has(l.from)) { ds.push(unknownVariable(src, [...path, 'from'], l.from, readable)); return; }
    if (!numeric.has(l.to)) { ds.push(unknownVariable(src, [...path, 'to'], l.to, numeric)); return; }
    const strength = typeof l.strength === 'number' ? l.strength : STRENGTH[l.strength];
    const shape = l.shape ?? 'linear';
    const from = l.from;
    const ref = l.ref;
    flows.push({
      to: l.to, gain: (l.sign === '-' ? -1 : 1) * strength, delay: l.delay, order: l.order ?? 1, label: `${l.from} ${l.sign} ${l.to}`,
      input: (env, start) => {
        const gap = (env.vars[from] as number) - (ref ?? (start[from] as number));
        return shape === 'above' ? Math.max(0, gap) : shape === 'below' ? Math.min(0, gap) : gap;
      },
    });
  });
  (data.flows ?? []).forEach((f, i) => {
    const path = ['flows', i];
    if (!numeric.has(f.to)) { ds.push(unknownVariable(src, [...path, 'to'], f.to, numeric)); return; }
    const r = compileFormula(src, [...path, 'rate'], f.rate, symbols, 'number');
    ds.push(...r.diagnostics);
    const formula = r.formula;
    if (formula) flows.push({ to: f.to, gain: 1, delay: f.delay ?? 0, order: 1, label: `${f.to} flow`, input: (env) => formula(env) as number });
  });

  for (const [i, id] of (data.resources ?? []).entries()) if (!numeric.has(id)) ds.push(unknownVariable(src, ['resources', i], id, numeric));

  let incident: Model['incident'];
  if (data.incident) {
    const r = compileFormula(src, ['incident', 'hazard'], data.incident.hazard, symbols, 'number');
    ds.push(...r.diagnostics);
    if (r.formula) incident = { hazard: r.formula };
  }

  let inspection: InspectionDef | undefined;
  if (data.inspection) {
    const ins = data.inspection;
    const grade = variables.find((v) => v.id === ins.grade);
    if (!grade || grade.kind !== 'level') ds.push(src.pathDiag(['inspection', 'grade'], 'SC0102', 'error', `'${ins.grade}' is not a level variable of this model`));
    const withW: ExprSymbols = { variables: new Map([...types, ['w', { kind: 'number' }]]), ids: new Set() };
    const r = compileFormula(src, ['inspection', 'score'], ins.score, withW, 'number');
    ds.push(...r.diagnostics);
    ins.bands.forEach((b, i) => {
      if (grade?.levels && !grade.levels.includes(b.level)) ds.push(src.pathDiag(['inspection', 'bands', i, 'level'], 'SC0104', 'error', `'${b.level}' is not a level of ${ins.grade}`));
    });
    const outcomes: Record<string, EffectMap> = {};
    for (const [level, eff] of Object.entries(ins.outcomes ?? {})) {
      outcomes[level] = compileEffects(src, ['inspection', 'outcomes', level], eff, variables, ds);
    }
    if (r.formula) inspection = { grade: ins.grade, score: r.formula, regimes: ins.regimes, noise: ins.noise, bands: [...ins.bands].sort((a, b) => b.min - a.min), outcomes };
  }

  for (const [i, c] of (data.cascades ?? []).entries()) if (!numeric.has(c.variable)) ds.push(unknownVariable(src, ['cascades', i, 'variable'], c.variable, numeric));
  if (data.perception) {
    for (const key of ['truth', 'clarity'] as const) {
      if (!numeric.has(data.perception[key])) ds.push(unknownVariable(src, ['perception', key], data.perception[key], numeric));
    }
  }
  const disp = data.display;
  for (const key of ['summary', 'truth'] as const) if (!readable.has(disp[key])) ds.push(unknownVariable(src, ['display', key], disp[key], readable));
  for (const key of ['indicators', 'pressures'] as const) {
    disp[key].forEach((id, i) => { if (!readable.has(id)) ds.push(unknownVariable(src, ['display', key, i], id, readable)); });
  }

  const model: Model = {
    id: data.id, title: data.title, variables, derived, flows, resources: data.resources ?? [], incident, inspection,
    cascades: data.cascades ?? [], perception: data.perception, display: disp,
  };
  return { model, diagnostics: ds };
}
