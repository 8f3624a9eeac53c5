// Debrief text only: which named feedback loop (DESIGN.md R1-R5 and the balancing ones) a causal link belongs to, by
// model id and "from->to". The engine never reads this; a link of an unknown model or not listed has no loop.

export interface Loop { id: string; name: string }

const R1: Loop = { id: 'R1', name: 'defensive practice' };
const R2: Loop = { id: 'R2', name: 'attention cascade' };
const R3: Loop = { id: 'R3', name: 'workforce exodus' };
const R4: Loop = { id: 'R4', name: 'defensive-referral swamping' };
const R5: Loop = { id: 'R5', name: 'learning loop' };
const CHASING: Loop = { id: 'B', name: 'indicator chasing' };
const OVERSPEND: Loop = { id: 'B', name: 'overspend correction' };
const VISIBLE: Loop = { id: 'B', name: 'visible action' };

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
