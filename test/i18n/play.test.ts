// What play says as it happens, by message id: the screen reader's announcements, the sound captions, the check's
// thanks, the reaction form's questions, the room's spreadsheet and the LMS's welcome, in Welsh and, as before, English.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CUES } from '../../src/audio/cues';
import { newGame, stateOf } from '../../src/engine/session';
import type { ViewEffect } from '../../src/engine/view-effects';
import { setLocale } from '../../src/i18n/messages';
import { quarterLabel, quarterRange } from '../../src/present/calendar';
import { causeLine } from '../../src/present/causes';
import { frontPage } from '../../src/present/front-page';
import { MOOD_WORDS } from '../../src/present/mood';
import { yearSpans } from '../../src/present/reveal-chart';
import { crossings } from '../../src/present/room-events';
import { formatValue, teamLabel } from '../../src/present/values';
import { REACTION_SCALE } from '../../src/learning/record';
import { roomCheckCsv, type RoomCheckReport } from '../../src/learning/room-report';
import { announce } from '../../src/state/announce';
import { connect, setWhatIf, startGame } from '../../src/state/actions';
import { skipCheck } from '../../src/state/learning-actions';
import { initialState, store } from '../../src/state/store';
import type { Scenario } from '../../src/engine/types';
import { readScenarioFile } from '../../tools/scenario/files';

const northmoor = readScenarioFile('scenarios/northmoor.scenario.yaml').value!;
const game = newGame(northmoor, 'seed').game;
const withFirst = (firstQuarter: string): Scenario => ({ ...northmoor, calendar: { ...northmoor.calendar, firstQuarter } });
const decision = northmoor.decisions[0];
const changes = (n: number): ViewEffect => ({
  type: 'changes', quarter: 1,
  changes: ['assessments_on_time', 'core_assessments_on_time', 're_referrals', 'repeat_plans', 'vacancy_rate', 'turnover', 'agency_share', 'caseload']
    .slice(0, n).map((id, k) => ({ id, from: 50, to: k % 2 ? 40 : 60 })),
} as ViewEffect);

afterEach(() => setLocale('en'));

describe('what a screen reader hears', () => {
  it('in English, word for word as before', () => {
    expect(announce(game, [{ type: 'phase', phase: 'briefing', quarter: 2 }])).toBe('Quarter 2 of 16, 2009 Q3: the briefing.');
    expect(announce(game, [{ type: 'chosen', id: decision.id }])).toBe(`Added to the agenda: ${decision.title}.`);
    expect(announce(game, [changes(2)])).toBe('Initial assessments on time rose from 50% to 60%. Core assessments on time fell from 50% to 40%.');
    expect(announce(game, [changes(7)])).toMatch(/ And 1 more change\.$/);
    expect(announce(game, [changes(8)])).toMatch(/ And 2 more changes\.$/);
    expect(announce(game, [])).toBe('Quarter 1.');
    expect(announce(game, [{ type: 'incident', event: null }, { type: 'inspection', grade: 'requires_improvement', score: 0, event: 'x' }]))
      .toBe('A serious incident has been reported. Inspection judgement: requires improvement.');
  });

  it('in Welsh, with Welsh plurals', () => {
    setLocale('cy');
    expect(announce(game, [{ type: 'phase', phase: 'agenda', quarter: 1 }])).toBe("Mae'r agenda ar agor.");
    expect(announce(game, [{ type: 'unchosen', id: decision.id }])).toBe(`Wedi'i dynnu oddi ar yr agenda: ${decision.title}.`);
    expect(announce(game, [changes(2)])).toBe('Cododd Initial assessments on time o 50% i 60%. Gostyngodd Core assessments on time o 50% i 40%.');
    expect(announce(game, [changes(8)])).toMatch(/ 2 newid arall hefyd\.$/);
    expect(announce(game, [])).toBe('Chwarter 1.');
  });
});

