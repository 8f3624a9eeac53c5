// The facts read some simulations only for their shares of endings, and play those as summaries (the threads send no
// games back): a share read from a summary must be the share the whole games give, or a figure would move.
import { describe, expect, it } from 'vitest';
import { BUILT_IN } from '../../src/engine/bot';
import { Cores } from '../../tools/scenario/cores/pool';
import { endingShare, Games, share } from '../../tools/scenario/facts/runs';
import { readScenarioFile } from '../../tools/scenario/files';

const scenario = readScenarioFile('scenarios/after-the-headlines.scenario.yaml').value!;
const early = new Set(scenario.endings.filter((e) => e.early).map((e) => e.id));
const good = new Set(scenario.endings.filter((e) => e.verdict === 'good').map((e) => e.id));

describe('games the facts read only for their endings', () => {
  it('give the report and the shares of endings that the whole games give', async () => {
    const summaries = new Games(scenario, 40, 'summary-vs-whole');
    const whole = new Games(scenario, 40, 'summary-vs-whole');
    await summaries.prefetch([{ policy: BUILT_IN.learning, summary: true }, { policy: BUILT_IN.steady, summary: true }]);
    for (const policy of [BUILT_IN.learning, BUILT_IN.steady]) {
      const played = whole.play(policy);
      expect(summaries.report(policy)).toEqual(played.report);
      for (const endings of [early, good]) {
        expect(endingShare(summaries.report(policy), endings)).toBe(share(played, (r) => r.ending !== null && endings.has(r.ending)));
      }
    }
    // some games of each kind, or the comparison above proves nothing
    expect(endingShare(whole.report(BUILT_IN.learning), early) + endingShare(whole.report(BUILT_IN.steady), good)).toBeGreaterThan(0);
  });

  it('are played whole, once, when another figure asks for the same games whole', async () => {
    const asked: { policy: string; whole: boolean }[] = [];
    class Watched extends Cores {
      override simulateAll(...args: Parameters<Cores['simulateAll']>) {
        for (const sim of args[2]) asked.push({ policy: sim.policy.name, whole: sim.onRun !== undefined });
        return super.simulateAll(...args);
      }
    }
    const games = new Games(scenario, 20, 'asked-twice', new Watched(1));
    await games.prefetch([{ policy: BUILT_IN.balanced, summary: true }, { policy: BUILT_IN.balanced }, { policy: BUILT_IN.none, summary: true }]);
    expect(asked).toEqual([{ policy: 'balanced', whole: true }, { policy: 'none', whole: false }]);
    expect(games.play(BUILT_IN.balanced).runs).toHaveLength(20);
  });
});
