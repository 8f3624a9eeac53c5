import { describe, expect, it } from 'vitest';
import { stateOf } from '../../src/engine/session';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { debriefData } from '../../src/debrief/export';
import { ledger } from '../../src/debrief/ledger';
import { moments } from '../../src/debrief/moments';
import { ARC_STAGES, reflectionArc } from '../../src/debrief/reflection-arc';
import { sameLuck } from '../../src/debrief/same-luck';
import { quarterMomentId, webOf } from '../../src/debrief/web';
import { botGame } from './helpers';

describe('the web of causes', () => {
  it('takes a quarter apart into parts that add up to the truth\'s change that quarter, for every quarter', () => {
    for (const [policy, seed] of [['compliance', 'web-1'], ['learning', 'web-2'], ['random', 'web-3']] as const) {
      const g = botGame(policy, seed);
      const truth = g.scenario.model.display.truth;
      const h = stateOf(g).history;
      for (let q = 1; q < h.length; q++) {
        const w = webOf(g, quarterMomentId(q))!;
        const parts = w.edges.filter((e) => e.to === truth).reduce((n, e) => n + e.amount, 0);
        const change = (h[q][truth] as number) - (h[q - 1][truth] as number);
        expect(w.change!.by, `${policy} quarter ${q}`).toBeCloseTo(change, 3);
        expect(parts, `${policy} quarter ${q}`).toBeCloseTo(change, 2);
      }
    }
  });

  it('speaks in plain words: no model codes in its sentences, loops named in English, codes kept for the footnote', () => {
    const g = botGame('compliance', 'web-4');
    const webs = Array.from({ length: stateOf(g).history.length - 1 }, (_, i) => webOf(g, quarterMomentId(i + 1))!);
    const text = webs.flatMap((w) => w.sentences).join(' ');
    expect(text).not.toMatch(/\bR[1-5]\b|loop [A-Z]|natural pull|_/);
    expect(text).toMatch(/the compliance trap|the procedures trap|the workforce drain|the referral flood|the blame spiral/);
    expect(webs.flatMap((w) => w.codes).join(' ')).toMatch(/\b(R[1-5]|B) /);
  });

  it('follows a decision to what it pushed, exactly as the ledger has it, and on to the truth with its delay', () => {
    const g = botGame('compliance', 'web-5');
    const pin = moments(g).find((m) => m.kind === 'decision')!;
    const w = webOf(g, pin.id)!;
    const mine = ledger(g).entries.filter((e) => e.kind === 'decision' && e.id === pin.source && e.quarter - e.delay === pin.quarter);
    for (const edge of w.edges.filter((e) => e.from === pin.id)) {
      const sum = mine.filter((e) => e.variable === edge.to).reduce((n, e) => n + e.amount, 0);
      expect(edge.amount).toBeCloseTo(sum, 6);
      expect(edge.about).toBe(false);
    }
    expect(w.edges.filter((e) => e.from === pin.id).length).toBeGreaterThan(0);
    const onward = w.edges.filter((e) => e.to === g.scenario.model.display.truth);
    expect(onward.every((e) => e.about)).toBe(true);
    expect(w.sentences.join(' ')).toMatch(/quarters? later|at once/);
  });

  it('pins every decision, answer, incident and inspection the game logged, at its quarter', () => {
    const g = botGame('random', 'web-6');
    const log = stateOf(g).log;
    const pins = moments(g);
    const count = (kind: string) => pins.filter((p) => p.kind === kind).length;
    expect(count('decision')).toBe(log.filter((e) => e.kind === 'decision').length);
    expect(count('answer')).toBe(log.filter((e) => e.kind === 'choice').length);
    expect(count('incident')).toBe(log.filter((e) => e.kind === 'incident').length);
    expect(count('inspection')).toBe(log.filter((e) => e.kind === 'inspection').length);
    for (const p of pins) expect(webOf(g, p.id), p.id).not.toBeNull();
    expect(webOf(g, 'decision:99:nothing')).toBeNull();
  });
});

describe('another board with the same luck', () => {
  it('is the built-in bot on the player\'s seed, the same every time', () => {
    const g = botGame('compliance', 'luck-1');
    const other = sameLuck(g, 'learning');
    expect(other.seed).toBe(g.seed);
    expect(stateOf(other).history).toEqual(stateOf(playBot(g.scenario, BUILT_IN.learning, g.seed)).history);
    expect(sameLuck(g, 'learning')).toBe(other);
  });
});

describe('reflection with a debrief\'s arc', () => {
  it('runs from how it felt to what next, in order, quoting the game, and the answers go into the data file', () => {
    const g = botGame('learning', 'arc-1');
    const arc = reflectionArc(g);
    const order = Object.keys(ARC_STAGES);
    const stages = arc.map((p) => p.stage);
    expect([...new Set(stages)]).toEqual(order);
    expect(stages).toEqual([...stages].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(arc.some((p) => p.quote)).toBe(true);
    expect(new Set(arc.map((p) => p.id)).size).toBe(arc.length);
    const data = debriefData(g, { [arc[0].id]: 'It felt like the phone never stopped.' });
    expect(data.answers.find((a) => a.id === arc[0].id)?.answer).toBe('It felt like the phone never stopped.');
    expect(data.answers).toHaveLength(arc.length);
  });

  it('quotes, beside a scenario prompt, the player\'s own decision that brought it, and the accounts heard or half heard', () => {
    const g = botGame('compliance', 'arc-2');
    const arc = reflectionArc(g);
    const linked = arc.filter((p) => p.stage === 'learned' && g.scenario.decisions.some((d) => d.reflection === p.id && stateOf(g).log.some((e) => e.kind === 'decision' && e.id === d.id)));
    expect(linked.length).toBeGreaterThan(0);
    for (const p of linked) expect(p.quote?.source, p.id).toMatch(/^your (decision|answer), \d{4} Q[1-4]$/);
    expect(arc.filter((p) => p.quote).length).toBeGreaterThanOrEqual(4);
    expect(arc.some((p) => /vague account/.test(p.quote?.source ?? ''))).toBe(true);
  });
});
