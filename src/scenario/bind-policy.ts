// Binding a policy file to the scenario it plays: its rules' conditions compiled against what the board can see there.
// A policy plays as a board would, so a rule that reads a hidden variable is refused: no bot may act on the truth.
import type { Policy, PolicyRule } from '../engine/bot';
import type { Formula, Scenario } from '../engine/types';
import { variableTypes } from './compile-model';
import type { Diagnostic } from './diagnostics';
import type { ExprSymbols } from './expr';
import { compileFormula } from './formula';
import type { PolicyFileData, PolicySource } from './policy';

/** Codes of problems found only when a policy meets its scenario (its shape is checked with the loader's SC codes). */
export const POLICY_CODES = {
  SP0001: 'a rule reads a value the board cannot see',
} as const;

/** The policy's own preferences, without its rules. */
export function policyOf(p: PolicyFileData): Policy {
  return { name: p.name, tags: p.tags, avoid: p.avoid, perQuarter: p.per_quarter ?? 'slots', answers: p.answers ?? 'tags', randomness: p.randomness ?? 0.5 };
}

/** What a rule may read: visible variables and derived values, the calendar, and the scenario's decisions and events. */
export function boardSymbols(scenario: Scenario): ExprSymbols {
  const { variables, derived } = scenario.model;
  return {
    variables: variableTypes(variables.filter((v) => v.visibility === 'visible'), derived.filter((d) => d.visibility === 'visible')),
    ids: new Set([...scenario.decisions.map((d) => d.id), ...scenario.events.map((e) => e.id)]),
  };
}

export function bindPolicy(source: PolicySource, scenario: Scenario): { policy?: Policy; diagnostics: Diagnostic[] } {
  const { src, data } = source;
  const symbols = boardSymbols(scenario);
  const model = scenario.model;
  const hidden = new Set([...model.variables, ...model.derived].filter((v) => v.visibility === 'hidden').map((v) => v.id));
  const seen = [model.display.summary, ...model.display.pressures].filter((id) => symbols.variables.has(id));
  const ds: Diagnostic[] = [];
  const rules: PolicyRule[] = (data.rules ?? []).map((r, i) => {
    const path = ['rules', i, 'when'];
    const compiled = compileFormula(src, path, r.when, symbols, 'boolean');
    ds.push(...compiled.diagnostics.map((d) => {
      const name = d.code === 'SC0301' ? src.text.split(/\r?\n/)[d.line - 1]?.slice(d.col - 1, d.col - 1 + d.length) : undefined;
      if (name === undefined || !hidden.has(name)) return d;
      return { ...d, code: 'SP0001', message: `'${name}' is hidden: the board cannot see it`,
        hint: `a policy plays as a board would, so its rules read only what the board sees${seen.length ? ` (such as ${seen.join(', ')})` : ''}` };
    }));
    const when: Formula = compiled.formula ?? (() => false);
    return { when, tags: r.tags, perQuarter: r.per_quarter, answers: r.answers, avoid: r.avoid };
  });
  if (ds.some((d) => d.severity === 'error')) return { diagnostics: ds };
  return { policy: { ...policyOf(data), rules }, diagnostics: ds };
}
