// `lint`: static analysis of a scenario that loaded cleanly, for content no player can reach and likely slips.
// Pure: it reads the compiled scenario and its source files, and returns findings with stable codes and places.
import type { Scenario } from '../../engine/types';
import type { Finding } from './codes';
import { lintContext } from './context';
import { sortFindings } from './place';
import { alwaysHolds, deadDecisionsAndEvents, deadEndings, ignoredKeys } from './rules-content';
import { fixedRequests, silentStories, unofferedAnswers, unusedVariants, wholeCommitments } from './rules-mechanics';
import { missingReflections, spoilingEndings, storyGaps, unshownReflections } from './rules-prose';
import { clampedEffects, unusedVariables } from './rules-variables';
import { leaningCheck } from './rules-check';
import { staticSources, type StaticSources } from './sources';

export { LINT_CODES, lintHasErrors, type Finding, type LintCode, type LintSeverity } from './codes';
export { formatFindings, type LintFormat } from './format';

const RULES = [
  deadDecisionsAndEvents, deadEndings, ignoredKeys, alwaysHolds, unusedVariables, clampedEffects, missingReflections, unshownReflections, storyGaps,
  unofferedAnswers, unusedVariants, silentStories, fixedRequests, wholeCommitments, spoilingEndings, leaningCheck,
];

export function lintSources(s: StaticSources): Finding[] {
  const ctx = lintContext(s);
  return sortFindings(RULES.flatMap((rule) => rule(ctx)), s.src.file);
}

/** Lints a scenario as the loader returned it: `file` is the scenario's name in `sources`, beside its model's. */
export function lintScenario(scenario: Scenario, file: string, sources: Record<string, string>): Finding[] {
  return lintSources(staticSources(scenario, file, sources));
}
