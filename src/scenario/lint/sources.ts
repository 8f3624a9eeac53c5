// What the static tools (lint, graph) read: the compiled scenario, the files it came from (for places), their raw data
// (for expression text) and every expression in both files, parsed to a syntax tree.
import type { Scenario } from '../../engine/types';
import { identifiersOf, parseExpression, type Expr } from '../expr';
import type { ModelFileData } from '../schema/model-schema';
import type { ScenarioFileData } from '../schema/scenario-schema';
import { SourceFile, type Path } from '../source-map';

export interface StaticSources {
  scenario: Scenario;
  src: SourceFile;
  modelSrc: SourceFile;
  data: ScenarioFileData;
  modelData: ModelFileData;
}

export type SiteOwner =
  | { kind: 'decision' | 'event' | 'ending' | 'reflection' | 'derived'; id: string }
  | { kind: 'flow'; id: string; index: number }
  | { kind: 'incident' | 'inspection'; id: string };

/** One expression in a file: where it is, what it belongs to and its syntax tree. */
export interface ExprSite {
  src: SourceFile;
  path: Path;
  key: 'requires' | 'when' | 'chance' | 'formula' | 'rate' | 'hazard' | 'score';
  owner: SiteOwner;
  text: string;
  ast: Expr;
  variables: string[];
  ids: string[];
}

/**
 * The sources of a scenario that loaded without errors: `sources` maps file names to text as the loader returns them
 * (the scenario file and its model file).
 */
export function staticSources(scenario: Scenario, file: string, sources: Record<string, string>): StaticSources {
  const modelFile = Object.keys(sources).find((f) => f !== file);
  if (modelFile === undefined || sources[file] === undefined) throw new Error(`the sources of ${file} and its model are needed`);
  const src = new SourceFile(file, sources[file]);
  const modelSrc = new SourceFile(modelFile, sources[modelFile]);
  return { scenario, src, modelSrc, data: src.data().data as ScenarioFileData, modelData: modelSrc.data().data as ModelFileData };
}

export function expressionSites(s: StaticSources): ExprSite[] {
  const out: ExprSite[] = [];
  const add = (src: SourceFile, path: Path, key: ExprSite['key'], owner: SiteOwner, text: string | number | boolean | undefined) => {
    if (text === undefined) return;
    const ast = parseExpression(String(text)).ast;
    if (!ast) return;
    out.push({ src, path, key, owner, text: String(text), ast, ...identifiersOf(ast) });
  };
  const { data, modelData, src, modelSrc } = s;
  data.decisions.forEach((d, i) => add(src, ['decisions', i, 'requires'], 'requires', { kind: 'decision', id: d.id }, d.requires));
  data.events.forEach((e, i) => {
    add(src, ['events', i, 'when'], 'when', { kind: 'event', id: e.id }, e.when);
    add(src, ['events', i, 'chance'], 'chance', { kind: 'event', id: e.id }, e.chance);
  });
  for (const [id, r] of Object.entries(data.reflections)) add(src, ['reflections', id, 'when'], 'when', { kind: 'reflection', id }, r.when);
  data.endings.forEach((e, i) => add(src, ['endings', i, 'when'], 'when', { kind: 'ending', id: e.id }, e.when));
  for (const [id, d] of Object.entries(modelData.derived ?? {})) add(modelSrc, ['derived', id, 'formula'], 'formula', { kind: 'derived', id }, d.formula);
  (modelData.flows ?? []).forEach((f, i) => add(modelSrc, ['flows', i, 'rate'], 'rate', { kind: 'flow', id: f.to, index: i }, f.rate));
  if (modelData.incident) add(modelSrc, ['incident', 'hazard'], 'hazard', { kind: 'incident', id: 'incident' }, modelData.incident.hazard);
  if (modelData.inspection) add(modelSrc, ['inspection', 'score'], 'score', { kind: 'inspection', id: 'inspection' }, modelData.inspection.score);
  return out;
}

/** Every effect map in the scenario and the model, with its place and what it belongs to. */
export interface EffectSite { src: SourceFile; path: Path; owner: { kind: 'decision' | 'event' | 'choice' | 'inspection'; id: string; event?: string }; after?: number; effects: Record<string, number | { set: number | string }> }

export function effectSites(s: StaticSources): EffectSite[] {
  const out: EffectSite[] = [];
  const { data, src } = s;
  type Raw = { effects?: EffectSite['effects']; later?: { after: number; effects: EffectSite['effects'] }[] };
  const push = (path: Path, owner: EffectSite['owner'], raw: Raw) => {
    if (raw.effects) out.push({ src, path: [...path, 'effects'], owner, effects: raw.effects });
    (raw.later ?? []).forEach((l, i) => out.push({ src, path: [...path, 'later', i, 'effects'], owner, after: l.after, effects: l.effects }));
  };
  data.decisions.forEach((d, i) => push(['decisions', i], { kind: 'decision', id: d.id }, d));
  data.events.forEach((e, i) => {
    push(['events', i], { kind: 'event', id: e.id }, e);
    (e.choices ?? []).forEach((c, j) => push(['events', i, 'choices', j], { kind: 'choice', id: c.id, event: e.id }, c));
  });
  for (const [level, effects] of Object.entries(s.modelData.inspection?.outcomes ?? {})) {
    out.push({ src: s.modelSrc, path: ['inspection', 'outcomes', level], owner: { kind: 'inspection', id: level }, effects });
  }
  return out;
}
