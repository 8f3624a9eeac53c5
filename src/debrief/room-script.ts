// The facilitator's debrief script for the room: the questions in a debrief's order and when to reveal what, written
// from the teams' own games (their endings, where each team's lines parted most, the accounts they heard).
import { stateOf, type Game } from '../engine/session';
import { t } from '../i18n/messages';
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
  const truth = first ? reveal(first).truth.label.toLowerCase() : t('analysis.script.fallbackTruth');
  const dash = first ? reveal(first).summary.label.toLowerCase() : t('analysis.script.fallbackDashboard');
  const endings = teams.map((team) => t('analysis.script.endingOf', { team: team.name, ending: endingTitle(team.game) })).join('; ');
  const parted = teams.map((team) => {
    const r = reveal(team.game);
    const w = r.points[r.widest.quarter];
    return r.widest.quarter > 0
      ? t('analysis.script.partedAt', { team: team.name, period: quarterLabel(team.game.scenario, r.widest.quarter), points: Math.round(Math.abs(w.gap)) })
      : t('analysis.script.neverApart', { team: team.name });
  }).join('; ');
  // every team's own prompts, once each: the room talks about what any of its boards did, not only the first to arrive
  const learned = [...new Set(teams.flatMap((team) => reflectionArc(team.game).filter((p) => p.stage === 'learned').map((p) => p.prompt)))];
  return [
    { id: 'felt', title: t('analysis.arc.stage.felt'), fog: 'down', doing: t('analysis.script.felt.doing', { dashboard: dash }),
      questions: [t('analysis.script.felt.q1'), t('analysis.script.felt.q2')] },
    { id: 'happened', title: t('analysis.arc.stage.happened'), fog: 'down', doing: t('analysis.script.happened.doing', { endings: endings || t('analysis.script.noTeamYet') }),
      questions: [t('analysis.script.happened.q1', { dashboard: dash }), t('analysis.script.happened.q2')] },
    { id: 'lift', title: t('analysis.script.lift.title'), fog: 'lift', doing: t('analysis.script.lift.doing', { truth, dashboard: dash }),
      questions: [t('analysis.script.lift.q1'), t('analysis.script.lift.q2')] },
    { id: 'why', title: t('analysis.script.why.title'), fog: 'lifted', doing: t('analysis.script.why.doing', { parted: parted || t('analysis.script.noGamesYet') }),
      questions: learned.length ? learned : [t('analysis.script.why.q1')] },
    { id: 'other-boards', title: t('analysis.script.otherBoards.title'), fog: 'lifted', doing: t('analysis.script.otherBoards.doing'),
      questions: [t('analysis.script.otherBoards.q1'), t('analysis.script.otherBoards.q2')] },
    { id: 'your-board', title: t('analysis.arc.stage.yourBoard'), fog: 'lifted', doing: t('analysis.script.yourBoard.doing'),
      questions: [t('analysis.script.yourBoard.q1'), t('analysis.script.yourBoard.q2')] },
    { id: 'next', title: t('analysis.arc.stage.next'), fog: 'lifted', doing: t('analysis.script.next.doing'),
      questions: [t('analysis.arc.next.ended')] },
  ];
}

function endingTitle(game: Game): string {
  const id = stateOf(game).ending;
  return game.scenario.endings.find((e) => e.id === id)?.title ?? t('analysis.script.stillPlaying');
}
