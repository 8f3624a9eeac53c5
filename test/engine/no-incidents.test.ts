// A scenario can turn the model's serious incidents off: the guided start promises that nothing can go badly wrong.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { stateHash, stateOf, type Game } from '../../src/engine/session';
import type { Scenario } from '../../src/engine/types';
import { loadScenario } from '../../src/scenario/load';
import { scenario } from './helpers';

function fromText(file: string, text: string, models = 'scenarios/models'): Scenario {
  const r = loadScenario({ file, text }, (id) => ({ file: `${models}/${id}.model.yaml`, text: readFileSync(`${models}/${id}.model.yaml`, 'utf8') }));
  if (!r.value) throw new Error(r.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  return r.value;
}
const incidentsIn = (g: Game) => stateOf(g).incidents + stateOf(g).log.filter((e) => e.kind === 'incident').length;
const SEEDS = Array.from({ length: 60 }, (_, i) => `guided-${i}`);

describe('a scenario without serious incidents', () => {
  it('the guided start never has a serious incident, whatever the board does and whatever the luck', () => {
    const guided = scenario('first-meeting');
    expect(guided.incidents).toBe(false);
    for (const [name, policy] of Object.entries(BUILT_IN)) {
      for (const seed of SEEDS) expect(incidentsIn(playBot(guided, policy, seed)), `${name} ${seed}`).toBe(0);
    }
  });

  it('the same board with incidents left on does meet them, so the check above has teeth', () => {
    const text = readFileSync('scenarios/first-meeting.scenario.yaml', 'utf8');
    expect(text).toMatch(/^incidents: false\n/m);
    const on = fromText('first-meeting.scenario.yaml', text.replace(/^incidents: false\n/m, ''));
    expect(on.incidents).toBe(true);
    const total = SEEDS.reduce((n, seed) => n + incidentsIn(playBot(on, BUILT_IN.none, seed)), 0);
    expect(total).toBeGreaterThan(0);
  });

  it('writing incidents: true changes nothing: a scenario that keeps its incidents plays exactly as before', () => {
    // the frozen reference copy of Northmoor, with its own model
    const text = readFileSync('test/fixtures/reference/reference.scenario.yaml', 'utf8');
    const plain = fromText('reference.scenario.yaml', text, 'test/fixtures/reference/models');
    const said = fromText('reference.scenario.yaml', text.replace(/^model: (.*)$/m, 'model: $1\nincidents: true'), 'test/fixtures/reference/models');
    expect(said.incidents).toBe(true);
    for (const seed of ['keep-1', 'keep-2', 'keep-3']) {
      expect(stateHash(playBot(said, BUILT_IN.balanced, seed))).toBe(stateHash(playBot(plain, BUILT_IN.balanced, seed)));
    }
  });
});
