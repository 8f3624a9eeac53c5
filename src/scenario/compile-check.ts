// A scenario's check before and after play: constructs named, items either choice or scale, forms parallel. The two
// forms measure the same things with different questions (a before/after gain is only a gain if the after form is not
// the before form remembered), so each construct must be asked as many times after as before, never in the same words.
import type { CheckDef, CheckItemDef } from '../engine/types';
import type { Diagnostic } from './diagnostics';
import { suggest } from './expr';
import type { ScenarioFileData } from './schema/scenario-schema';
import type { SourceFile } from './source-map';

type CheckData = NonNullable<ScenarioFileData['check']>;

export function compileCheck(src: SourceFile, data: CheckData, ds: Diagnostic[]): CheckDef {
  const constructIds = Object.keys(data.constructs);
  const ids = new Set<string>();
  const items: CheckItemDef[] = data.items.map((it, i) => {
    const at = ['check', 'items', i];
    if (ids.has(it.id)) ds.push(src.pathDiag([...at, 'id'], 'SC0105', 'error', `duplicate check item '${it.id}'`, 'give each item its own id'));
    ids.add(it.id);
    if (!constructIds.includes(it.construct)) {
      const near = suggest(it.construct, constructIds);
      ds.push(src.pathDiag([...at, 'construct'], 'SC0106', 'error', `unknown construct '${it.construct}'`, near ? `did you mean '${near}'?` : 'add it under check.constructs:'));
    }
    if ((it.choices === undefined) === (it.scale === undefined)) {
      ds.push(src.pathDiag(at, 'SC0112', 'error', `check item '${it.id}' needs ${it.choices ? 'choices: or scale:, not both' : 'choices: or scale:'}`, 'a choice item has one best answer; a scale item (confidence) is reported, never marked'));
    }
    if (it.choices && it.choices.filter((c) => c.best).length !== 1) {
      ds.push(src.pathDiag([...at, 'choices'], 'SC0112', 'error', `check item '${it.id}' has ${it.choices.filter((c) => c.best).length} best answers`, 'mark exactly one choice best: true'));
    }
    if (it.scale && it.scale.to <= it.scale.from) ds.push(src.pathDiag([...at, 'scale'], 'SC0110', 'error', `scale ${it.scale.from}-${it.scale.to} is empty`, 'write from: below to:'));
    return {
      id: it.id, construct: it.construct, form: it.form, prompt: it.prompt.trim(), about: it.about.trim(),
      series: it.series ?? [],
      ...(it.choices ? { choices: it.choices.map((c) => ({ id: c.id, label: c.label, best: c.best ?? false })) } : {}),
      ...(it.scale ? { scale: it.scale } : {}),
    };
  });
  for (const id of constructIds) {
    const before = items.filter((it) => it.construct === id && it.form === 'before').length;
    const after = items.filter((it) => it.construct === id && it.form === 'after').length;
    if (before !== after || before === 0) {
      ds.push(src.pathDiag(['check', 'constructs', id], 'SC0112', 'error', `construct '${id}' is asked ${before} time${before === 1 ? '' : 's'} before play and ${after} after`, 'parallel forms: ask each construct as often after as before, with different questions', true));
    }
  }
  const seen = new Map<string, number>();
  items.forEach((it, i) => {
    const words = it.prompt.toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(words);
    if (first !== undefined) ds.push(src.pathDiag(['check', 'items', i, 'prompt'], 'SC0112', 'error', `check item '${it.id}' asks the same question as '${items[first].id}'`, 'the after form asks about the same thing in other words, or a player answers from memory'));
    else seen.set(words, i);
  });
  return {
    offered: data.default ?? true, intro: data.intro.trim(),
    constructs: constructIds.map((id) => ({ id, title: data.constructs[id].title, about: data.constructs[id].about.trim() })), items,
  };
}
