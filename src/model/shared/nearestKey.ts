// The nearest known key to a mistyped one (`facetoFace` → `faceToFace`), for UNKNOWN_KEY messages.

/** Keys longer than this are not compared: an edit distance is quadratic in the lengths. */
const MAX_COMPARED_LENGTH = 64;

/** Levenshtein distance, one row at a time (linear memory). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(
        substitution,
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The known key nearest to `key`, or `undefined` when none is near enough to be a likely typo.
 * Case is compared loosely first (`facetoface` is one letter from nothing), then exactly, so a
 * wrong capital always finds its key.
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > MAX_COMPARED_LENGTH) return undefined;
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    if (candidate === key || candidate.length > MAX_COMPARED_LENGTH) continue;
    // Loose distance dominates; the exact distance breaks ties between equally loose candidates.
    const score =
      editDistance(lower, candidate.toLowerCase()) * 1000 + editDistance(key, candidate);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  if (best === undefined) return undefined;
  // A typo changes a few letters; beyond a third of the key (and at least 2) it is another word.
  const limit = Math.max(2, Math.floor(Math.max(key.length, best.length) / 3));
  return Math.floor(bestScore / 1000) <= limit ? best : undefined;
}
