// Debrief text only: which named feedback loop (DESIGN.md R1-R5 and the balancing ones) a causal link belongs to, by
// model id and "from->to". The engine never reads this; a link of an unknown model or not listed has no loop.
import { t, type MessageId } from '../i18n/messages';

export interface Loop {
  /** DESIGN.md's code, for the footnote only (R1-R5, B for balancing loops). */
  id: string;
  /** The model's name for it. */
  name: string;
  /** What a board member would call it, and what it does, in a few words. */
  plain: string;
}

/** A loop as the table keeps it: its code and the ids of its words, read in the current language by loopOf(). */
interface LoopDef { id: string; name: MessageId; plain: MessageId }

const R1: LoopDef = { id: 'R1', name: 'analysis.loop.r1.name', plain: 'analysis.loop.r1.plain' };
const R2: LoopDef = { id: 'R2', name: 'analysis.loop.r2.name', plain: 'analysis.loop.r2.plain' };
const R3: LoopDef = { id: 'R3', name: 'analysis.loop.r3.name', plain: 'analysis.loop.r3.plain' };
const R4: LoopDef = { id: 'R4', name: 'analysis.loop.r4.name', plain: 'analysis.loop.r4.plain' };
const R5: LoopDef = { id: 'R5', name: 'analysis.loop.r5.name', plain: 'analysis.loop.r5.plain' };
const CHASING: LoopDef = { id: 'B', name: 'analysis.loop.chasing.name', plain: 'analysis.loop.chasing.plain' };
const OVERSPEND: LoopDef = { id: 'B', name: 'analysis.loop.overspend.name', plain: 'analysis.loop.overspend.plain' };
const VISIBLE: LoopDef = { id: 'B', name: 'analysis.loop.visible.name', plain: 'analysis.loop.visible.plain' };

const LOOPS: Record<string, Record<string, LoopDef>> = {
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
  const def = LOOPS[modelId]?.[`${from}->${to}`];
  return def && { id: def.id, name: t(def.name), plain: t(def.plain) };
}
