// A simulation's summary adds up the same whether games come one by one or as other summaries' parts, in seed order:
// what lets worker threads send counts instead of whole games.
import { describe, expect, it } from 'vitest';
import { BUILT_IN } from '../../src/engine/bot';
import { playRun, simulate, SimulationSummary } from '../../src/engine/simulate';
import { scenario } from './helpers';

describe('SimulationSummary', () => {
  it('gives the report of one-by-one play when its games come as the parts of smaller summaries', () => {
    const northmoor = scenario('northmoor');
    const whole = simulate(northmoor, BUILT_IN.random, { runs: 30, seed: 'parts' });
    const joined = new SimulationSummary(northmoor, 'random', 30, 'parts');
    for (const [from, to] of [[0, 7], [7, 8], [8, 30]]) {
      const part = new SimulationSummary(northmoor, 'random', to - from, 'parts');
      for (let i = from; i < to; i++) part.add(playRun(northmoor, BUILT_IN.random, 'parts', i));
      joined.addPart(part.part());
    }
    expect(JSON.stringify(joined.report())).toBe(JSON.stringify(whole));
    expect(whole.inspections.length).toBeGreaterThan(0);
  });
});
