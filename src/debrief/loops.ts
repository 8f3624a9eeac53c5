// Debrief text only: which named feedback loop (DESIGN.md R1-R5 and the balancing ones) a causal link belongs to, by
// model id and "from->to". The engine never reads this; a link of an unknown model or not listed has no loop.

export interface Loop {
  /** DESIGN.md's code, for the footnote only (R1-R5, B for balancing loops). */
  id: string;
  /** The model's name for it. */
  name: string;
  /** What a board member would call it, and what it does, in a few words. */
  plain: string;
}

const R1: Loop = { id: 'R1', name: 'defensive practice', plain: 'the procedures trap: more rules, less time and judgement for children' };
const R2: Loop = { id: 'R2', name: 'attention cascade', plain: 'the blame spiral: headlines breed blame, blame breeds headlines' };
const R3: Loop = { id: 'R3', name: 'workforce exodus', plain: 'the workforce drain: tired staff leave, and those left carry more' };
const R4: Loop = { id: 'R4', name: 'defensive-referral swamping', plain: 'the referral flood: agencies cover themselves and swamp the front door' };
const R5: Loop = { id: 'R5', name: 'learning loop', plain: 'the learning loop: slow to start, it pays back in practice' };
const CHASING: Loop = { id: 'B', name: 'indicator chasing', plain: 'the compliance trap: the figures rise as the work behind them thins' };
const OVERSPEND: Loop = { id: 'B', name: 'overspend correction', plain: 'the overspend brake: agency staff eat the budget' };
const VISIBLE: Loop = { id: 'B', name: 'visible action', plain: 'the confidence squeeze: the council wants to be seen to act' };

const LOOPS: Record<string, Record<string, Loop>> = {
  'lscb-2010': {
    'admin_share->practice_quality': R1,
    'prescription->practice_quality': R1,
    'prescription->morale': R1,
    'media_heat->blame': R2,
    'caseload->morale': R3,
    'morale->turnover': R3,
    'turnover->vacancy_rate': R3,
    'vacancy_rate->agency_share': R3,
    'vacancy_rate->caseload': R3,
    'agency_share->expertise': R3,
    'turnover->expertise': R3,
    'expertise->practice_quality': R3,
    'morale->practice_quality': R3,
    'blame->threshold_shift': R4,
    'threshold_shift->referrals': R4,
    'threshold_shift->care_applications': R4,
    'threshold_shift->caseload': R4,
    'referrals->caseload': R4,
    'learning->practice_quality': R5,
    'learning->trust': R5,
    'learning->insight': R5,
    'trust->practice_quality': R5,
    'gaming->assessments_on_time': CHASING,
    'gaming->core_assessments_on_time': CHASING,
    'gaming->practice_quality': CHASING,
    'gaming->re_referrals': CHASING,
    'regulatory_pressure->gaming': CHASING,
    'agency_share->budget': OVERSPEND,
    'media_heat->political_confidence': VISIBLE,
  },
};

export function loopOf(modelId: string, from: string, to: string): Loop | undefined {
  return LOOPS[modelId]?.[`${from}->${to}`];
}
