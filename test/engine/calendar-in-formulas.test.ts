import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { stateOf } from '../../src/engine/session';
import { loadScenario } from '../../src/scenario/load';

describe('model formulas that read the calendar', () => {
  it('a derived value and a flow may read quarter, quarters and phase in every place the model is evaluated', () => {
    const model = readFileSync('scenarios/models/lscb-2010.model.yaml', 'utf8')
      .replace('derived:\n', 'derived:\n  year_share:\n    { formula: "quarter / quarters + (phase == \\"\\" ? 0 : 0)", unit: share, visibility: hidden, label: Share of the years, doc: How far through the scenario. }\n')
      .replace('flows:\n', 'flows:\n  - { to: morale, rate: "year_share * 0", delay: 1 }\n');
    const text = readFileSync('scenarios/first-meeting.scenario.yaml', 'utf8');
    const r = loadScenario({ file: 'first-meeting.scenario.yaml', text }, () => ({ file: 'models/lscb-2010.model.yaml', text: model }));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const game = playBot(r.value!, BUILT_IN.random, 'calendar');
    const history = stateOf(game).history;
    expect(history[1].year_share).toBeCloseTo(1 / 4);
    expect(history[history.length - 1].year_share).toBeCloseTo((history.length - 1) / 4);
    expect(history[0]).not.toHaveProperty('quarter');
  });
});
