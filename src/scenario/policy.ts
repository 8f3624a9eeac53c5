// Policy files: a bot's tag preferences in YAML, so designers can write their own player styles.
// Read on their own (shape and keys), then bound to the scenario they play, where their rules' conditions are checked.
import { z } from 'zod';
import { BUILT_IN, type Policy } from '../engine/bot';
import type { Scenario } from '../engine/types';
import { bindPolicy, policyOf } from './bind-policy';
import type { Diagnostic } from './diagnostics';
import { suggest } from './expr';
import { checkShape } from './schema-check';
import { ExprText, Tags } from './schema/common';
import { SourceFile } from './source-map';

const TagWeights = z.partialRecord(z.enum(['compliance', 'learning', 'capacity', 'relations']), z.number().min(0)).describe('How much the bot likes each tag.');
const PerQuarter = z.union([z.int().min(0), z.enum(['slots', 'random'])]).describe('Decisions a quarter at most: a number, slots or random.');
const Answers = z.enum(['tags', 'default', 'random']).describe('How events are answered.');
const Avoid = Tags.describe('Tags the bot never picks.');

const Rule = z.strictObject({
  when: ExprText.describe('When the rule applies: a condition on what the board can see.'),
  tags: TagWeights.optional(),
  per_quarter: PerQuarter.optional(),
  answers: Answers.optional(),
  avoid: Avoid.optional(),
}).describe('While `when` holds, the keys it sets replace the top-level ones.');

export const PolicyFile = z.strictObject({
  policy: z.literal(1).describe('Policy format version.'),
  name: z.string(),
  tags: TagWeights,
  per_quarter: PerQuarter.optional(),
  answers: Answers.optional(),
  randomness: z.number().min(0).max(1).optional(),
  avoid: Avoid.optional(),
  rules: z.array(Rule).optional().describe('Checked in order at the start of each agenda and before each answer; the first that holds applies.'),
});
export type PolicyFileData = z.infer<typeof PolicyFile>;

/** A policy file whose shape is right, with its source for placing what binding finds. */
export interface PolicySource { src: SourceFile; data: PolicyFileData }

export function builtInPolicy(name: string): Policy | undefined {
  return BUILT_IN[name];
}

export function policyNames(): string[] {
  return Object.keys(BUILT_IN);
}

/** Reads a policy file and checks its shape; its rules are checked when it is bound to a scenario. */
export function readPolicy(file: string, text: string): { source?: PolicySource; diagnostics: Diagnostic[] } {
  const src = new SourceFile(file, text);
  const parse = src.parseDiagnostics();
  if (parse.some((d) => d.severity === 'error')) return { diagnostics: parse };
  const read = src.data();
  if (!read.data) return { diagnostics: read.diagnostics };
  const shape = checkShape(PolicyFile, src, read.data);
  if (!shape.value) return { diagnostics: shape.diagnostics };
  return { source: { src, data: shape.value }, diagnostics: parse };
}

/**
 * A policy file ready to play `scenario`. Rules read the scenario's model, so a file with rules needs the scenario;
 * without one only a file without rules can be loaded.
 */
export function loadPolicy(file: string, text: string, scenario?: Scenario): { policy?: Policy; diagnostics: Diagnostic[] } {
  const read = readPolicy(file, text);
  if (!read.source) return { diagnostics: read.diagnostics };
  if (!scenario) {
    if (read.source.data.rules?.length) throw new Error(`policy file ${file} has rules: load it with the scenario it plays`);
    return { policy: policyOf(read.source.data), diagnostics: read.diagnostics };
  }
  const bound = bindPolicy(read.source, scenario);
  return { policy: bound.policy, diagnostics: [...read.diagnostics, ...bound.diagnostics] };
}

export function unknownPolicyMessage(name: string): string {
  const near = suggest(name, policyNames());
  return `unknown policy '${name}'${near ? ` - did you mean '${near}'?` : ''}: use ${policyNames().join(', ')} or a policy file (PATH.yaml)`;
}
