// The trainer's workshop file: the session, each team's game as decisions (and the code it came in) with their
// reasoning, and the trainer's notes. It holds no state, only what replays, so it opens the same on any laptop.
// parseWorkshopFile never throws: any text gives a file or a problem a trainer can read.
import { z } from 'zod';
import { t } from '../i18n/messages';
import { IntentSchema, scanJson } from '../saves/format';
import { problem, type WorkshopProblem } from './problems';
import { WorkshopSessionSchema } from './session';

export const WORKSHOP_FILE_VERSION = 1;
const Quarter = z.string().regex(/^[1-9]\d*$/, { error: () => t('codes.issue.notQuarter') });
const Reasons = z.record(Quarter, z.string());
// the facilitator's notes are by pause, and the general note (before any pause) is kept under 0
const Notes = z.record(z.string().regex(/^(0|[1-9]\d*)$/, { error: () => t('codes.issue.notPauseQuarter') }), z.string());

export const WorkshopFileSchema = z.object({
  workshopFile: z.literal(WORKSHOP_FILE_VERSION),
  session: WorkshopSessionSchema,
  teams: z.array(z.object({
    name: z.string().min(1), code: z.string().optional(), decisions: z.array(IntentSchema), rationale: Reasons,
    check: z.string().optional().describe('The team\'s check code (BTN2C-…), when it sent one.'), // i18n-exempt: the schema's documentation, for developers
  })),
  notes: Notes,
}).refine((f) => f.teams.every((team) => f.session.teams.includes(team.name)), { error: () => t('codes.issue.teamNotInSession'), path: ['teams'] });
export type WorkshopFile = z.infer<typeof WorkshopFileSchema>;

export function serialiseWorkshopFile(file: WorkshopFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function parseWorkshopFile(text: unknown): { file?: WorkshopFile; problem?: WorkshopProblem } {
  try {
    if (typeof text !== 'string' || text.trim() === '') return problem('truncated', t('codes.file.empty'));
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\ufeff/, '')); // a byte-order mark from an editor is not damage
    } catch {
      return scanJson(text) === 'ends-early' ? problem('truncated', t('codes.file.endsEarly'))
        : problem('invalid', t('codes.file.notJson'));
    }
    const version = typeof data === 'object' && data !== null ? (data as { workshopFile?: unknown }).workshopFile : undefined;
    if (version === undefined) return problem('invalid', t('codes.file.noVersion'));
    if (typeof version !== 'number' || !Number.isInteger(version)) return problem('invalid', t('codes.file.versionNotWhole', { version: JSON.stringify(version) }));
    if (version !== WORKSHOP_FILE_VERSION) {
      return problem('version', t(version > WORKSHOP_FILE_VERSION ? 'codes.file.newer' : 'codes.file.unknownVersion', { version, current: WORKSHOP_FILE_VERSION }));
    }
    const r = WorkshopFileSchema.safeParse(data);
    if (r.success) return { file: r.data };
    const issue = r.error.issues[0];
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    return problem('invalid', path ? t('codes.file.invalidAt', { path, issue: issue.message }) : t('codes.file.invalid', { issue: issue.message }));
  } catch (e) {
    return problem('invalid', t('codes.file.unexpected', { error: e instanceof Error ? e.message : String(e) }));
  }
}
