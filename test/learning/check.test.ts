import { describe, expect, it } from 'vitest';
import { checkChange, checkScore, cleanAnswers, formItems, type CheckAnswers } from '../../src/learning/check';
import { checkStage } from '../../src/learning/record';
import { learningSummary } from '../../src/learning/summary';
import { parseSave } from '../../src/saves/format';
import { autosave } from '../../src/saves/store';
import { scenario } from '../engine/helpers';
import { midGame, NOW } from '../saves/fixtures';

const northmoor = scenario('northmoor');
const check = northmoor.check!;
/** Every item answered best (or, for a scale, at `point`). */
const allBest = (form: 'before' | 'after', point = 3): CheckAnswers => Object.fromEntries(formItems(check, form).map((it) => [it.id, it.choices ? it.choices.find((c) => c.best)!.id : point]));
const allWrong = (form: 'before' | 'after', point = 3): CheckAnswers => Object.fromEntries(formItems(check, form).map((it) => [it.id, it.choices ? it.choices.find((c) => !c.best)!.id : point]));

describe('the check before and after play', () => {
  it('Northmoor asks every construct as often after play as before, in other words, with one confidence scale a form', () => {
    const before = formItems(check, 'before');
    const after = formItems(check, 'after');
    expect(before.length).toBeGreaterThanOrEqual(6);
    expect(before.length).toBeLessThanOrEqual(8);
    for (const c of check.constructs) expect(before.filter((i) => i.construct === c.id).length).toBe(after.filter((i) => i.construct === c.id).length);
    expect(before.filter((i) => i.scale)).toHaveLength(1);
    expect(new Set([...before, ...after].map((i) => i.prompt)).size).toBe(before.length + after.length);
    expect(check.offered).toBe(true);
  });

  it('a player who moves from every wrong answer to every best one gains 100 points on each marked construct; the mark is 100', () => {
    const change = checkChange(check, allWrong('before', 2), allBest('after', 4));
    for (const c of change) {
      if (c.kind === 'marked') expect(c).toMatchObject({ before: 0, after: 1, change: 1 });
      else expect(c.change).toBeCloseTo(0.5); // confidence 2 -> 4 on a 1-5 scale
    }
    expect(checkScore(check, allBest('after'))).toBe(100);
    expect(checkScore(check, allWrong('after'))).toBe(0);
  });

  it('an unanswered item counts for nothing either way, and a construct never answered has no change', () => {
    const half = allBest('after');
    const delays = formItems(check, 'after').filter((i) => i.construct === 'delays');
    for (const it of delays) delete half[it.id];
    const change = checkChange(check, allBest('before'), half);
    expect(change.find((c) => c.construct === 'delays')).toMatchObject({ after: null, change: null });
    expect(change.find((c) => c.construct === 'numbers')).toMatchObject({ change: 0 });
  });

  it('answers that are not this check\'s (another version of the file, a tampered save) are dropped, not scored', () => {
    const first = formItems(check, 'before')[0];
    expect(cleanAnswers(check, 'before', { [first.id]: 'zz', no_such_item: 'a', confidence_before: 9 })).toEqual({});
    expect(cleanAnswers(check, 'before', 'junk')).toBeUndefined();
  });

  it('is offered before play, then after, then done; skipping it leaves it out of the game', () => {
    expect(checkStage(true, {})).toBe('before');
    expect(checkStage(true, { before: {} })).toBe('after');
    expect(checkStage(true, { before: {}, after: {} })).toBe('done');
    expect(checkStage(true, { skipped: true })).toBe('none');
    expect(checkStage(false, {})).toBe('none');
  });

  it('the summary lists every item as asked and answered, whether it was the best answer, and the mark', () => {
    const s = learningSummary(check, { before: allWrong('before'), after: allBest('after'), reaction: { useful: 4, willDo: 'Ask for a practice story first.' } });
    expect(s.check!.items).toHaveLength(check.items.length);
    expect(s.check!.items.filter((i) => i.form === 'after' && i.best === true)).toHaveLength(formItems(check, 'after').filter((i) => i.choices).length);
    expect(s.check!.score).toBe(100);
    expect(s.reaction).toEqual({ useful: 4, willDo: 'Ask for a practice story first.' });
  });
});

describe('the learning record in a save', () => {
  it('travels with the game and reads back as it was written', () => {
    const learning = { before: allBest('before'), reaction: { useful: 5 }, reflections: { listening: 'We never asked.' } };
    const { save } = parseSave(JSON.stringify(autosave(midGame(), NOW, undefined, learning)), 'x');
    expect(save?.learning).toEqual(learning);
  });

  it('a damaged record is dropped on its own: the game still opens', () => {
    const text = JSON.stringify({ ...autosave(midGame(), NOW), learning: { before: 'not answers', reaction: { useful: 99 }, after: { a: 'b' } } });
    const { save, problem } = parseSave(text, 'x');
    expect(problem).toBeUndefined();
    expect(save?.decisions.length).toBeGreaterThan(0);
    expect(save?.learning).toEqual({ after: { a: 'b' }, reaction: {} });
  });
});