describe('the store actions speak the language of the moment', () => {
  beforeEach(() => {
    store.setState({ ...initialState(), scenarios: [{ file: 'scenarios/northmoor.scenario.yaml', scenario: northmoor, diagnostics: [] }] });
    connect({ autosave: () => {}, randomSeed: () => 'fixed-seed' });
  });

  it('starting, refusing a scenario, skipping the check', () => {
    startGame('nowhere');
    expect(store.getState().notice?.text).toBe("The scenario 'nowhere' cannot be played.");
    setLocale('cy');
    startGame('nowhere');
    expect(store.getState().notice?.text).toBe("Ni ellir chwarae'r senario 'nowhere'.");
    startGame('northmoor');
    expect(store.getState().announcement).toBe(`${northmoor.title}. Y briffio.`);
    skipCheck();
    expect(store.getState().announcement).toBe("Mae'r gwiriad wedi'i hepgor ar gyfer y gêm hon.");
    setWhatIf(game);
    expect(store.getState().debrief.ghost).toEqual({ kind: 'branch', label: 'eich "beth petai"' });
    setLocale('en');
    setWhatIf(game);
    expect(store.getState().debrief.ghost).toEqual({ kind: 'branch', label: 'your "what if"' });
  });
});

describe('captions, questions and the room spreadsheet', () => {
  it('a caption is read when it is shown, in the language of that moment', () => {
    expect(CUES.phone.caption).toBe('[A telephone rings: the inspectorate is calling]');
    setLocale('cy');
    expect(CUES.phone.caption).toBe("[Mae ffôn yn canu: yr arolygiaeth sy'n galw]");
    expect(CUES.headline.caption).toMatch(/^\[.+\]$/);
  });

  it('the reaction form asks in Welsh', () => {
    expect(REACTION_SCALE.useful).toBe('How useful was this for your work?');
    setLocale('cy');
    expect(REACTION_SCALE.useful).toBe("Pa mor ddefnyddiol oedd hyn i'ch gwaith?");
  });

  it('the room spreadsheet names its teams and its room in the language, its headings stay for machines', () => {
    const report: RoomCheckReport = {
      constructs: [{ id: 'c', title: 'Delays', about: '', kind: 'marked' }],
      teams: [{ team: 2, changes: [{ construct: 'c', title: 'Delays', about: '', kind: 'marked', before: 0.5, after: 1, change: 0.5 }] }],
      room: [{ before: 0.5, after: 1, change: 0.5, teams: 1 }], useful: null, relevant: null, reported: 1, of: 3,
    };
    expect(roomCheckCsv(report, { scenario: 's', session: 'x' })).toContain('\r\ns,x,Team 2,Delays,marked,50,100,+50,,\r\ns,x,The room (1 of 3 teams),');
    setLocale('cy');
    const cy = roomCheckCsv(report, { scenario: 's', session: 'x' });
    expect(cy.split('\r\n')[0]).toBe('scenario,session,team,construct,kind,before_pct,after_pct,change_points,useful_1to5,relevant_1to5');
    expect(cy).toContain('s,x,Tîm 2,Delays,');
    expect(cy).toContain('s,x,Yr ystafell (1 o 3 tîm),');
  });
});

