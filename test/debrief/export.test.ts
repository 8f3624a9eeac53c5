import { describe, expect, it } from 'vitest';
import { playBot, BUILT_IN } from '../../src/engine/bot';
import { stateOf } from '../../src/engine/session';
import { debriefCsv, debriefData } from '../../src/debrief/export';
import { reflectionsFor } from '../../src/engine/endings';
import { botGame, scenario } from './helpers';

describe('export', () => {
  it('writes the debrief as plain, versioned JSON that survives a round trip unchanged', () => {
    const g = botGame('balanced', 'ex-1');
    const d = debriefData(g);
    const text = JSON.stringify(d);
    expect(JSON.parse(text)).toEqual(d);
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
    expect(d.debriefFormat).toBe(1);
    expect(d.scenario).toEqual({ id: 'northmoor', title: g.scenario.title, hash: g.scenario.hash });
    expect(d.seed).toBe('ex-1');
    expect(d.decisions).toEqual(g.decisions);
    expect(d.history).toEqual(stateOf(g).history);
    expect(d.ending?.id).toBe(stateOf(g).ending);
    expect(d.reflections.map((r) => r.id).slice(0, 3)).toEqual(reflectionsFor(g.scenario, stateOf(g)).slice(0, 3));
  });

  it('gives identical debrief data for the same seed', () => {
    const a = playBot(scenario('northmoor'), BUILT_IN.random, 'ex-2');
    const b = playBot(scenario('northmoor'), BUILT_IN.random, 'ex-2');
    expect(JSON.stringify(debriefData(a))).toBe(JSON.stringify(debriefData(b)));
    expect(debriefCsv(a)).toBe(debriefCsv(b));
  });

  it('writes a CSV with a header and one row per quarter played, hidden numbers included', () => {
    for (const [policy, id] of [['compliance', 'northmoor'], ['none', 'first-meeting']] as const) {
      const g = botGame(policy, 'ex-3', id);
      const lines = debriefCsv(g).trimEnd().split('\r\n');
      expect(lines).toHaveLength(stateOf(g).history.length);
      const header = lines[0].split(',');
      for (const v of g.scenario.model.variables) expect(header).toContain(v.id);
      expect(header).toContain('practice_quality');
      const pq = header.indexOf('practice_quality');
      lines.slice(1).forEach((line, i) => {
        const cells = line.split(',');
        expect(cells).toHaveLength(header.length);
        expect(cells[0]).toBe(String(i + 1));
        expect(Number(cells[pq])).toBe(stateOf(g).history[i + 1].practice_quality);
      });
    }
  });
});
