// Policy files: a bot's tag preferences in YAML, so designers can write their own player styles.
import { z } from 'zod';
import { BUILT_IN, type Policy } from '../engine/bot';
import type { Diagnostic } from './diagnostics';
import { checkShape } from './schema-check';
import { Tags } from './schema/common';
import { SourceFile } from './source-map';
import { suggest } from './expr';

export const PolicyFile = z.strictObject({
  policy: z.literal(1).describe('Policy format version.'),
  name: z.string(),
  tags: z.partialRecord(z.enum(['compliance', 'learning', 'capacity', 'relations']), z.number().min(0)).describe('How much the bot likes each tag.'),
  per_quarter: z.union([z.int().min(0), z.enum(['slots', 'random'])]).optional(),
  answers: z.enum(['tags', 'default', 'random']).optional(),
  randomness: z.number().min(0).max(1).optional(),
  avoid: Tags.optional().describe('Tags the bot never picks.'),
});

export function builtInPolicy(name: string): Policy | undefined {
  return BUILT_IN[name];
}

export function policyNames(): string[] {
  return Object.keys(BUILT_IN);
}

export function loadPolicy(file: string, text: string): { policy?: Policy; diagnostics: Diagnostic[] } {
  const src = new SourceFile(file, text);
  const parse = src.parseDiagnostics();
  if (parse.some((d) => d.severity === 'error')) return { diagnostics: parse };
  const read = src.data();
  if (!read.data) return { diagnostics: read.diagnostics };
  const shape = checkShape(PolicyFile, src, read.data);
  if (!shape.value) return { diagnostics: shape.diagnostics };
  const p = shape.value;
  return { policy: { name: p.name, tags: p.tags, avoid: p.avoid, perQuarter: p.per_quarter ?? 'slots', answers: p.answers ?? 'tags', randomness: p.randomness ?? 0.5 }, diagnostics: parse };
}

export function unknownPolicyMessage(name: string): string {
  const near = suggest(name, policyNames());
  return `unknown policy '${name}'${near ? ` - did you mean '${near}'?` : ''}: use ${policyNames().join(', ')} or a policy file (PATH.yaml)`;
}
