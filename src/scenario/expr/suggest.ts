/** "Did you mean ...?" for misspelt names: variables, functions, ids and level values. */

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), because the commonest
 * typos are a missing, extra, wrong or swapped letter.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Uint32Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/** How many edits still count as "close": short names tolerate fewer, or everything would look alike. */
function tolerance(name: string): number {
  if (name.length <= 3) return 1;
  if (name.length <= 6) return 2;
  return 3;
}

/**
 * The candidate closest to `name` (ignoring case), or undefined when none is close enough to be a
 * plausible typo. Ties go to the alphabetically first candidate so that messages are deterministic.
 */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  const limit = tolerance(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const distance = editDistance(wanted, candidate.toLowerCase());
    // A candidate that differs in every letter ('x' for 'y') is not a suggestion, just a different name.
    if (distance > limit || distance >= candidate.length) continue;
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The hint text for a suggestion, quoted as `quote` (names in single quotes, string values in double). */
export function didYouMean(suggestion: string | undefined, quote = "'"): string | undefined {
  return suggestion === undefined ? undefined : `did you mean ${quote}${suggestion}${quote}?`;
}
