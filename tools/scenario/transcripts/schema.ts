// The format of transcript tests (`*.test.yaml`): a seeded game, the board's moves, and what must be true after.
import { z } from 'zod';

const Ref = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'an id is lower-case letters, digits and _' });

const Expectation = z.union([
  z.strictObject({
    after_quarter: z.int().min(0).describe('0 is the start; N is the end of quarter N.'),
    variable: Ref.describe('A variable or derived value of the model.'),
    between: z.tuple([z.number(), z.number()]).optional(),
    equals: z.union([z.number(), z.string()]).optional(),
  }),
  z.strictObject({ event: Ref, happened: z.boolean(), in_quarter: z.int().min(1).optional() }),
  z.strictObject({ decision: Ref, chosen: z.boolean(), in_quarter: z.int().min(1).optional() }),
  z.strictObject({ ending: Ref }),
  z.strictObject({ hash: z.string().regex(/^[0-9a-f]{16}$/, { error: 'a state hash is 16 hex digits' }) }),
], { error: 'an expectation is { after_quarter, variable, between | equals }, { event, happened }, { decision, chosen }, { ending } or { hash }' });
export type Expectation = z.infer<typeof Expectation>;

export const Quarter = z.strictObject({
  agenda: z.array(Ref).optional().describe('Decisions put on the agenda, in order.'),
  answers: z.record(z.string(), Ref).optional().describe('Event id to the choice the board answers; other events get their default answer.'),
});
export type Quarter = z.infer<typeof Quarter>;

export const TranscriptFile = z.strictObject({
  test: z.literal(1).describe('Transcript test format version.'),
  scenario: z.string().describe('The scenario file, relative to this file or to the project root.'),
  // a union would report a missing seed as "invalid input"; this reports it as a missing key, like any other
  seed: z.unknown().superRefine((v, ctx) => {
    if (typeof v !== 'string' && typeof v !== 'number') ctx.addIssue({ code: 'invalid_type', expected: 'string', input: v, message: 'the seed is a number or a string' });
  }).transform((v) => String(v)).describe('The game\'s seed: the same seed and moves always give the same game.'),
  force: z.array(z.string().regex(/^[a-z][a-z0-9_]*@\d+$/, { error: 'write EVENT@QUARTER, e.g. national_child_death@3' })).optional(),
  steps: z.array(z.string()).optional().describe('Intents: BEGIN, CHOOSE id, UNCHOOSE id, COMMIT, CONTINUE, ANSWER event choice, DEBRIEF.'),
  quarters: z.array(Quarter).optional().describe('A friendlier script: each quarter\'s agenda and answers; quarters after the list decide nothing.'),
  expect: z.array(Expectation).min(1),
}).describe('A transcript test of Beyond the Numbers.');
export type TranscriptData = z.infer<typeof TranscriptFile>;
