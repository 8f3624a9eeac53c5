// The debrief's analysis (src/debrief) speaks by message id: in Welsh when the language is Welsh, and in English exactly
// as it did before its words moved to the message files. Words built into a cached or constant object are read each
// time, so a change of language while the debrief is open reaches them too.
import { afterEach, describe, expect, it } from 'vitest';
import { stateOf } from '../../src/engine/session';
import { explain } from '../../src/debrief/causes';
import { loopOf } from '../../src/debrief/loops';
import { moments } from '../../src/debrief/moments';
import { ARC_STAGES, reflectionArc } from '../../src/debrief/reflection-arc';
import { beliefs, revealSummary } from '../../src/debrief/reveal';
import { roomScript } from '../../src/debrief/room-script';
import { OTHER_BOARDS } from '../../src/debrief/same-luck';
import { later, points, quarterMomentId, webOf } from '../../src/debrief/web';
import { branchWithNotes } from '../../src/debrief/what-if';
import { setLocale, t } from '../../src/i18n/messages';
import { botGame } from '../debrief/helpers';

afterEach(() => setLocale('en'));

describe('the debrief analysis in Welsh and in English', () => {
  it('names a loop in the language of the moment it is asked for', () => {
    expect(loopOf('lscb-2010', 'admin_share', 'practice_quality')).toEqual({ id: 'R1', name: 'defensive practice', plain: 'the procedures trap: more rules, less time and judgement for children' });
    setLocale('cy');
    expect(loopOf('lscb-2010', 'admin_share', 'practice_quality')).toEqual({ id: 'R1', name: 'ymarfer amddiffynnol', plain: 'magl y gweithdrefnau: mwy o reolau, llai o amser a chrebwyll i blant' });
    expect(loopOf('lscb-2010', 'agency_share', 'budget')?.id).toBe('B');
    expect(loopOf('another-model', 'media_heat', 'blame')).toBeUndefined();
  });

  it('reads the other boards and the arc stages in the current language each time', () => {
    expect(OTHER_BOARDS.learning.action).toBe('Show a learning board with the same luck');
    expect(ARC_STAGES['your-board']).toBe('Your own board');
    setLocale('cy');
    expect(OTHER_BOARDS.learning.action).toBe("Dangos bwrdd dysgu gyda'r un lwc");
    expect(OTHER_BOARDS.compliance.label).toBe("bwrdd cydymffurfio gyda'r un lwc");
    expect(ARC_STAGES['your-board']).toBe('Eich bwrdd eich hun');
    expect(Object.keys(ARC_STAGES)).toEqual(['felt', 'happened', 'learned', 'your-board', 'next']);
  });

  it('says delays and amounts in words, ten and under, and in figures beyond', () => {
    expect([0, 1, 3, 11, 1.5].map(later)).toEqual(['at once', 'a quarter later', 'three quarters later', '11 quarters later', '1.5 quarters later']);
    expect([points(-1.5, true), points(12.4)]).toEqual(['about −1.5', '+12']);
    setLocale('cy');
    expect([0, 1, 2, 3, 6, 11].map(later)).toEqual(['ar unwaith', 'chwarter yn ddiweddarach', 'dau chwarter yn ddiweddarach', 'tri chwarter yn ddiweddarach', 'chwe chwarter yn ddiweddarach', '11 chwarter yn ddiweddarach']);
    expect(points(-1.5, true)).toBe('tua −1.5');
  });

  it('counts in Welsh with its own plural forms', () => {
    const forms = (n: number) => t('analysis.arc.source.mostRepeated', { n });
    expect([1, 3].map(forms)).toEqual(["your board's most repeated decision (1 time)", "your board's most repeated decision (3 times)"]);
    setLocale('cy');
    expect(forms(1)).toBe('y penderfyniad a ailadroddodd eich bwrdd amlaf (unwaith)');
    expect(forms(2)).toBe('y penderfyniad a ailadroddodd eich bwrdd amlaf (dwywaith)');
    expect(forms(6)).toBe('y penderfyniad a ailadroddodd eich bwrdd amlaf (6 gwaith)');
  });

  it('describes the chart, the beliefs and the reflection prompts of a game in either language', () => {
    const g = botGame('compliance', 'analysis-1');
    const n = stateOf(g).history.length - 1;
    const english = revealSummary(g);
    expect(english).toMatch(new RegExp(`^The chart shows the dashboard the board watched and the hidden practice quality over ${n} quarters: the dashboard went from \\d+ to \\d+, and practice quality from \\d+ to \\d+\\.`));
    expect(reflectionArc(g).find((p) => p.id === 'arc-your-board')?.prompt).toBe("Which of your own board's figures could read well while the work behind it wore thin? Who in your partnership would know, and when did the board last hear from them?");
    setLocale('cy');
    expect(revealSummary(g)).toMatch(new RegExp(`^Mae'r siart yn dangos dashboard, y bu'r bwrdd yn ei wylio, a'r ffigur cudd ar gyfer practice quality dros ${n} chwarter: aeth dashboard o \\d+ i \\d+`));
    expect(beliefs(g)[0].text).toMatch(/\): roedd dashboard yn dangos \d+ /);
    expect(reflectionArc(g).find((p) => p.id === 'arc-your-board')?.prompt).toMatch(/^Pa rai o ffigurau eich bwrdd eich hun/);
    setLocale('en');
    expect(revealSummary(g)).toBe(english);
  });

  it('explains a quarter and a pin in Welsh, and in English as before', () => {
    const g = botGame('compliance', 'analysis-1');
    const quarter = webOf(g, quarterMomentId(2))!;
    expect(quarter.heading).toMatch(/^Why practice quality moved in /);
    expect(quarter.sentences[0]).toMatch(/^Practice quality \d+ → \d+ in .+ \([+−][\d.]+\)\.$/);
    const pin = moments(g).find((m) => m.kind === 'decision')!;
    expect(webOf(g, pin.id)!.heading).toBe(`What followed from a decision in ${pin.period}`);
    setLocale('cy');
    const cy = webOf(g, quarterMomentId(2))!;
    expect(cy.heading).toMatch(/^Pam y newidiodd practice quality yn /);
    expect(cy.sentences[0]).toMatch(/^Practice quality \d+ → \d+ yn .+ \([+−][\d.]+\)\.$/);
    const quarters = Array.from({ length: stateOf(g).history.length - 1 }, (_, i) => webOf(g, quarterMomentId(i + 1))!);
    expect(quarters.flatMap((w) => w.nodes.map((x) => x.label))).toContain("Dychwelyd i'w lefel arferol");
    expect(quarters.flatMap((w) => w.sentences).some((x) => x.includes(' wrth ddychwelyd tuag at ei lefel arferol.'))).toBe(true);
    expect(webOf(g, pin.id)!.heading).toBe(`Canlyniadau penderfyniad yn ${moments(g).find((m) => m.id === pin.id)!.period}`);
  });

  it('keeps a game\'s pins by language, so a change of language reaches the inspection pin', () => {
    const g = botGame('compliance', 'analysis-1');
    const inspection = moments(g).find((m) => m.kind === 'inspection');
    expect(inspection?.label).toMatch(/^Inspection judgement: /);
    setLocale('cy');
    expect(moments(g).find((m) => m.id === inspection!.id)?.label).toMatch(/^Dyfarniad yr arolygiad: /);
    setLocale('en');
    expect(moments(g).find((m) => m.id === inspection!.id)?.label).toBe(inspection!.label);
  });

  it('labels the causes of a change, and notes a what-if\'s default answers, in the current language', () => {
    const g = botGame('compliance', 'analysis-1');
    const truth = g.scenario.model.display.truth;
    const drift = () => explain(g, truth, undefined, 50).causes.find((c) => c.kind === 'drift')?.label;
    expect(drift()).toBe('Practice quality drifting back toward its usual level');
    expect(t('analysis.cause.limit', { number: 'Morale' })).toBe('Morale held within its range');
    setLocale('cy');
    expect(drift()).toBe('Practice quality yn dychwelyd tuag at ei lefel arferol');
    const notes = branchWithNotes(g, 1, []).notes.filter((x) => x.kind === 'defaulted');
    for (const note of notes) expect(note.reason).toBe("Ni atebodd y gêm wreiddiol y digwyddiad hwn erioed; rhoddwyd yr ateb diofyn.");
  });

  it('writes the room script in Welsh, and in English word for word as before', () => {
    const english = roomScript([]);
    expect(english.map((s) => s.title)).toEqual(['How it felt', 'What happened', 'Lift the fog', 'Why it happened', 'Another board, the same luck', 'Your own board', 'What you will do next']);
    expect(english[0].doing).toBe('Keep the fog down. Each team shows its dashboard as it watched it.');
    expect(english[1].doing).toBe("Read out the endings, in the boards' own terms: no team has sent its game yet.");
    expect(english[2].doing).toBe("Lift the fog for the room: the hidden truth is drawn under each team's dashboard. Give the room a minute with it before anyone speaks.");
    expect(english[3].questions).toEqual(['What did the board do that drew the two lines apart, or brought them together?']);
    expect(english[6].questions).toEqual(['What is one thing you will ask to hear, or stop asking for, at your next board meeting, and from whom?']);
    const g = botGame('compliance', 'analysis-1');
    expect(roomScript([{ name: 'Team A', game: g }])[3].doing).toMatch(/furthest apart: Team A (in .+ \(\d+ points\)|: never far apart)\. The web of causes/);
    setLocale('cy');
    const welsh = roomScript([]);
    expect(welsh.map((s) => s.title)).toEqual(['Sut roedd yn teimlo', 'Beth ddigwyddodd', "Codi'r niwl", 'Pam y digwyddodd', 'Bwrdd arall, yr un lwc', 'Eich bwrdd eich hun', "Beth fyddwch chi'n ei wneud nesaf"]);
    expect(welsh[1].doing).toBe("Darllenwch y diweddgloeon yn uchel, yng ngeiriau'r byrddau eu hunain: nid oes unrhyw dîm wedi anfon ei gêm eto.");
    expect(welsh[2].doing).toMatch(/^Codwch y niwl i'r ystafell: mae y gwir cudd wedi'i dynnu islaw dangosfwrdd pob tîm\./);
    expect(roomScript([{ name: 'Tîm A', game: g }])[3].doing).toMatch(/Tîm A (yn .+ \(\d+ pwynt\)|: byth yn bell oddi wrth ei gilydd)/);
  });

  it('gives the English of the rarer sentences word for word', () => {
    expect(t('analysis.reveal.belief', { range: 'Quarters 1-4', phase: 'Spring', dashboard: 'dashboard', dashboardValue: '50', truth: 'practice quality', truthValue: '62', gap: 'better' }))
      .toBe('Quarters 1-4 (Spring): the dashboard read 50 but practice quality was better than it showed, at 62.');
    expect(t('analysis.web.fromTo', { first: t('analysis.web.nextQuarter'), last: later(3) })).toBe('from the next quarter to three quarters later');
    expect(t('analysis.web.sentence.link', { amount: '+2', from: 'morale', truth: 'practice quality', hasDelay: 'yes', duration: 'about one quarter', hasLoop: 'no', loop: '' }))
      .toBe('+2 through morale (it takes about one quarter to reach practice quality).');
    expect(t('analysis.arc.unheard')).toBe('Your board heard no account from practice in this game. Whose voice was missing from the table, and what might they have said?');
  });
});
