// Why the rules refused something, in the player's language: the engine gives the refusal as a code and values
// (src/engine/refusal.ts), and says it in English only for the command line and the saves.
import type { Refusal } from '../engine/refusal';
import { currentLocale, t } from './messages';

export function refusalMessage(r: Refusal): string {
  switch (r.code) {
    case 'wrongPhase': return t('board.refusal.wrongPhase', { phase: r.phase });
    case 'notPossible': return t('board.refusal.notPossible');
    case 'unknownDecision': return t('board.refusal.unknownDecision', { id: r.id });
    case 'notOnAgenda': return t('board.refusal.notOnAgenda');
    case 'onAgenda': return t('board.refusal.onAgenda');
    case 'demanded': return t('board.refusal.demanded');
    case 'underWay': return t('board.refusal.underWay');
    case 'doneOnce': return t('board.refusal.doneOnce');
    case 'recently': return t('board.refusal.recently', { wait: r.wait });
    // the scenario's own words for why, already in the player's language when the scenario has a translation
    case 'conditions': return r.text ?? t('board.refusal.conditions');
    case 'agendaFull': return t('board.refusal.agendaFull');
    // a resource's label, from the scenario, is a name ("Board budget"); in a sentence it reads in lower case
    case 'resource': return t('board.refusal.resource', { label: r.label.toLocaleLowerCase(currentLocale()), cost: r.cost, left: r.left });
    case 'notInInbox': return t('board.refusal.notInInbox');
    case 'answered': return t('board.refusal.answered');
    case 'notOffered': return t('board.refusal.notOffered');
    case 'mustAnswer': return t('board.refusal.mustAnswer', { headline: r.headline });
    case 'formula': return t('board.refusal.formula', { message: r.message });
  }
}

/** The refusal in words, or null for none. */
export const refusalOrNull = (r: Refusal | null): string | null => (r === null ? null : refusalMessage(r));
