// Intents written compactly, one a line: "CHOOSE practice_visits", "ANSWER national_child_death listen".
import type { Intent } from '../../../src/engine/session';

const ID = /^[a-z][a-z0-9_]*$/;

export function parseStep(text: string): Intent | string {
  const [verb, ...args] = text.trim().split(/\s+/);
  const ids = (n: number) => args.length === n && args.every((a) => ID.test(a));
  switch (verb) {
    case 'BEGIN': case 'COMMIT': case 'CONTINUE': case 'DEBRIEF':
      return args.length === 0 ? { type: verb } : `${verb} takes nothing after it`;
    case 'CHOOSE': case 'UNCHOOSE':
      return ids(1) ? { type: verb, id: args[0] } : `write ${verb} DECISION_ID`;
    case 'ANSWER':
      return ids(2) ? { type: 'ANSWER', event: args[0], choice: args[1] } : 'write ANSWER EVENT_ID CHOICE_ID';
    default:
      return `unknown step '${verb ?? ''}': use BEGIN, CHOOSE id, UNCHOOSE id, COMMIT, CONTINUE, ANSWER event choice or DEBRIEF`;
  }
}

export function formatStep(intent: Intent): string {
  switch (intent.type) {
    case 'CHOOSE': case 'UNCHOOSE': return `${intent.type} ${intent.id}`;
    case 'ANSWER': return `ANSWER ${intent.event} ${intent.choice}`;
    default: return intent.type;
  }
}
