// The quarter ends on a front page: the story the press ran, built from what happened and how hot the press is. A
// story the scenario wrote (a headline, an incident, good news) leads in its own words; an inspection's judgement is
// news; a quiet quarter leads on what the board did, or on nothing much. When heat is high or a story has gone
// national, the national papers carry it. The rest of the quarter's arrivals run along the ticker.
import type { ViewEffect } from '../engine/view-effects';
import type { GameState } from '../engine/state';
import { inboxText } from '../engine/texts';
import type { Scenario } from '../engine/types';
import { t, type MessageId } from '../i18n/messages';
import { quarterLabel } from './calendar';
import { gradeName } from './values';

export type PressTemperature = 'quiet' | 'interested' | 'hot' | 'national';

export interface FrontPage {
  paper: string;
  temperature: PressTemperature;
  headline: string;
  standfirst: string;
  ticker: string[];
}

/** Media heat at which the press stops reporting and starts hunting, and at which the nationals take the story (design). */
export const HOT_FROM = 45;
export const NATIONAL_FROM = 70;
/** The cues of a story told by the press itself, which lead the page in the scenario's words. */
const PRESS_CUES = new Set(['headline', 'incident', 'good_news']);
const STANDFIRST: Record<PressTemperature, MessageId> = {
  quiet: 'play.front.standfirst.quiet', interested: 'play.front.standfirst.interested', hot: 'play.front.standfirst.hot', national: 'play.front.standfirst.national',
};

export function frontPage(scenario: Scenario, state: GameState, effects: readonly ViewEffect[]): FrontPage {
  // the press is the pressure whose stories cascade (the model says so); a model without cascades names it media_*
  const heatId = scenario.model.cascades.find((c) => scenario.model.display.pressures.includes(c.variable))?.variable
    ?? scenario.model.display.pressures.find((id) => /media/.test(id));
  const heat = heatId ? Number(state.vars[heatId]) : 0;
  const arrived = state.inbox.map((item) => ({ item, event: scenario.events.find((e) => e.id === item.event), words: inboxText(scenario, item) }));
  const press = arrived.filter((a) => a.event && PRESS_CUES.has(a.event.cue));
  const national = press.some((a) => a.event!.id.startsWith('national')) || heat >= NATIONAL_FROM;
  const temperature: PressTemperature = national ? 'national' : heat >= HOT_FROM ? 'hot' : heat >= 20 ? 'interested' : 'quiet';
  const paper = t('play.front.paper', { national: national ? 'yes' : 'no', when: quarterLabel(scenario, state.quarter) });
  const inspection = effects.find((e) => e.type === 'inspection');
  // the lead: a national story in the nationals, else the board's own incident, else the press's other stories, then the
  // inspectors, then the board
  const lead = press.find((a) => a.event!.id.startsWith('national')) ?? press.find((a) => a.event!.cue === 'incident') ?? press[0];
  let headline: string;
  if (lead) headline = lead.words.headline;
  else if (inspection && inspection.type === 'inspection') headline = t('play.front.inspection', { grade: gradeName(scenario, inspection.grade) });
  else {
    const decided = state.log.filter((e) => e.quarter === state.quarter && e.kind === 'decision' && e.detail !== 'refused')
      .map((e) => scenario.decisions.find((d) => d.id === e.id)?.title).filter((title): title is string => Boolean(title));
    headline = decided.length ? t('play.front.agrees', { action: lowerFirst(decided[0]) }) : t('play.front.quiet');
  }
  const standfirst = t(STANDFIRST[temperature]);
  const ticker = arrived.filter((a) => a !== lead).map((a) => a.words.headline);
  return { paper, temperature, headline, standfirst, ticker };
}

function lowerFirst(title: string): string {
  // "Audit the performance figures" reads "agrees to audit the performance figures"; a leading acronym keeps its case
  return /^[A-Z][a-z]/.test(title) ? title[0].toLowerCase() + title.slice(1) : title;
}
