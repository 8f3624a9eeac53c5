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
  | { kind: 'decision' | 'event' | 'ending' | 'reflection' | 'derived' | 'story'; id: string }
  /** An answer's `when`: `id` is the answer's, `event` the event it answers. */
  | { kind: 'choice'; id: string; event: string }
  /** A variant's `when`: of the event, answer or story `id` (an answer's event in `event`), the `index`th variant. */
  | { kind: 'variant'; id: string; of: 'event' | 'choice' | 'story'; event?: string; index: number }
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
  const variants = (path: Path, of: 'event' | 'choice' | 'story', id: string, list: { when?: string | number | boolean }[] | undefined, event?: string) =>
    (list ?? []).forEach((v, k) => add(src, [...path, 'variants', k, 'when'], 'when', { kind: 'variant', id, of, event, index: k }, v.when));
  data.decisions.forEach((d, i) => {
    add(src, ['decisions', i, 'requires'], 'requires', { kind: 'decision', id: d.id }, d.requires);
    add(src, ['decisions', i, 'ask', 'chance'], 'chance', { kind: 'decision', id: d.id }, d.ask?.chance);
  });
  data.events.forEach((e, i) => {
    add(src, ['events', i, 'when'], 'when', { kind: 'event', id: e.id }, e.when);
    add(src, ['events', i, 'chance'], 'chance', { kind: 'event', id: e.id }, e.chance);
    variants(['events', i], 'event', e.id, e.variants);
    (e.choices ?? []).forEach((c, j) => {
      add(src, ['events', i, 'choices', j, 'when'], 'when', { kind: 'choice', id: c.id, event: e.id }, c.when);
      variants(['events', i, 'choices', j], 'choice', c.id, c.variants, e.id);
    });
  });
  data.stories.forEach((st, i) => {
    add(src, ['stories', i, 'when'], 'when', { kind: 'story', id: st.id }, st.when);
    variants(['stories', i], 'story', st.id, st.variants);
  });
  for (const [id, r] of Object.entries(data.reflections)) add(src, ['reflections', id, 'when'], 'when', { kind: 'reflection', id }, r.when);
  data.endings.forEach((e, i) => add(src, ['endings', i, 'when'], 'when', { kind: 'ending', id: e.id }, e.when));
  for (const [id, d] of Object.entries(modelData.derived ?? {})) add(modelSrc, ['derived', id, 'formula'], 'formula', { kind: 'derived', id }, d.formula);
  (modelData.flows ?? []).forEach((f, i) => add(modelSrc, ['flows', i, 'rate'], 'rate', { kind: 'flow', id: f.to, index: i }, f.rate));
  if (modelData.incident) add(modelSrc, ['incident', 'hazard'], 'hazard', { kind: 'incident', id: 'incident' }, modelData.incident.hazard);
  if (modelData.inspection) add(modelSrc, ['inspection', 'score'], 'score', { kind: 'inspection', id: 'inspection' }, modelData.inspection.score);
  return out;
}

/** Every effect map in the scenario and the model, with its place and what it belongs to (`refused`: a request's refusal). */
export interface EffectSite { src: SourceFile; path: Path; owner: { kind: 'decision' | 'event' | 'choice' | 'inspection'; id: string; event?: string }; after?: number; refused?: boolean; effects: Record<string, number | { set: number | string }> }

export function effectSites(s: StaticSources): EffectSite[] {
  const out: EffectSite[] = [];
  const { data, src } = s;
  type Raw = { effects?: EffectSite['effects']; later?: { after: number; effects: EffectSite['effects'] }[] };
  const push = (path: Path, owner: EffectSite['owner'], raw: Raw) => {
    if (raw.effects) out.push({ src, path: [...path, 'effects'], owner, effects: raw.effects });
    (raw.later ?? []).forEach((l, i) => out.push({ src, path: [...path, 'later', i, 'effects'], owner, after: l.after, effects: l.effects }));
  };
  data.decisions.forEach((d, i) => {
    push(['decisions', i], { kind: 'decision', id: d.id }, d);
    if (d.ask?.refused_effects) out.push({ src, path: ['decisions', i, 'ask', 'refused_effects'], owner: { kind: 'decision', id: d.id }, refused: true, effects: d.ask.refused_effects });
  });
  data.events.forEach((e, i) => {
    push(['events', i], { kind: 'event', id: e.id }, e);
    (e.choices ?? []).forEach((c, j) => push(['events', i, 'choices', j], { kind: 'choice', id: c.id, event: e.id }, c));
  });
  for (const [level, effects] of Object.entries(s.modelData.inspection?.outcomes ?? {})) {
    out.push({ src: s.modelSrc, path: ['inspection', 'outcomes', level], owner: { kind: 'inspection', id: level }, effects });
  }
  return out;
}
