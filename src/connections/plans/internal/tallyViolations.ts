import { byString } from './rosterHelpers.js';

// The order and counts of a checker's findings (internal), one rule for checkPlan and
// checkPairings: by kind in the order of its list, then by who, then by the window's first day.

/** Sorts `violations` in place and returns the count of each kind. */
export function tallyViolations<K extends string, V extends { readonly kind: K }>(
  violations: V[],
  kinds: readonly K[],
  idOf: (v: V) => string,
): Record<K, number> {
  const rank = new Map<string, number>(kinds.map((k, i) => [k, i]));
  const windowOf = (v: V): string =>
    'window' in v ? (v.window as { readonly from: string }).from : '';
  violations.sort(
    (a, b) =>
      (rank.get(a.kind) as number) - (rank.get(b.kind) as number) ||
      byString(idOf(a), idOf(b)) ||
      byString(windowOf(a), windowOf(b)),
  );
  const counts = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>;
  for (const v of violations) counts[v.kind]++;
  return counts;
}
