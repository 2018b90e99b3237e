// Members' service windows are the coverage roster's (coverage/internal/subjects.ts), re-exported
// here for the plans; the rest are small helpers of the plans.
export { memberSubjects } from '../../coverage/internal/subjects.js';

/** Roster entries by id, the first of a repeated id winning (internal). */
export function firstById<T extends { readonly id: string }>(entries: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const entry of entries) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    out.push(entry);
  }
  return out;
}

/** String order, for sorting ids (internal). */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
