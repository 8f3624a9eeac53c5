// A simulation plays each game through the turn's rules without the xstate machine (playRun): it must be the very game
// playBot plays through the machine, intent for intent, on every scenario and built-in policy, or a report would drift
// from the transcripts, saves and the game itself.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { runSeed, playRun } from '../../src/engine/simulate';
import { stateOf } from '../../src/engine/session';
import { readScenarioFile } from '../../tools/scenario/files';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.scenario.yaml')).sort();

describe('a simulated game', () => {
  it.each(files)('in %s is the game playBot plays through the machine, for every built-in policy', (file) => {
    const scenario = readScenarioFile(`scenarios/${file}`).value!;
    for (const policy of Object.values(BUILT_IN)) {
      for (let i = 0; i < 12; i++) {
        const run = playRun(scenario, policy, 'same-game', i);
        const heard: unknown[] = [];
        const game = playBot(scenario, policy, runSeed('same-game', i), [], (intent, g) => { if (intent.type === 'COMMIT') heard.push(...stateOf(g).stories); });
        const s = stateOf(game);
        expect(run, `${file} ${policy.name} ${i}`).toEqual({ seed: runSeed('same-game', i), ending: s.ending, history: s.history, log: s.log, stories: heard, incidents: s.incidents });
      }
    }
  });

  it('is the same game with an event forced, as the designer\'s --force plays it', () => {
    const scenario = readScenarioFile('scenarios/northmoor.scenario.yaml').value!;
    const forced = [{ event: scenario.events.find((e) => e.kind === 'random')!.id, quarter: 2 }];
    const run = playRun(scenario, BUILT_IN.balanced, 'forced', 0, forced);
    const s = stateOf(playBot(scenario, BUILT_IN.balanced, runSeed('forced', 0), forced));
    expect(run.log).toEqual(s.log);
    expect(run.history).toEqual(s.history);
    expect(run.log.filter((e) => e.quarter === 2).map((e) => e.id)).toContain(forced[0].event);
  });
});
