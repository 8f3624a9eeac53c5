// Scenario file + its compiled model -> the engine's Scenario, with every cross-reference checked and placed.
import type { ChoiceDef, DecisionDef, EventDef, LaterEffect, Model, RoleDef, SayingDef, Scenario, Tag, Variant, Vars } from '../engine/types';
import { compileCheck } from './compile-check';
import type { Diagnostic } from './diagnostics';
import { compileEffects, unknownVariable } from './effects';
import { suggest, type ExprSymbols } from './expr';
import { compileFormula } from './formula';
import { variableTypes } from './compile-model';
import type { ScenarioFileData } from './schema/scenario-schema';
import type { Path, SourceFile } from './source-map';

export const BUILT_IN_POLICIES = ['none', 'random', 'compliance', 'learning', 'balanced', 'steady'];

export function compileScenario(src: SourceFile, data: ScenarioFileData, model: Model, hash: string): { scenario?: Scenario; diagnostics: Diagnostic[] } {
  const ds: Diagnostic[] = [];
  const vars = model.variables;
  const varIds = vars.map((v) => v.id);
  const quarters = data.calendar.quarters;

  const start: Vars = Object.fromEntries(vars.map((v) => [v.id, v.initial]));
  for (const [id, value] of Object.entries(data.start ?? {})) {
    const v = vars.find((x) => x.id === id);
    if (!v) { ds.push(unknownVariable(src, ['start', id], id, varIds, true)); continue; }
    const ok = v.kind === 'level' ? typeof value === 'string' && v.levels!.includes(value) : typeof value === 'number' && value >= v.min && value <= v.max;
    if (!ok) ds.push(src.pathDiag(['start', id], 'SC0110', 'error', v.kind === 'level' ? `'${id}' starts at one of ${v.levels!.join(', ')}` : `'${id}' must start within [${v.min}, ${v.max}]`));
    else start[id] = value;
  }

  const rest: Record<string, number> = {};
  for (const v of vars) if (v.kind === 'number') rest[v.id] = v.relax?.toward ?? (v.initial as number);
  for (const [id, value] of Object.entries(data.rest ?? {})) {
    const v = vars.find((x) => x.id === id);
    if (!v) { ds.push(unknownVariable(src, ['rest', id], id, varIds, true)); continue; }
    if (v.kind !== 'number' || value < v.min || value > v.max) ds.push(src.pathDiag(['rest', id], 'SC0110', 'error', v.kind === 'number' ? `'${id}' rests within [${v.min}, ${v.max}]` : `'${id}' is a level and does not drift`));
    else if (!v.relax) ds.push(src.pathDiag(['rest', id], 'SC0110', 'warning', `'${id}' has no relax rate in the model, so it never drifts toward a resting level`, 'give it relax: in the model file, or remove it from rest:', true));
    else rest[id] = value;
  }

  const regime = data.calendar.inspection_regime;
  if (regime !== undefined && model.inspection && !Object.hasOwn(model.inspection.regimes, regime)) {
    const near = suggest(regime, Object.keys(model.inspection.regimes));
    ds.push(src.pathDiag(['calendar', 'inspection_regime'], 'SC0104', 'error', `unknown inspection regime '${regime}'`, near ? `did you mean '${near}'?` : `the model defines ${Object.keys(model.inspection.regimes).join(', ')}`));
  }
  const phases = (data.calendar.phases ?? []).map((p, i) => {
    const [a, b] = p.quarters.split('-').map(Number);
    const to = b ?? a;
    if (a < 1 || to > quarters || a > to) ds.push(src.pathDiag(['calendar', 'phases', i, 'quarters'], 'SC0110', 'error', `quarters ${p.quarters} are outside 1-${quarters}`));
    return { id: p.id, title: p.title, from: a, to };
  });
  for (const q of Object.keys(data.guide ?? {})) {
    if (!/^\d+$/.test(q) || +q < 1 || +q > quarters) ds.push(src.pathDiag(['guide', q], 'SC0110', 'error', `guide key '${q}' is not a quarter between 1 and ${quarters}`, undefined, true));
  }

  const roleSeeds = Object.entries(data.roles).map(([id, r]) => {
    (r.sees ?? []).forEach((s, i) => { if (!varIds.includes(s) && !model.derived.some((d) => d.id === s)) ds.push(unknownVariable(src, ['roles', id, 'sees', i], s, [...varIds, ...model.derived.map((d) => d.id)])); });
    return { id, name: r.name, brief: r.brief, sees: r.sees ?? [], private: r.private ?? '' };
  });

  // One namespace for decisions and events: chose(), happened() and quartersSince() name either.
  const ids = new Map<string, Path>();
  const claim = (id: string, path: Path) => {
    if (ids.has(id)) ds.push(src.pathDiag(path, 'SC0105', 'error', `duplicate id '${id}'`, 'decision and event ids must be unique in a scenario'));
    else ids.set(id, path);
  };
  data.decisions.forEach((d, i) => claim(d.id, ['decisions', i, 'id']));
  data.events.forEach((e, i) => claim(e.id, ['events', i, 'id']));
  const symbols: ExprSymbols = { variables: variableTypes(vars, model.derived), ids: new Set(ids.keys()) };
  const reflectionIds = Object.keys(data.reflections);
  const checkReflection = (id: string | undefined, path: Path) => {
    if (id !== undefined && !reflectionIds.includes(id)) {
      const near = suggest(id, reflectionIds);
      ds.push(src.pathDiag(path, 'SC0106', 'error', `unknown reflection '${id}'`, near ? `did you mean '${near}'?` : 'add it under reflections:'));
    }
  };
  const formula = (path: Path, text: string | number | boolean | undefined, expected: 'number' | 'boolean') => {
    if (text === undefined) return undefined;
    const r = compileFormula(src, path, text, symbols, expected);
    ds.push(...r.diagnostics);
    return r.formula;
  };
  const variants = <T>(path: Path, raw: ({ count?: number; when?: string | number | boolean } & T)[] | undefined): Variant<T>[] =>
    (raw ?? []).map((v, i) => {
      const { count, when, ...text } = v;
      if (count === undefined && when === undefined) ds.push(src.pathDiag([...path, i], 'SC0100', 'error', 'a variant needs count: or when: to say when it is used', undefined));
      return { count, when: formula([...path, i, 'when'], when, 'boolean'), text: text as unknown as Partial<T> };
    });
  const roleIds = Object.keys(data.roles);
  const later = (path: Path, raw: { after: number; effects: Record<string, number | { set: number | string }> }[] | undefined): LaterEffect[] =>
    (raw ?? []).map((l, i) => ({ after: l.after, effects: compileEffects(src, [...path, i, 'effects'], l.effects, vars, ds) }));

  const decisions: DecisionDef[] = data.decisions.map((d, i) => {
    const path = ['decisions', i];
    const { slots = 1, quarters: busy = 1, ...resources } = d.cost;
    for (const r of Object.keys(resources)) {
      if (!model.resources.includes(r)) {
        const near = suggest(r, [...model.resources, 'slots', 'quarters']);
        ds.push(src.pathDiag([...path, 'cost', r], 'SC0103', 'error', `'${r}' is not a cost: costs are slots, quarters and the model's resources (${model.resources.join(', ')})`, near ? `did you mean '${near}'?` : undefined, true));
      }
    }
    checkReflection(d.reflection, [...path, 'reflection']);
    if (d.ask && !roleIds.includes(d.ask.of)) {
      const near = suggest(d.ask.of, roleIds);
      ds.push(src.pathDiag([...path, 'ask', 'of'], 'SC0106', 'error', `unknown role '${d.ask.of}'`, near ? `did you mean '${near}'?` : `the roles are ${roleIds.join(', ')}`));
    }
    let binds: DecisionDef['binds'];
    if (d.binds) {
      const { quarters: bq, ...bound } = d.binds;
      for (const r of Object.keys(bound)) {
        if (model.resources.includes(r)) continue;
        const near = suggest(r, [...model.resources, 'quarters']);
        ds.push(src.pathDiag([...path, 'binds', r], 'SC0103', 'error', `'${r}' is not a resource of the model (${model.resources.join(', ')})`, near ? `did you mean '${near}'?` : undefined, true));
      }
      binds = { quarters: bq, resources: bound };
    }
    const ask = d.ask ? {
      of: d.ask.of, refused: d.ask.refused, refusedEffects: compileEffects(src, [...path, 'ask', 'refused_effects'], d.ask.refused_effects ?? {}, vars, ds),
      chance: formula([...path, 'ask', 'chance'], d.ask.chance, 'number') ?? (() => 0),
    } : undefined;
    return {
      fade: d.fade ?? 1, ask, binds,
      id: d.id, title: d.title, text: d.text, tags: d.tags as Tag[], cost: { resources, slots, quarters: busy },
      requires: formula([...path, 'requires'], d.requires, 'boolean'), requiresSource: d.requires === undefined ? undefined : String(d.requires), unavailable: d.unavailable,
      once: d.once ?? false, cooldown: d.cooldown ?? 0,
      effects: compileEffects(src, [...path, 'effects'], d.effects ?? {}, vars, ds), later: later([...path, 'later'], d.later), reflection: d.reflection,
    };
  });

  let incidentEvents = 0;
  const events: EventDef[] = data.events.map((e, i) => {
    const path = ['events', i];
    const need = (key: 'at' | 'when' | 'chance') => { if (e[key] === undefined) ds.push(src.pathDiag(path, 'SC0100', 'error', `a ${e.kind} event needs '${key}'`, undefined)); };
    if (e.kind === 'scheduled') need('at');
    if (e.kind === 'conditional') need('when');
    if (e.kind === 'random') need('chance');
    if (e.kind === 'incident') incidentEvents++;
    (e.at ?? []).forEach((q, j) => { if (q > quarters) ds.push(src.pathDiag([...path, 'at', j], 'SC0110', 'error', `quarter ${q} is after the last quarter (${quarters})`)); });
    const choiceIds = new Set<string>();
    const choices: ChoiceDef[] = (e.choices ?? []).map((c, j) => {
      const cp = [...path, 'choices', j];
      if (choiceIds.has(c.id)) ds.push(src.pathDiag([...cp, 'id'], 'SC0105', 'error', `duplicate choice id '${c.id}'`));
      choiceIds.add(c.id);
      checkReflection(c.reflection, [...cp, 'reflection']);
      if (c.puts !== undefined && !data.decisions.some((d) => d.id === c.puts)) {
        const near = suggest(c.puts, data.decisions.map((d) => d.id));
        ds.push(src.pathDiag([...cp, 'puts'], 'SC0106', 'error', `unknown decision '${c.puts}'`, near ? `did you mean '${near}'?` : 'puts: names a decision of this scenario'));
      }
      return {
        id: c.id, label: c.label, tags: (c.tags ?? []) as Tag[], effects: compileEffects(src, [...cp, 'effects'], c.effects ?? {}, vars, ds), later: later([...cp, 'later'], c.later), reflection: c.reflection,
        when: formula([...cp, 'when'], c.when, 'boolean'), variants: variants([...cp, 'variants'], c.variants), puts: c.puts,
      };
    });
    const defaults = (e.choices ?? []).filter((c) => c.default);
    if (defaults.length > 1) ds.push(src.pathDiag([...path, 'choices'], 'SC0104', 'error', 'only one choice can be the default'));
    if (e.inspect && !model.inspection) ds.push(src.pathDiag([...path, 'inspect'], 'SC0111', 'error', `model '${model.id}' defines no inspection`));
    const gradeLevels = model.inspection ? vars.find((v) => v.id === model.inspection!.grade)?.levels ?? [] : [];
    for (const g of Object.keys(e.grades ?? {})) {
      if (!e.inspect) { ds.push(src.pathDiag([...path, 'grades'], 'SC0111', 'error', `'${e.id}' has grades: but is not an inspection`, 'add inspect: true, or remove grades:', true)); break; }
      if (!gradeLevels.includes(g)) { const near = suggest(g, gradeLevels); ds.push(src.pathDiag([...path, 'grades', g], 'SC0104', 'error', `'${g}' is not a grade the inspection gives`, near ? `did you mean '${near}'?` : `the grades are ${gradeLevels.join(', ')}`, true)); }
    }
    return {
      id: e.id, kind: e.kind, at: e.at ?? [], when: formula([...path, 'when'], e.when, 'boolean'), chance: formula([...path, 'chance'], e.chance, 'number'),
      once: e.once ?? true, cooldown: e.cooldown ?? 0, from: e.from, cue: e.cue, contentNote: e.content_note, inspect: e.inspect ?? false,
      grades: Object.fromEntries(Object.entries(e.grades ?? {}).map(([g, t]) => [g, t.trim()])),
      headline: e.headline, text: e.text, effects: compileEffects(src, [...path, 'effects'], e.effects ?? {}, vars, ds), choices,
      defaultChoice: defaults[0]?.id ?? choices[0]?.id, variants: variants([...path, 'variants'], e.variants),
    };
  });
  // several incident events: the first whose when holds tells the incident; one without when catches the rest
  if (incidentEvents > 1 && !data.events.some((e) => e.kind === 'incident' && e.when === undefined)) {
    const last = data.events.map((e, i) => ({ e, i })).filter(({ e }) => e.kind === 'incident').pop()!;
    ds.push(src.pathDiag(['events', last.i, 'when'], 'SC0100', 'warning', 'every incident event has a when: an incident when none holds is told by none', 'leave the when off the last one, so it tells every other incident', true));
  }
  const incidents = data.incidents ?? true;
  if (!incidents && !model.incident) ds.push(src.pathDiag(['incidents'], 'SC0111', 'warning', `incidents: false changes nothing: model '${model.id}' draws no serious incidents`, 'remove the key', true));
  if (incidentEvents === 0 && incidents && model.incident) ds.push(src.pathDiag(['events'], 'SC0100', 'warning', `model '${model.id}' draws serious incidents but no event has kind: incident`, 'add an incident event so players read what happened'));

  const roles: RoleDef[] = roleSeeds.map((r) => ({ ...r, says: (data.roles[r.id].says ?? []).map((line, i) => saying(['roles', r.id, 'says', i], line)) }));
  function saying(path: Path, line: NonNullable<ScenarioFileData['roles'][string]['says']>[number]): SayingDef {
    const kind = line.kind ?? 'view';
    if (line.with !== undefined && !roleIds.includes(line.with)) {
      const near = suggest(line.with, roleIds);
      ds.push(src.pathDiag([...path, 'with'], 'SC0106', 'error', `unknown role '${line.with}'`, near ? `did you mean '${near}'?` : `the roles are ${roleIds.join(', ')}`));
    }
    if (line.asks !== undefined && !data.decisions.some((d) => d.id === line.asks)) {
      const near = suggest(line.asks, data.decisions.map((d) => d.id));
      ds.push(src.pathDiag([...path, 'asks'], 'SC0106', 'error', `unknown decision '${line.asks}'`, near ? `did you mean '${near}'?` : 'asks: names a decision of this scenario'));
    }
    if (kind === 'disagree' && line.with === undefined) ds.push(src.pathDiag(path, 'SC0100', 'error', 'a disagreement needs with: the role whose view it answers', undefined));
    if (kind === 'request' && line.asks === undefined) ds.push(src.pathDiag(path, 'SC0100', 'error', 'a request needs asks: the decision the member asks for', undefined));
    if (kind !== 'disagree' && line.with !== undefined) ds.push(src.pathDiag([...path, 'with'], 'SC0111', 'warning', `with: is read only for kind: disagree`, 'remove it, or write kind: disagree', true));
    if (kind !== 'request' && line.asks !== undefined) ds.push(src.pathDiag([...path, 'asks'], 'SC0111', 'warning', `asks: is read only for kind: request`, 'remove it, or write kind: request', true));
    const out: SayingDef = { kind, text: line.text };
    const when = formula([...path, 'when'], line.when, 'boolean');
    if (when) out.when = when;
    if (line.with !== undefined) out.with = line.with;
    if (line.asks !== undefined) out.asks = line.asks;
    return out;
  }

  const stories = data.stories.map((s, i) => {
    if (s.reading[0] >= s.reading[1]) ds.push(src.pathDiag(['stories', i, 'reading'], 'SC0110', 'error', `reading [${s.reading.join(', ')}] is empty`));
    return {
      id: s.id, reading: s.reading, voice: s.voice, vague: s.vague, clear: s.clear,
      when: formula(['stories', i, 'when'], s.when, 'boolean'), variants: variants(['stories', i, 'variants'], s.variants),
    };
  });
  const reflections = Object.entries(data.reflections).map(([id, r]) => ({ id, prompt: r.prompt, when: formula(['reflections', id, 'when'], r.when, 'boolean') }));

  const endingIds = new Set<string>();
  const endings = data.endings.map((e, i) => {
    if (endingIds.has(e.id)) ds.push(src.pathDiag(['endings', i, 'id'], 'SC0105', 'error', `duplicate ending '${e.id}'`));
    endingIds.add(e.id);
    return { id: e.id, title: e.title, text: e.text, ...(e.revealed === undefined ? {} : { revealed: e.revealed }), when: formula(['endings', i, 'when'], e.when, 'boolean') ?? (() => false), early: e.early ?? false, priority: e.priority ?? 0, verdict: e.verdict };
  });
  if (!data.endings.some((e) => String(e.when).trim() === 'true' && !e.early)) {
    ds.push(src.pathDiag(['endings'], 'SC0109', 'error', 'no ending catches every game', 'add an ending with when: "true" (it is chosen when no other holds)'));
  }
  const gradeLevels = model.inspection ? (vars.find((v) => v.id === model.inspection!.grade)?.levels ?? []).filter((l) => l !== 'none') : [];
  const storyIds = data.stories.map((st) => st.id);
  for (const [id, b] of Object.entries(data.balance ?? {})) {
    // a band counts an ending (its key), an inspection grade, or a story heard: one of them
    if (b.grade !== undefined && b.heard !== undefined) ds.push(src.pathDiag(['balance', id], 'SC0104', 'error', `band '${id}' counts both a grade and a story`, 'give it grade: or heard:, not both', true));
    else if (b.grade !== undefined) {
      if (!gradeLevels.includes(b.grade)) { const near = suggest(b.grade, gradeLevels); ds.push(src.pathDiag(['balance', id, 'grade'], 'SC0104', 'error', `'${b.grade}' is not a grade the inspection gives`, near ? `did you mean '${near}'?` : gradeLevels.length ? `the grades are ${gradeLevels.join(', ')}` : `model '${model.id}' defines no inspection`)); }
      if (b.at !== undefined && b.at > quarters) ds.push(src.pathDiag(['balance', id, 'at'], 'SC0110', 'error', `quarter ${b.at} is after the last quarter (${quarters})`));
    } else if (b.heard !== undefined) {
      if (!storyIds.includes(b.heard)) { const near = suggest(b.heard, storyIds); ds.push(src.pathDiag(['balance', id, 'heard'], 'SC0106', 'error', `unknown story '${b.heard}'`, near ? `did you mean '${near}'?` : undefined)); }
    } else if (!endingIds.has(id)) { const near = suggest(id, endingIds); ds.push(src.pathDiag(['balance', id], 'SC0106', 'error', `unknown ending '${id}'`, near ? `did you mean '${near}'?` : 'or count a grade (grade:) or a story heard (heard:) with this name', true)); }
    if ((b.at !== undefined && b.grade === undefined) || (b.clear !== undefined && b.heard === undefined)) ds.push(src.pathDiag(['balance', id], 'SC0104', 'error', `band '${id}': ${b.at !== undefined && b.grade === undefined ? 'at: goes with grade:' : 'clear: goes with heard:'}`, undefined, true));
    if (!BUILT_IN_POLICIES.includes(b.policy) && !b.policy.endsWith('.yaml')) ds.push(src.pathDiag(['balance', id, 'policy'], 'SC0104', 'error', `unknown policy '${b.policy}'`, `use ${BUILT_IN_POLICIES.join(', ')} or a policy file`));
    if (b.between[0] > b.between[1]) ds.push(src.pathDiag(['balance', id, 'between'], 'SC0110', 'error', 'write between: [low, high]'));
  }

  const scenario: Scenario = {
    id: data.id, title: data.title, summary: data.summary, difficulty: data.difficulty, contentNote: data.content_note, hash, model, start, rest,
    intro: data.intro, guide: Object.fromEntries(Object.entries(data.guide ?? {}).map(([k, v]) => [Number(k), typeof v === 'string'
      ? [{ at: 'briefing' as const, text: v }]
      : v.map((step) => ({ at: step.at ?? 'briefing', text: step.text, ...(step.points ? { points: step.points } : {}) }))])),
    calendar: { quarters, firstQuarter: data.calendar.first_quarter ?? 'Quarter 1', slots: data.calendar.slots ?? 3, regime, phases },
    roles, decisions, events, stories, reflections, endings, balance: data.balance ?? {}, incidents,
    ...(data.check ? { check: compileCheck(src, data.check, ds) } : {}),
  };
  return { scenario, diagnostics: ds };
}
