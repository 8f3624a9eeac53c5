// The 0 -> 1 migration on the shapes a draft's calendar can take, and on files it must refuse.
import { describe, expect, it } from 'vitest';
import { migrateScenario } from '../../src/scenario/migrate';

const migrate = (text: string, to?: number) => migrateScenario('x.scenario.yaml', text, to);

describe('migrating format 0 to format 1', () => {
  it('moves inspection_regime, with the comments above it and beside it, to the end of a block calendar', () => {
    const r = migrate([
      'format: 0', 'calendar:', '  quarters: 4      # a year', '  phases:', '    - { id: a, title: A, quarters: "1-4" }',
      '# how inspectors read the board', 'inspection_regime: paper # mostly figures', 'roles: {}', '',
    ].join('\n'));
    expect(r.text).toBe([
      'format: 1', 'calendar:', '  quarters: 4      # a year', '  phases:', '    - { id: a, title: A, quarters: "1-4" }',
      '  # how inspectors read the board', '  inspection_regime: paper # mostly figures', 'roles: {}', '',
    ].join('\n'));
  });

  it('makes a calendar for inspection_regime when the draft has none', () => {
    expect(migrate('format: 0\ninspection_regime: practice   # new style\nid: x\n').text).toBe('format: 1\ncalendar:\n  inspection_regime: practice # new style\nid: x\n');
  });

  it('keeps the calendar\'s own regime when the draft has both, and says so', () => {
    const r = migrate('format: 0\ninspection_regime: paper\ncalendar: { quarters: 4, inspection_regime: practice }\n');
    expect(r.text).toBe('format: 1\ncalendar: { quarters: 4, inspection_regime: practice }\n');
    expect(r.changes).toEqual(["2:1 removed top-level 'inspection_regime': 'calendar' already has one, which is kept"]);
  });

  it('keeps a file\'s CRLF line ends', () => {
    expect(migrate('format: 0\r\ninspection_regime: paper\r\nid: x\r\n').text).toBe('format: 1\r\ncalendar:\r\n  inspection_regime: paper\r\nid: x\r\n');
  });

  it('leaves a file already in the target format byte for byte as it is', () => {
    const text = 'format: 1   # current\ncalendar: { quarters: 4 }\n';
    expect(migrate(text)).toMatchObject({ text, from: 1, to: 1, changes: [] });
  });

  it('refuses a file with no format, a format it does not know, or a target below the file\'s format', () => {
    expect(migrate('id: x\n').diagnostics.map((d) => d.code)).toEqual(['SC0011']);
    expect(migrate('format: 7\n').diagnostics.map((d) => d.message)).toEqual(['scenario format 7 cannot be migrated: migrations read format 0 to 1']);
    expect(migrate('format: 1\n', 0).diagnostics.map((d) => d.code)).toEqual(['SC0010']);
    expect(migrate('format: [0\n').diagnostics.map((d) => d.code)).toEqual(['SC0001']);
  });
});
