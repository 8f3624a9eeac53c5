// Why a workshop code or file was refused: a short reason for code and a sentence a trainer can act on.
export type WorkshopProblemCode = 'checksum' | 'truncated' | 'version' | 'kind' | 'other_session' | 'other_scenario' | 'replay' | 'invalid';
export interface WorkshopProblem { code: WorkshopProblemCode; message: string }

export function problem(code: WorkshopProblemCode, message: string): { problem: WorkshopProblem } {
  return { problem: { code, message } };
}
