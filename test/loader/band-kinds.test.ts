import { describe, expect, it } from 'vitest';
import { loadText, readFixture } from './fixture-files';

const base = readFixture('base.scenario.yaml').replace('reflection: listenning', 'reflection: listening');
const withBands = (bands: string) => `${base}balance:\n${bands}\n`;
const found = (bands: string) => loadText('bands.scenario.yaml', withBands(bands)).diagnostics.map((d) => [d.code, `${d.message}${d.hint ? ` - ${d.hint}` : ''}`]);

describe('balance bands that count a grade or a story', () => {
  it('load when they name a grade the inspection gives and a story the scenario has', () => {
    expect(found('  held: { policy: none, between: [0.5, 1] }\n  inspected_good: { policy: compliance, grade: good, at: 4, between: [0, 1] }\n  heard_duty: { policy: learning, heard: duty, clear: true, between: [0, 1] }')).toEqual([]);
  });

  it('are refused, with what to write, when they count something that is not there or two things at once', () => {
    expect(found('  x: { policy: none, grade: goood, between: [0, 1] }')).toEqual([['SC0104', "'goood' is not a grade the inspection gives - did you mean 'good'?"]]);
    expect(found('  x: { policy: none, heard: dutty, between: [0, 1] }')).toEqual([['SC0106', "unknown story 'dutty' - did you mean 'duty'?"]]);
    expect(found('  x: { policy: none, grade: good, heard: duty, between: [0, 1] }')[0]).toEqual(['SC0104', "band 'x' counts both a grade and a story - give it grade: or heard:, not both"]);
    expect(found('  x: { policy: none, grade: good, at: 9, between: [0, 1] }')).toEqual([['SC0110', 'quarter 9 is after the last quarter (4)']]);
    expect(found('  held: { policy: none, at: 2, between: [0, 1] }')).toEqual([['SC0104', "band 'held': at: goes with grade:"]]);
    expect(found('  seen: { policy: none, between: [0, 1] }')[0][1]).toContain('or count a grade (grade:) or a story heard (heard:) with this name');
  });
});
