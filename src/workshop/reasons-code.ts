// A team's reasons, quarter by quarter, as a code of their own (`BTN2R-…`): too long to read out, so they travel in the
// team's QR code and file beside its game code, and a game typed in by hand arrives without them.
import { t } from '../i18n/messages';
import { normalise } from './base32';
import { openGroups, sealGroups } from './groups';
import { problem, type WorkshopProblem } from './problems';
import { CodeReader, CodeWriter } from './coder';
import { MAX_TEAMS, sessionIdNumber, type WorkshopSession } from './session';

const SESSION_BITS = 2 ** 10;
const MAX_QUARTER = 1000;
const MAX_REASONS = 200;
/** Characters kept of one quarter's reasons (as the team's box allows), and their bytes in UTF-8 at most. */
export const MAX_REASON = 2000;
const MAX_BYTES = MAX_REASON * 4;
const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function encodeReasons(session: WorkshopSession, team: string, rationale: Readonly<Record<number, string>>): string | null {
  const index = session.teams.indexOf(team);
  const entries = Object.entries(rationale).filter(([q, text]) => /^[1-9]\d{0,2}$/.test(q) && text.trim() !== '').slice(0, MAX_REASONS);
  if (index < 0 || entries.length === 0) return null;
  const w = new CodeWriter();
  w.uniform(sessionIdNumber(session.id) % SESSION_BITS, SESSION_BITS);
  w.uniform(index, MAX_TEAMS);
  w.uniform(entries.length, MAX_REASONS + 1);
  for (const [quarter, text] of entries) {
    const bytes = utf8.encode([...text].slice(0, MAX_REASON).join(''));
    w.uniform(Number(quarter), MAX_QUARTER);
    w.uniform(bytes.length, MAX_BYTES + 1);
    for (const b of bytes) w.uniform(b, 256);
  }
  return sealGroups('R', w.finish());
}

export function decodeReasons(code: string, session: WorkshopSession): { team?: string; rationale?: Record<number, string>; problem?: WorkshopProblem } {
  const opened = openGroups(code, 'R');
  if ('problem' in opened) return opened;
  const r = new CodeReader(opened.digits);
  if (r.uniform(SESSION_BITS) !== sessionIdNumber(session.id) % SESSION_BITS) return problem('other_session', t('codes.reasons.otherSession', { session: session.id }));
  const team = session.teams[r.uniform(MAX_TEAMS)];
  if (!team) return problem('invalid', t('codes.reasons.noSuchTeam'));
  const rationale: Record<number, string> = {};
  try {
    for (let i = 0, n = r.uniform(MAX_REASONS + 1); i < n; i++) {
      const quarter = r.uniform(MAX_QUARTER);
      rationale[quarter] = strictUtf8.decode(Uint8Array.from({ length: r.uniform(MAX_BYTES + 1) }, () => r.uniform(256)));
    }
  } catch {
    return problem('invalid', t('codes.reasons.badText'));
  }
  if (normalise(encodeReasons(session, team, rationale) ?? '') !== normalise(code)) return problem('checksum', t('codes.reasons.changed'));
  return { team, rationale };
}
