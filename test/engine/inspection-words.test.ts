import { describe, expect, it } from 'vitest';
import { loadText, readFixture } from '../loader/fixture-files';
import { scenario } from './helpers';

const base = readFixture('base.scenario.yaml').replace('reflection: listenning', 'reflection: listening');
const inspecting = (grades: string) => base.replace('  - id: harm\n', `  - id: inspectors
    kind: scheduled
    at: [4]
    inspect: true
    from: The inspectorate
    cue: phone
    headline: Inspectors arrive
    text: They read the files.
    grades:
${grades}
  - id: harm
`);

describe("the inspectors' words for each grade", () => {
  it("Northmoor's announced inspection has a letter for every grade it can give", () => {
    const n = scenario('northmoor');
    const levels = n.model.variables.find((v) => v.id === n.model.inspection!.grade)!.levels!.filter((l) => l !== 'none');
    const e = n.events.find((x) => x.id === 'inspection')!;
    for (const g of levels) expect(e.grades[g]?.length ?? 0, g).toBeGreaterThan(40);
  });

  it('are checked: a grade the inspection cannot give is SC0104 with the grades, and grades on an event that is not an inspection SC0111', () => {
    const bad = loadText('grades.scenario.yaml', inspecting('      goood: Fine.'));
    expect(bad.diagnostics.map((d) => [d.code, d.hint])).toEqual([['SC0104', "did you mean 'good'?"]]);
    const notInspection = loadText('grades.scenario.yaml', inspecting('      good: Fine.').replace('    inspect: true\n', ''));
    expect(notInspection.diagnostics.map((d) => d.code)).toEqual(['SC0111']);
    expect(loadText('grades.scenario.yaml', inspecting('      good: Fine.')).diagnostics).toEqual([]);
  });
});
