// Why the rules refuse an intent, as data: a code and the values the sentence needs. The engine says it in English for
// the command line, logs and saves (refusalText); the interface says it in the player's language from the same code.
// Texts that come from the scenario (a decision's `unavailable`, a resource's label, an event's headline) are carried
// as given: the scenario's translation has already been laid over them.

export type Refusal =
  | { code: 'wrongPhase'; intent: string; phase: string }
  | { code: 'notPossible'; intent: string }
  | { code: 'unknownDecision'; id: string }
  | { code: 'notOnAgenda'; id: string }
  | { code: 'onAgenda' }
  | { code: 'demanded' }
  | { code: 'underWay' }
  | { code: 'doneOnce' }
  | { code: 'recently'; wait: number }
  | { code: 'conditions'; text?: string }
  | { code: 'agendaFull' }
  | { code: 'resource'; label: string; cost: number; left: number }
  | { code: 'notInInbox'; id: string }
  | { code: 'answered' }
  | { code: 'notOffered'; id: string }
  | { code: 'mustAnswer'; headline: string }
  | { code: 'formula'; message: string };

/** The refusal in English, word for word as the engine has always said it. */
export function refusalText(r: Refusal): string {
  switch (r.code) {
    case 'wrongPhase': return `'${r.intent}' cannot be done during the ${r.phase}.`;
    case 'notPossible': return `'${r.intent}' is not possible now.`;
    case 'unknownDecision': return `There is no decision '${r.id}' in this scenario.`;
    case 'notOnAgenda': return `'${r.id}' is not on the agenda.`;
    case 'onAgenda': return 'It is already on this quarter\'s agenda.';
    case 'demanded': return 'The board agreed to this under a demand last quarter; it stays on the agenda.';
    case 'underWay': return 'It is still under way from last quarter.';
    case 'doneOnce': return 'The board has already done this; it can be done only once.';
    case 'recently': return `The board did this recently; it can return to it in ${r.wait} quarter${r.wait === 1 ? '' : 's'}.`;
    case 'conditions': return r.text ?? 'Its conditions do not hold yet.';
    case 'agendaFull': return 'The agenda is full this quarter.';
    case 'resource': return `Not enough ${r.label.toLowerCase()}: it costs ${r.cost} and ${r.left} is left this quarter.`;
    case 'notInInbox': return `'${r.id}' is not in this quarter's inbox.`;
    case 'answered': return 'The board has already answered this.';
    case 'notOffered': return `'${r.id}' is not one of the answers on offer.`;
    case 'mustAnswer': return `The board must first answer: ${r.headline}`;
    case 'formula': return `The model could not work this out: ${r.message}. The game stays as it was; the scenario or model file needs a fix there.`;
  }
}

/** The English words, or null for no refusal: the shape the engine's why...() questions have always answered in. */
export function inWords(r: Refusal | null): string | null {
  return r === null ? null : refusalText(r);
}
