import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot, preferencesNow, pressureInDanger, type Policy } from '../../src/engine/bot';
import { newGame, stateHash, stateOf } from '../../src/engine/session';
import type { Scenario, Tag } from '../../src/engine/types';
import { loadPolicy } from '../../src/scenario/policy';
import { scenario } from './helpers';

const northmoor = () => scenario('northmoor');

function policy(text: string, s: Scenario = northmoor()): Policy {
  const r = loadPolicy('test.policy.yaml', `policy: 1\nname: test\n${text}`, s);
  if (!r.policy) throw new Error(r.diagnostics.map((d) => `${d.code} ${d.message}`).join('; '));
  return r.policy;
}

/** Each decision the bot put on the agenda, with its quarter and tags. */
function picks(s: Scenario, p: Policy, seed: string): { quarter: number; tags: Tag[] }[] {
  const log = stateOf(playBot(s, p, seed)).log.filter((e) => e.kind === 'decision');
  return log.map((e) => ({ quarter: e.quarter, tags: s.decisions.find((d) => d.id === e.id)!.tags }));
}

function startingAt(s: Scenario, values: Record<string, number>): Scenario {
  return { ...s, start: { ...s.start, ...values } };
}

describe('policy rules', () => {
  it('a rule switches what the bot picks while its condition holds, and only then', () => {
    const late = policy('tags: { learning: 1 }\nrandomness: 0\nrules:\n  - when: "quarter >= 3"\n    tags: { compliance: 1 }\n');
    const chosen = picks(northmoor(), late, 'rules-1');
    const before = chosen.filter((c) => c.quarter < 3);
    const after = chosen.filter((c) => c.quarter >= 3);
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(before.every((c) => c.tags.includes('learning'))).toBe(true);
    expect(after.every((c) => c.tags.includes('compliance'))).toBe(true);
  });

  it('a rule that never holds leaves the game exactly as the policy without it would play it', () => {
    const plain = policy('tags: { learning: 1, capacity: 1 }\n');
    const never = policy('tags: { learning: 1, capacity: 1 }\nrules:\n  - when: "quarter > quarters"\n    tags: { compliance: 5 }\n    per_quarter: 0\n');
    expect(stateHash(playBot(northmoor(), never, 'never'))).toBe(stateHash(playBot(northmoor(), plain, 'never')));
  });

  it('the first rule that holds applies, and the keys it leaves out keep the top-level values', () => {
    const p = policy('tags: { learning: 1 }\nper_quarter: 2\navoid: [capacity]\nrules:\n  - when: "quarter >= 1"\n    tags: { relations: 2 }\n  - when: "true"\n    tags: { compliance: 9 }\n    per_quarter: 0\n');
    expect(preferencesNow(p, newGame(northmoor(), 'first').game)).toEqual({ tags: { relations: 2 }, perQuarter: 2, answers: 'tags', avoid: ['capacity'] });
  });

  it("a rule's answers apply when the bot answers events", () => {
    const s = northmoor();
    const byDefault = policy('tags: { learning: 1 }\nanswers: random\nrules:\n  - when: "true"\n    answers: default\n');
    const game = playBot(s, byDefault, 'answers');
    const answers = game.decisions.filter((d) => d.type === 'ANSWER');
    expect(answers.length).toBeGreaterThan(0);
    for (const a of answers) if (a.type === 'ANSWER') expect(a.choice).toBe(s.events.find((e) => e.id === a.event)!.defaultChoice);
  });

  it('the same seed and the same policy with rules give the same game twice', () => {
    const chair = policy('tags: { learning: 3, capacity: 1, relations: 1 }\nrules:\n  - when: "political_confidence < 35 || media_heat > 60"\n    tags: { relations: 3, compliance: 2, learning: 1 }\n');
    for (const p of [BUILT_IN.steady, chair]) {
      const a = playBot(northmoor(), p, 'twice');
      const b = playBot(northmoor(), p, 'twice');
      expect(a.decisions).toEqual(b.decisions);
      expect(stateHash(a)).toBe(stateHash(b));
    }
  });
});

describe('the steady policy', () => {
  it('calls the mandate in danger when confidence is in the worst fifth of its range, and weathers the press and the regulator', () => {
    const danger = pressureInDanger(northmoor().model);
    const at = (vars: Record<string, number>) => danger({ vars: { regulatory_pressure: 30, media_heat: 10, political_confidence: 60, ...vars }, chose: () => false, happened: () => false, quartersSince: () => 999, count: () => 0 });
    expect(at({})).toBe(false);
    expect(at({ political_confidence: 19 })).toBe(true);
    expect(at({ political_confidence: 21 })).toBe(false);
    expect(at({ media_heat: 90 })).toBe(false);
    expect(at({ regulatory_pressure: 90 })).toBe(false);
  });

  it('learns while the mandate is safe, and courts the council and gives the answer of least resistance when confidence is low', () => {
    const calm = newGame(northmoor(), 'calm').game;
    const low = newGame(startingAt(northmoor(), { political_confidence: 16 }), 'low').game;
    expect(preferencesNow(BUILT_IN.steady, calm)).toMatchObject({ tags: { learning: 3, capacity: 3, relations: 1, compliance: 0 }, answers: 'tags' });
    expect(preferencesNow(BUILT_IN.steady, low)).toMatchObject({ tags: { relations: 3, learning: 2, capacity: 2 }, answers: 'default' });

    // what it puts on the first agenda, over many games
    const share = (s: Scenario) => {
      const first = Array.from({ length: 30 }, (_, i) => picks(s, BUILT_IN.steady, `steady-${i}`).filter((c) => c.quarter === 1)).flat();
      return first.filter((c) => c.tags.includes('relations')).length / first.length;
    };
    expect(share(startingAt(northmoor(), { political_confidence: 16 }))).toBeGreaterThan(share(northmoor()) + 0.2);
  });

  it('plays a model without pressures as a learner', () => {
    const s = northmoor();
    const bare = { ...s, start: { ...s.start, political_confidence: 5 }, model: { ...s.model, display: { ...s.model.display, pressures: [] } } };
    expect(preferencesNow(BUILT_IN.steady, newGame(bare, 'bare').game).tags).toEqual(BUILT_IN.steady.tags);
  });
});
