// What the board can know of why a figure moved this quarter: its own decisions (and earlier ones landing now), its
// answers, the news, the inspectors, a partner's refusal, and the pressures it can see. Everything else (the hidden
// state, the usual pull back, luck) is one remainder that stays unexplained until the debrief lifts the fog.
import { flowSource } from '../engine/flow-key';
import type { ResolutionStep } from '../engine/pushes';
import type { LogEntry } from '../engine/state';
import { loggedEventText } from '../engine/texts';
import type { Scenario } from '../engine/types';
import { t } from '../i18n/messages';
import { quarterLabel } from './calendar';
import { defOf, figure, labelOf } from './values';

export interface SeenCause { label: string; amount: number }
export interface SeenCauses {
  /** Named causes, largest first, each large enough to show at the figure's precision. */
  causes: SeenCause[];
  /** All the rest: what the board cannot see, and named causes too small to show. */
  rest: number;
  /** True when the rest holds only what the board cannot see. */
  restUnseen: boolean;
}

/** The most causes a line names; more would turn a reason into a ledger (the debrief has the ledger). */
const MOST = 3;

export function seenCauses(scenario: Scenario, log: readonly LogEntry[], steps: readonly ResolutionStep[], quarter: number, variable: string): SeenCauses {
  const def = defOf(scenario, variable);
  const named = new Map<string, number>();
  let unseen = 0;
  for (const s of steps) for (const p of s.pushes) {
    if (p.variable !== variable) continue;
    const label = causeLabel(scenario, log, quarter, p.kind, p.id, p.delay, p.flow);
    if (label === null) unseen += p.amount;
    else named.set(label, (named.get(label) ?? 0) + p.amount);
  }
  const shows = (x: number) => Number(figure(def, Math.abs(x))) !== 0;
  const all = [...named].map(([label, amount]) => ({ label, amount })).sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
  const causes = all.filter((c) => shows(c.amount)).slice(0, MOST);
  const left = all.filter((c) => !causes.includes(c));
  return { causes, rest: unseen + left.reduce((n, c) => n + c.amount, 0), restUnseen: left.every((c) => !shows(c.amount)) };
}

function causeLabel(scenario: Scenario, log: readonly LogEntry[], quarter: number, kind: string, id: string, delay: number, flow: number | undefined): string | null {
  switch (kind) {
    case 'decision': {
      const title = scenario.decisions.find((d) => d.id === id)?.title ?? id;
      return delay > 0 ? t('play.causes.agreed', { title, when: quarterLabel(scenario, quarter - delay) }) : title;
    }
    case 'answer': {
      const [event] = id.split('.');
      return t('play.causes.answer', { headline: loggedEventText(scenario, log, quarter - delay, event).headline });
    }
    case 'event': return loggedEventText(scenario, log, quarter, id).headline;
    case 'inspection': return t('play.causes.inspection');
    case 'refusal': {
      const d = scenario.decisions.find((x) => x.id === id);
      const role = scenario.roles.find((r) => r.id === d?.ask?.of)?.name ?? t('play.causes.aPartner');
      return t('play.causes.refusal', { role, title: d?.title ?? id });
    }
    // a figure the board watches settling back is something it can see happen (the press moving on, a rush easing)
    case 'drift': return defOf(scenario, id)?.visibility === 'visible' ? t('play.causes.drift') : null;
    case 'link': {
      // a pressure the board can see is a cause it can name; a hidden one stays hidden
      const f = flow === undefined ? undefined : scenario.model.flows[flow];
      const from = f ? flowSource(f)?.from : undefined;
      const d = from ? defOf(scenario, from) : undefined;
      return d && d.visibility === 'visible' ? labelOf(scenario, from!) : null;
    }
    default: return null;
  }
}

/** "+4" or "−1.5" at the figure's precision, with a true minus sign for screen readers and print. */
export function signed(scenario: Scenario, variable: string, x: number): string {
  const n = figure(defOf(scenario, variable), Math.abs(x));
  return `${x < 0 ? '−' : '+'}${n}`;
}

/** "Audit the figures +4; Media heat −1; and +0.4 the board cannot see". */
export function causeLine(scenario: Scenario, variable: string, seen: SeenCauses): string {
  const parts = seen.causes.map((c) => t('play.causes.part', { cause: c.label, amount: signed(scenario, variable, c.amount) }));
  if (Number(figure(defOf(scenario, variable), Math.abs(seen.rest))) !== 0) {
    const amount = signed(scenario, variable, seen.rest);
    parts.push(parts.length
      ? t(seen.restUnseen ? 'play.causes.andUnseen' : 'play.causes.andOther', { amount })
      : t(seen.restUnseen ? 'play.causes.unseen' : 'play.causes.other', { amount }));
  }
  return parts.length ? parts.join('; ') : t('play.causes.none');
}
