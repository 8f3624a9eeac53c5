// A workshop on this device, kept across reloads and browser restarts: the session, this device's part in it (the team
// it plays, its reasons, the pauses held; or the room's received codes, notes and reveal) and a room kept aside for
// hot-seat play. Games are kept as the codes they arrived in and rebuilt by replay, so a record holds no state of its own.
// Reading never throws: a damaged record gives no workshop and says why; the saved games are untouched either way.
import type { Scenario } from '../engine/types';
import { t } from '../i18n/messages';
import { decodeTeamGame, type DecodedTeamGame } from '../workshop/codes';
import { WorkshopSessionSchema } from '../workshop/session';
import type { RoomTeam, Workshop } from './store';

export const DEVICE_FORMAT = 1;

interface WorkshopRecord extends Omit<Workshop, 'teams'> { teams: { name: string; code: string; rationale: Record<number, string>; check?: string }[] }
interface DeviceRecord { workshopDevice: typeof DEVICE_FORMAT; workshop: WorkshopRecord | null; room: WorkshopRecord | null }

export function deviceRecord(workshop: Workshop | null, room: Workshop | null): string | null {
  if (!workshop && !room) return null;
  const rec = (w: Workshop | null): WorkshopRecord | null => (w ? { ...w, teams: w.teams.map((t) => ({ name: t.name, code: t.code, rationale: t.rationale, ...(t.checkCode ? { check: t.checkCode } : {}) })) } : null);
  return JSON.stringify({ workshopDevice: DEVICE_FORMAT, workshop: rec(workshop), room: rec(room) } satisfies DeviceRecord);
}

export interface Restored { workshop: Workshop | null; room: Workshop | null; problem?: string }

export function restoreDevice(text: string | null, scenarioOf: (id: string) => Scenario | undefined): Restored {
  if (!text) return { workshop: null, room: null };
  try {
    const data = JSON.parse(text) as Partial<DeviceRecord>;
    if (data?.workshopDevice !== DEVICE_FORMAT) return { workshop: null, room: null, problem: t('codes.device.otherVersion') };
    const problems: string[] = [];
    const one = (r: unknown): Workshop | null => {
      if (r === null || r === undefined) return null;
      const w = r as Partial<WorkshopRecord>;
      const session = WorkshopSessionSchema.safeParse(w.session);
      if (!session.success || (w.role !== 'team' && w.role !== 'facilitator')) { problems.push(t('codes.device.damaged')); return null; }
      const scenario = scenarioOf(session.data.scenario.id);
      const record = (x: unknown) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).filter((e) => typeof e[1] === 'string')) : {}) as Record<number, string>;
      const teams: RoomTeam[] = [];
      for (const kept of Array.isArray(w.teams) ? w.teams : []) {
        const back: DecodedTeamGame = scenario ? decodeTeamGame(typeof kept?.check === 'string' && typeof kept?.code === 'string' ? `${kept.code} ${kept.check}` : kept?.code, session.data, scenario) : {};
        // reasons typed codes leave out are kept beside the code
        if (back.game && back.team) teams.push({ name: back.team, code: String(kept.code), game: back.game, rationale: { ...record(kept.rationale), ...back.rationale }, ...(back.learning ? { learning: back.learning, checkCode: String(kept.check) } : {}) });
        else {
          const reason = scenario ? back.problem?.message ?? t('codes.device.unreadable') : t('codes.device.noScenario');
          const name = kept?.name ?? null;
          problems.push(name !== null ? t('codes.device.teamLost', { team: String(name), reason }) : t('codes.device.someTeamLost', { reason }));
        }
      }
      return {
        role: w.role, session: session.data, ...(typeof w.team === 'string' ? { team: w.team } : {}),
        rationale: record(w.rationale), pausesHeld: Array.isArray(w.pausesHeld) ? w.pausesHeld.filter((q): q is number => Number.isInteger(q)) : [],
        teams, notes: record(w.notes), reveal: w.reveal === true, ...(Number.isInteger(w.scriptStep) ? { scriptStep: w.scriptStep } : {}),
        ...(w.projecting === true ? { projecting: true } : {}),
        ...(Array.isArray(w.released) ? { released: w.released.filter((q): q is number => Number.isInteger(q)) } : {}),
        ...(w.progress && typeof w.progress === 'object' ? { progress: Object.fromEntries(Object.entries(w.progress).filter((e) => session.data.teams.includes(e[0]) && Number.isInteger(e[1]?.quarter))) } : {}),
      };
    };
    const restored = { workshop: one(data.workshop), room: one(data.room) };
    return problems.length ? { ...restored, problem: problems.join(' ') } : restored;
  } catch {
    return { workshop: null, room: null, problem: t('codes.device.unreadableRecord') };
  }
}
