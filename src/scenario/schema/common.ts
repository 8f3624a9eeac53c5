// Shapes shared by model and scenario files. Descriptions become hover docs in editors through the JSON Schema.
import { z } from 'zod';

// 'constructor' is the one lower-case name every plain object already has (Object.prototype's): refused as an id, so an
// id is never mistaken for it wherever ids key the game's records
export const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'an id is lower-case letters, digits and _ , starting with a letter' })
  .refine((id) => id !== 'constructor', { error: "'constructor' is a name the game keeps for itself: choose another id" });
export const FileId = z.string().regex(/^[a-z][a-z0-9_-]*$/, { error: 'a file id is lower-case letters, digits, _ and -, starting with a letter' });
export const ExprText = z.union([z.string(), z.number(), z.boolean()]).describe('An expression in the scenario language (see scenarios/README.md).');

export const EffectValue = z.union([
  z.number(),
  z.strictObject({ set: z.union([z.number(), z.string()]) }),
], { error: 'an effect is a change such as +8 or -2, or { set: value }' });
export const Effects = z.record(z.string(), EffectValue)
  .describe('Changes to variables: { variable: +8 } adds, { variable: { set: value } } sets.');

export const Later = z.array(z.strictObject({
  after: z.int().min(1).max(40).describe('Quarters after the choice when these effects land.'),
  effects: Effects,
})).describe('Effects that land after a delay.');

export const Tags = z.array(z.enum(['compliance', 'learning', 'capacity', 'relations']))
  .describe('Kinds of response, hidden during play and revealed in the debrief; bots choose by them.');
