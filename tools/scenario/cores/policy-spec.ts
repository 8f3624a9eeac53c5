// A policy as it crosses to another thread: a built-in by name, a policy file by its path and text (compiled again
// there against the same scenario), or plain preferences with no rules (the facts' fixed-weight grid).
import { BUILT_IN, type Policy } from '../../../src/engine/bot';
import { loadPolicy } from '../../../src/scenario/policy';
import type { Scenario } from '../../../src/engine/types';

export type PolicySpec =
  | { builtIn: string }
  | { file: string; text: string }
  | { plain: Omit<Policy, 'rules' | 'rulesFor'> };

/** The spec of a policy, or null for one that can only be played on this thread (rules written in code). */
export function specOf(policy: Policy, file?: { file: string; text: string }): PolicySpec | null {
  if (file) return file;
  if (BUILT_IN[policy.name] === policy) return { builtIn: policy.name };
  if (policy.rules?.length || policy.rulesFor) return null;
  const { name, tags, perQuarter, answers, randomness, avoid } = policy;
  return { plain: { name, tags, perQuarter, answers, randomness, ...(avoid ? { avoid } : {}) } };
}

export function policyOf(spec: PolicySpec, scenario: Scenario): Policy {
  if ('builtIn' in spec) return BUILT_IN[spec.builtIn];
  if ('plain' in spec) return spec.plain;
  const loaded = loadPolicy(spec.file, spec.text, scenario);
  if (!loaded.policy) throw new Error(`policy file ${spec.file} does not load on a worker thread`);
  return loaded.policy;
}
