// Who speaks in the briefing: the scenario's lines that hold, at most three, disagreements and requests first, each
// member's lines in turn; no request for what the board cannot take; nothing drawn from the game's generator.
import { describe, expect, it } from 'vitest';
import { newGame, stateOf, stateHash } from '../../src/engine/session';
import { voicesOf } from '../../src/engine/voices';
import { loadScenario } from '../../src/scenario/load';
import { readFileSync } from 'node:fs';
import { board, quarter } from './mechanics-board';

const ROLES = `roles:
  chair:
    name: Independent chair
    brief: You chair the board.
    says:
      - text: General one.
      - text: General two.
  childrens_social_care:
    name: Director of Children's Services
    brief: You run the service.
    says:
      - text: Caseloads are fine.
      - when: quarter >= 2
        text: From the second quarter on.
      - kind: request
        asks: pay_scheme
        text: Pay my managers for timescales.
  police:
    name: Detective Chief Inspector
    brief: You lead public protection.
    says:
      - kind: disagree
        with: childrens_social_care
        when: quarter >= 3
        text: I do not agree with the director.
  health:
    name: Designated nurse
    brief: You speak for health.
    says:
      - text: Health has a view.
`;
const withRoles = (t: string) => t.replace(/roles:\n(?: {2}.*\n)+/, ROLES);

describe('voices around the table', () => {
  it('gives each member one line a quarter, in turn, at most three members, requests and disagreements first', () => {
    const sc = board(withRoles);
    let { game } = newGame(sc, 'voices');
    const heard: string[][] = [];
    for (let q = 1; q <= 4; q++) {
      const voices = voicesOf(sc, stateOf(game));
      expect(voices.length).toBeLessThanOrEqual(3);
      expect(new Set(voices.map((v) => v.role)).size).toBe(voices.length); // one line per member
      heard.push(voices.map((v) => `${v.role}: ${v.text}`));
      if (q === 2) {
        // the director's request comes round in turn, and is heard in the last place, after the views
        expect(voices.map((v) => v.kind)).toEqual(['view', 'view', 'request']);
        expect(voices[2]).toMatchObject({ role: 'childrens_social_care', asks: 'pay_scheme', text: 'Pay my managers for timescales.' });
      }
      if (q === 3) {
        // the police's disagreement takes the floor when its moment comes, after the director it answers
        expect(voices.map((v) => v.role)).toContain('police');
        expect(voices.find((v) => v.role === 'police')).toMatchObject({ kind: 'disagree', with: 'childrens_social_care' });
        // the board did the once-only decision last quarter: nobody asks for it again, and the director's timely
        // view silences the general one
        expect(voices.some((v) => v.asks === 'pay_scheme')).toBe(false);
        expect(voices.find((v) => v.role === 'childrens_social_care')?.text).toBe('From the second quarter on.');
      }
      game = quarter(game, q === 2 ? ['pay_scheme'] : []).game;
    }
    expect(heard[0]).toEqual(['chair: General one.', 'childrens_social_care: Caseloads are fine.', 'health: Health has a view.']);
    const chair = heard.flat().filter((l) => l.startsWith('chair:'));
    expect(new Set(chair).size).toBe(2); // both of the chair's lines, not the same one each quarter
  });

  it('leaves the game itself untouched: the same seed and decisions reach the same state with or without lines', () => {
    const plain = board();
    const talking = board(withRoles);
    let a = newGame(plain, 's').game;
    let b = newGame(talking, 's').game;
    for (let q = 1; q <= 3; q++) {
      voicesOf(talking, stateOf(b));
      a = quarter(a, ['visit']).game;
      b = quarter(b, ['visit']).game;
    }
    expect(stateOf(b).vars).toEqual(stateOf(a).vars);
    expect(stateOf(b).rng).toEqual(stateOf(a).rng);
    expect(stateHash(b)).not.toBe(''); // hashes differ only by the scenario's own hash
  });

  it('names the place of a disagreement without with:, an unknown role and an unknown decision', () => {
    const text = withRoles(readFileSync('test/fixtures/mechanics/mechanics.scenario.yaml', 'utf8'))
      .replace('        with: childrens_social_care\n', '')
      .replace('asks: pay_scheme', 'asks: pay_schem')
      .replace('    says:\n      - text: Health has a view.', '    says:\n      - { kind: disagree, with: chiar, text: No. }');
    const r = loadScenario({ file: 'mechanics.scenario.yaml', text }, (id) => ({ file: `${id}.model.yaml`, text: readFileSync(`scenarios/models/${id}.model.yaml`, 'utf8') }));
    const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line} ${d.code} ${d.message}${d.hint ? ` - ${d.hint}` : ''}`);
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringMatching(/SC0100 a disagreement needs with:/),
      expect.stringMatching(/SC0106 unknown decision 'pay_schem' - did you mean 'pay_scheme'\?/),
      expect.stringMatching(/SC0106 unknown role 'chiar' - did you mean 'chair'\?/),
    ]));
  });
});
