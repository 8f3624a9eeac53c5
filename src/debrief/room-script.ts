// The facilitator's debrief script for the room: the questions in a debrief's order and when to reveal what, written
// from the teams' own games (their endings, where each team's lines parted most, the accounts they heard).
import { stateOf, type Game } from '../engine/session';
import { quarterLabel } from '../present/calendar';
import { reflectionArc } from './reflection-arc';
import { reveal } from './reveal';

export interface ScriptStep {
  id: 'felt' | 'happened' | 'lift' | 'why' | 'other-boards' | 'your-board' | 'next';
  title: string;
  /** Whether the room has seen the hidden truth by this step: the steps before the lift keep the fog down. */
  fog: 'down' | 'lift' | 'lifted';
  /** What the facilitator does or shows. */
  doing: string;
  questions: string[];
}

export interface ScriptTeam { name: string; game: Game }

export function roomScript(teams: readonly ScriptTeam[]): ScriptStep[] {
  const first = teams[0]?.game;
  const truth = first ? reveal(first).truth.label.toLowerCase() : 'the hidden truth';
  const dash = first ? reveal(first).summary.label.toLowerCase() : 'dashboard';
  const endings = teams.map((t) => `${t.name}: "${endingTitle(t.game)}"`).join('; ');
  const parted = teams.map((t) => {
    const r = reveal(t.game);
    const w = r.points[r.widest.quarter];
    return r.widest.quarter > 0 ? `${t.name} in ${quarterLabel(t.game.scenario, r.widest.quarter)} (${Math.round(Math.abs(w.gap))} points)` : `${t.name}: never far apart`;
  }).join('; ');
  // every team's own prompts, once each: the room talks about what any of its boards did, not only the first to arrive
  const learned = [...new Set(teams.flatMap((t) => reflectionArc(t.game).filter((p) => p.stage === 'learned').map((p) => p.prompt)))];
  return [
    { id: 'felt', title: 'How it felt', fog: 'down', doing: `Keep the fog down. Each team shows its ${dash} as it watched it.`,
      questions: ['How did it feel at the table when the pressure was highest? What did it make you want to do?', 'Which phone call, letter or headline changed what your board did?'] },
    { id: 'happened', title: 'What happened', fog: 'down', doing: `Read out the endings, in the boards' own terms: ${endings || 'no team has sent its game yet'}.`,
      questions: [`What did your board believe about the work with children, going by its ${dash}?`, 'Which decision are you proudest of, and which would you take back?'] },
    { id: 'lift', title: 'Lift the fog', fog: 'lift', doing: `Lift the fog for the room: ${truth} is drawn under each team's ${dash}. Give the room a minute with it before anyone speaks.`,
      questions: ['Where did your two lines part, and what did your board hear in that quarter?', 'Was there a moment when the figures and the accounts from practice disagreed? Whom did you believe?'] },
    { id: 'why', title: 'Why it happened', fog: 'lifted', doing: `Open a team's debrief and ask why of the quarter where its lines were furthest apart: ${parted || 'no games yet'}. The web of causes shows the decision, the mechanism and the delay.`,
      questions: learned.length ? learned : ['What did the board do that drew the two lines apart, or brought them together?'] },
    { id: 'other-boards', title: 'Another board, the same luck', fog: 'lifted', doing: 'In a team\'s debrief, show a learning board and then a compliance board with the same luck as thin lines beside the team\'s own.',
      questions: ['What did the learning board give up early on, and when did it pay back?', 'What would your council, your regulator and your local paper have said to that board in its first year?'] },
    { id: 'your-board', title: 'Your own board', fog: 'lifted', doing: 'Turn from the game to the room\'s own partnerships.',
      questions: ['Which of your own board\'s figures could read well while the work behind it wore thin?', 'Who in your partnership would know, and when did your board last hear from them?'] },
    { id: 'next', title: 'What you will do next', fog: 'lifted', doing: 'Each person writes one line in their own debrief; the print keeps it.',
      questions: ['What is one thing you will ask to hear, or stop asking for, at your next board meeting, and from whom?'] },
  ];
}

function endingTitle(game: Game): string {
  const id = stateOf(game).ending;
  return game.scenario.endings.find((e) => e.id === id)?.title ?? 'still playing';
}
