import { describe, expect, it } from 'vitest';
import { BUILT_IN, playBot } from '../../src/engine/bot';
import { stateOf } from '../../src/engine/session';
import { loadText, readFixture } from '../loader/fixture-files';

const base = readFixture('base.scenario.yaml').replace('reflection: listenning', 'reflection: listening');
// two incident events: from quarter 3 the incident is told as a second one, under the press's eye
const two = base.replace('  - id: harm\n    kind: incident\n', `  - id: harm_again
    kind: incident
    when: "quarter >= 3"
    from: The director
    cue: incident
    headline: Another child is hurt
    text: A second child known to services is in hospital.
  - id: harm
    kind: incident
`);

describe('several incident events', () => {
  it('the first whose when holds tells each incident; the one without when tells the rest', () => {
    const r = loadText('two-incidents.scenario.yaml', two);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    let told = 0;
    for (let seed = 0; seed < 200 && told < 8; seed++) {
      for (const entry of stateOf(playBot(r.value!, BUILT_IN.compliance, `incident-${seed}`)).log.filter((x) => x.kind === 'incident')) {
        expect(entry.id).toBe(entry.quarter >= 3 ? 'harm_again' : 'harm');
        told++;
      }
    }
    expect(told).toBeGreaterThan(0);
  });

  it('warns when every incident event has a when, so some incident would be told by none', () => {
    const r = loadText('two-incidents.scenario.yaml', two.replace('  - id: harm\n    kind: incident\n', '  - id: harm\n    kind: incident\n    when: "quarter < 3"\n'));
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toContainEqual(['SC0100', 'warning']);
  });
});
