// Why a workshop code or file was refused: a short reason for code and a sentence a trainer can act on.
export type WorkshopProblemCode = 'checksum' | 'truncated' | 'version' | 'kind' | 'other_session' | 'other_scenario' | 'replay' | 'invalid';
export interface WorkshopProblem {
  code: WorkshopProblemCode;
  message: string;
  /** The group of five (1 for the first after the prefix) that is wrong, when one can be pointed out. */
  group?: number;
}

export function problem(code: WorkshopProblemCode, message: string, group?: number): { problem: WorkshopProblem } {
  return { problem: group === undefined ? { code, message } : { code, message, group } };
}