describe('the calendar, the causes, the front page, the room and the values', () => {
  it('the calendar names quarters in Welsh, with a Welsh count after a first label of the scenario\'s own', () => {
    expect(quarterLabel(northmoor, 2)).toBe('2009 Q3');
    expect(quarterLabel(withFirst('Spring term'), 2)).toBe('Spring term +1 quarter');
    expect(quarterRange(3, 5)).toBe('Quarters 3-5');
    expect(yearSpans(withFirst('Spring term'), 2).map((y) => y.label)).toEqual(['Q1', 'Q2']);
    setLocale('cy');
    expect(quarterLabel(northmoor, 2)).toBe('Ch3 2009');
    expect(quarterLabel(withFirst('Spring term'), 3)).toBe('Spring term +2 chwarter');
    expect(quarterRange(4, 4)).toBe('Chwarter 4');
    expect(yearSpans(northmoor, 4)).toEqual([{ label: '2009', from: 1, to: 3 }, { label: '2010', from: 4, to: 4 }]);
    expect(yearSpans(withFirst('Spring term'), 2).map((y) => y.label)).toEqual(['Ch1', 'Ch2']);
  });

  it('a cause line in Welsh', () => {
    const seen = { causes: [{ label: 'Audit the performance figures', amount: 4 }], rest: -1.2, restUnseen: true };
    expect(causeLine(northmoor, 'assessments_on_time', seen)).toBe('Audit the performance figures +4; and −1 from what the board cannot see');
    expect(causeLine(northmoor, 'assessments_on_time', { causes: [], rest: 0, restUnseen: true })).toBe('no cause large enough to name');
    setLocale('cy');
    expect(causeLine(northmoor, 'assessments_on_time', seen)).toBe("Audit the performance figures +4; a −1 o'r hyn na all y bwrdd ei weld");
    expect(causeLine(northmoor, 'assessments_on_time', { ...seen, causes: [], restUnseen: false })).toBe('−1 o achosion eraill');
  });

  it('the front page\'s own words in Welsh; the scenario\'s stay the scenario\'s', () => {
    const s = stateOf(game);
    const quiet = { ...s, inbox: [], log: [], vars: { ...s.vars, media_heat: 5 } };
    expect(frontPage(northmoor, quiet, [])).toMatchObject({ paper: `The local paper · ${quarterLabel(northmoor, s.quarter)}`, headline: 'A quiet quarter for the safeguarding board' });
    expect(frontPage(northmoor, quiet, [{ type: 'inspection', grade: 'requires_improvement', score: 0, event: 'x' }]).headline).toBe("Inspectors judge the borough's safeguarding requires improvement");
    setLocale('cy');
    const page = frontPage(northmoor, { ...quiet, vars: { ...quiet.vars, media_heat: 80 } }, []);
    expect(page.paper).toBe(`Y papurau cenedlaethol · ${quarterLabel(northmoor, s.quarter)}`);
    expect(page.headline).toBe("Chwarter tawel i'r Bwrdd Diogelu");
    expect(page.standfirst).toMatch(/^Mae'r stori wedi cyrraedd y newyddion cenedlaethol/);
  });

  it('moods, the room\'s captions and values in Welsh', () => {
    expect(MOOD_WORDS.at_ease).toBe('at ease');
    expect(teamLabel('Red')).toBe('Team Red');
    expect(teamLabel('team 2')).toBe('team 2');
    expect(teamLabel('team_2')).toBe('Team team_2');
    setLocale('cy');
    expect(MOOD_WORDS.strained).toBe('dan straen');
    expect(formatValue(undefined, 'none')).toBe('dim eto');
    expect(teamLabel('Coch')).toBe('Tîm Coch');
    expect(teamLabel('Tîm 2')).toBe('Tîm 2');
    const calm = { media_heat: 10, political_confidence: 70, regulatory_pressure: 10 };
    expect(crossings(northmoor, calm, { ...calm, media_heat: 50 })[0].caption).toBe("[Y teledu yn y gornel: mae'r newyddion lleol yn agor gyda stori am y bwrdd]");
  });
});

describe('a course resumed from the LMS', () => {
  it('says why its saved place cannot be used in the player\'s language, naming the scenario', async () => {
    const { decodeSuspend } = await import('../../src/lms/suspend');
    const none = () => undefined;
    const gone = '{"v":1,"s":"gone","seed":"x","m":""}';
    expect(decodeSuspend(gone, none).problem).toBe('The saved game is of \'gone\', which this copy of the game does not have.');
    setLocale('cy');
    expect(decodeSuspend(gone, none).problem).toBe('Mae\'r gêm a gadwyd yn perthyn i \'gone\', nad yw ar y copi hwn o\'r gêm.');
    expect(decodeSuspend('{', none).problem).toBe('Mae\'r man a gadwyd yn y cwrs hwn wedi\'i ddifrodi, felly mae\'r gêm yn dechrau o\'r newydd.');
  });
});
