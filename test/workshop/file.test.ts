import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateOf } from '../../src/engine/session';
import { encodeTeamGame } from '../../src/workshop/codes';
import { teamCsv } from '../../src/workshop/csv';
import { parseWorkshopFile, serialiseWorkshopFile, type WorkshopFile } from '../../src/workshop/file';
import { qrMatrix } from '../../src/workshop/qr';
import { botGame, scenario, session } from './helpers';

const s = session();
const red = botGame('balanced', s.seed);
const blue = botGame('compliance', s.seed);
const file: WorkshopFile = {
  workshopFile: 1, session: s,
  teams: [
    { name: 'Red team', code: encodeTeamGame({ session: s, team: 'Red team', decisions: red.decisions, rationale: {} }, scenario()).code, decisions: [...red.decisions], rationale: { 1: 'We listened, "first".' } },
    { name: 'Blue team', decisions: [...blue.decisions], rationale: {} },
  ],
  notes: { 0: 'A warm room; two teams new to the board.', 4: 'Blue wanted the inspection grade, Red the front line.' }, // 0: the general note
};

/** RFC 4180 rows, splitting on commas and line breaks outside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

describe('workshop file', () => {
  it('reads back the file it wrote', () => {
    expect(parseWorkshopFile(serialiseWorkshopFile(file))).toEqual({ file });
  });

  it('refuses a cut-off, damaged, newer, foreign or edited file with a reason', () => {
    const text = serialiseWorkshopFile(file);
    expect(parseWorkshopFile(text.slice(0, 200)).problem?.code).toBe('truncated');
    expect(parseWorkshopFile('{"a": nope}').problem?.code).toBe('invalid');
    expect(parseWorkshopFile(text.replace('"workshopFile": 1', '"workshopFile": 2')).problem).toMatchObject({ code: 'version', message: expect.stringMatching(/newer version of the game \(version 2\)/) });
    expect(parseWorkshopFile('{"saveFormat": 1}').problem?.message).toMatch(/not a workshop file/);
    expect(parseWorkshopFile(text.replace('"workshop-1"', '"edited"')).problem?.message).toMatch(/session.id does not match/);
    const foreign = JSON.parse(text);
    foreign.teams[0].name = 'Purple team';
    expect(parseWorkshopFile(JSON.stringify(foreign)).problem).toMatchObject({ code: 'invalid', message: expect.stringMatching(/not in the session/) });
  });

  it('takes a session whose teams were renamed: their names are the trainer\'s, not part of the session\'s id', () => {
    const text = serialiseWorkshopFile(file);
    expect(parseWorkshopFile(text.replace(/"Blue team"/g, '"Blue"')).file?.session.teams).toContain('Blue');
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => { expect(parseWorkshopFile(text)).toBeTypeOf('object'); }), { numRuns: 300 });
  });
});

describe('team CSV', () => {
  it('has a header and one row per team per quarter, with every variable (hidden ones too) and what each team decided', () => {
    const rows = parseCsv(teamCsv([{ name: 'Red, "A"', game: red, rationale: { 1: 'Why?\nBecause.' } }, { name: 'Blue', game: blue }]));
    const [header, ...body] = rows;
    expect(body).toHaveLength(stateOf(red).history.length + stateOf(blue).history.length);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    for (const v of scenario().model.variables) expect(header).toContain(v.id);
    expect(scenario().model.variables.some((v) => v.visibility === 'hidden')).toBe(true);
    expect(body[1].slice(0, 2)).toEqual(['Red, "A"', '1']);
    expect(body[1][header.indexOf('rationale')]).toBe('Why?\nBecause.');
    expect(body[1][header.indexOf('agenda')]).not.toBe('');
    const v = scenario().model.variables[0].id;
    expect(Number(body[16][header.indexOf(v)])).toBe(stateOf(red).history[16][v]);
  });
});

describe('QR matrix', () => {
  it('is a square grid of the QR version size (21 + 4 per version) for a team code', () => {
    const code = file.teams[0].code!;
    const m = qrMatrix(code);
    expect(m.length).toBeGreaterThanOrEqual(21);
    expect((m.length - 17) % 4).toBe(0);
    expect(m.every((row) => row.length === m.length && row.every((x) => typeof x === 'boolean'))).toBe(true);
    // the three finder patterns: dark corners
    expect([m[0][0], m[0][m.length - 1], m[m.length - 1][0]]).toEqual([true, true, true]);
    console.info(`QR for a ${code.length}-character team code: ${m.length}×${m.length} modules`);
  });
});
