// The trainer's workshop file: the session, each team's game as decisions (and the code it came in) with their
// reasoning, and the trainer's notes. It holds no state, only what replays, so it opens the same on any laptop.
// parseWorkshopFile never throws: any text gives a file or a problem a trainer can read.
import { z } from 'zod';
import { IntentSchema, scanJson } from '../saves/format';
import { problem, type WorkshopProblem } from './problems';
import { WorkshopSessionSchema } from './session';

export const WORKSHOP_FILE_VERSION = 1;
const Quarter = z.string().regex(/^[1-9]\d*$/, 'is not a quarter number');
const Reasons = z.record(Quarter, z.string());
// the facilitator's notes are by pause, and the general note (before any pause) is kept under 0
const Notes = z.record(z.string().regex(/^(0|[1-9]\d*)$/, 'is not a pause\'s quarter (or 0 for the general note)'), z.string());

export const WorkshopFileSchema = z.object({
  workshopFile: z.literal(WORKSHOP_FILE_VERSION),
  session: WorkshopSessionSchema,
  teams: z.array(z.object({ name: z.string().min(1), code: z.string().optional(), decisions: z.array(IntentSchema), rationale: Reasons, check: z.string().optional().describe('The team\'s check code (BTN2C-…), when it sent one.') })),
  notes: Notes,
}).refine((f) => f.teams.every((t) => f.session.teams.includes(t.name)), { error: 'names a team that is not in the session', path: ['teams'] });
export type WorkshopFile = z.infer<typeof WorkshopFileSchema>;

export function serialiseWorkshopFile(file: WorkshopFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function parseWorkshopFile(text: unknown): { file?: WorkshopFile; problem?: WorkshopProblem } {
  try {
    if (typeof text !== 'string' || text.trim() === '') return problem('truncated', 'The workshop file is empty.');
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\ufeff/, '')); // a byte-order mark from an editor is not damage
    } catch {
      return scanJson(text) === 'ends-early' ? problem('truncated', 'The workshop file ends part-way through: it was not saved completely.')
        : problem('invalid', 'The workshop file is damaged: it is not valid JSON.');
    }
    const version = typeof data === 'object' && data !== null ? (data as { workshopFile?: unknown }).workshopFile : undefined;
    if (version === undefined) return problem('invalid', 'This is not a workshop file from this game (it has no workshop file version).');
    if (typeof version !== 'number' || !Number.isInteger(version)) return problem('invalid', `The workshop file version ${JSON.stringify(version)} is not a whole number.`);
    if (version !== WORKSHOP_FILE_VERSION) {
      return problem('version', version > WORKSHOP_FILE_VERSION
        ? `This workshop file was made by a newer version of the game (version ${version}); this version reads version ${WORKSHOP_FILE_VERSION}.`
        : `This workshop file is of an unknown version (${version}); this version reads version ${WORKSHOP_FILE_VERSION}.`);
    }
    const r = WorkshopFileSchema.safeParse(data);
    if (r.success) return { file: r.data };
    const issue = r.error.issues[0];
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || 'the file';
    return problem('invalid', `The workshop file could not be read: ${path} ${issue.message}. It may have been edited or damaged.`);
  } catch (e) {
    return problem('invalid', `The workshop file could not be read (${e instanceof Error ? e.message : String(e)}).`);
  }
}
