import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { stateHash } from '../../src/engine/session';
import { formItems } from '../../src/learning/check';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMIT } from '../../src/lms/suspend';
import { scenario } from '../engine/helpers';

const northmoor = scenario('northmoor');
const scenarioOf = (id: string) => (id === 'northmoor' ? northmoor : undefined);
const check = northmoor.check!;
const answers = (form: 'before' | 'after') => Object.fromEntries(formItems(check, form).map((it) => [it.id, it.choices ? it.choices[0].id : 3]));
const learning = { before: answers('before'), after: answers('after'), reaction: { useful: 4, relevant: 3, willDo: 'Ask for a practice story at every meeting.' } };

describe('the suspend data an LMS keeps between sittings', () => {
  it('holds a whole Northmoor game and its learning record within SCORM 1.2\'s 4,096 characters, under every built-in policy', () => {
    const lengths: Record<string, number[]> = {};
    for (const policy of Object.keys(BUILT_IN) as (keyof typeof BUILT_IN)[]) {
      for (let seed = 1; seed <= 20; seed++) {
        const game = playBot(northmoor, BUILT_IN[policy], `lms-${seed}`);
        const text = encodeSuspend(game, learning);
        (lengths[policy] ??= []).push(text.length);
        expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
        if (seed <= 3) {
          const back = decodeSuspend(text, scenarioOf);
          expect(back.problem).toBeUndefined();
          expect(stateHash(back.game!)).toBe(stateHash(game));
          expect(back.learning).toEqual({ ...learning, reaction: { useful: 4, relevant: 3 } });
        }
      }
    }
    console.log(`suspend_data of a whole Northmoor game with its check (characters, of ${SUSPEND_LIMIT}): ${Object.entries(lengths).map(([p, l]) => `${p} ${Math.min(...l)}-${Math.max(...l)}`).join(', ')}`);
  });

  it('sends no free text to the LMS: what the player typed stays on the device', () => {
    const game = playBot(northmoor, BUILT_IN.balanced, 'lms-long');
    const text = encodeSuspend(game, { ...learning, reflections: { a: 'Our chair never asked.' }, draft: { x: 'a' } });
    expect(text).not.toContain('Our chair never asked');
    expect(text).not.toContain(learning.reaction.willDo);
    const back = decodeSuspend(text, scenarioOf);
    expect(stateHash(back.game!)).toBe(stateHash(game));
    expect(back.learning).toEqual({ before: learning.before, after: learning.after, reaction: { useful: 4, relevant: 3 } });
  });

  it('says why a damaged, foreign or outdated record starts the game afresh, and never throws', () => {
    const game = playBot(northmoor, BUILT_IN.learning, 'lms-2');
    const text = encodeSuspend(game, null);
    expect(decodeSuspend('', scenarioOf)).toEqual({});
    for (const bad of ['{', '[]', 'null', JSON.stringify({ v: 9 }), text.replace(/"m":"[^"]*"/, '"m":"ZZZZZZZZZZZZZZZZ"')]) {
      const r = decodeSuspend(bad, scenarioOf);
      expect(r.game, bad).toBeUndefined();
      expect(r.problem, bad).toMatch(/afresh|damaged|not made/);
    }
    expect(decodeSuspend(text.replace('"northmoor"', '"elsewhere"'), scenarioOf).problem).toContain("'elsewhere'");
    expect(decodeSuspend(text.replace(/"h":"[0-9a-f]+"/, '"h":"00000000"'), scenarioOf).problem).toContain('has changed');
  });
});
