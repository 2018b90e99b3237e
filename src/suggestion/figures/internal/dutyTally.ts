import { DUTY_BIT, DUTY_EXCLUDED_MASK, type DutyFact } from '../facts.js';

// The duty figures (协办意见, 跟踪办理) as counts: each tallied fact of SUGGESTION_METRICS[id].tally
// counted over the duties that are not excluded, in total and by the unit that owes them.

/** Duties per distinct pattern of facts, by the unit that owes them: `{ [unitId]: { [flags]: n } }`. */
export type DutyPatterns = { [unitId: string]: { [flags: string]: number } };

/** The counts of each tallied fact, in tally order. */
export type DutyCounts = Record<DutyFact, number>;

/** A tally with every count 0. */
export function emptyTally(facts: readonly DutyFact[]): Partial<DutyCounts> {
  const counts: Partial<DutyCounts> = {};
  for (const fact of facts) counts[fact] = 0;
  return counts;
}

/** Adds `count` duties with `flags` to a tally, unless excluded; returns whether they counted. */
export function addToTally(
  counts: Partial<DutyCounts>,
  facts: readonly DutyFact[],
  flags: number,
  count: number,
): boolean {
  if ((flags & DUTY_EXCLUDED_MASK) !== 0) return false;
  for (const fact of facts) {
    if ((flags & DUTY_BIT[fact]) !== 0) counts[fact] = (counts[fact] as number) + count;
  }
  return true;
}

/** The patterns of every unit, summed (what the rate over these duties reads). */
export function allPatterns(byUnit: DutyPatterns): { [flags: string]: number } {
  const out: { [flags: string]: number } = {};
  for (const unitId of Object.keys(byUnit)) {
    const patterns = byUnit[unitId] as { [flags: string]: number };
    for (const key of Object.keys(patterns)) {
      out[key] = (out[key] ?? 0) + (patterns[key] as number);
    }
  }
  return out;
}

/** Sets a key, '__proto__' included, as an own enumerable property. */
export function setOwn<T>(target: { [key: string]: T }, key: string, value: T): void {
  if (key !== '__proto__') target[key] = value;
  else {
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
}

/** A unit's patterns, made (empty) when the unit is new. */
export function patternsOf(byUnit: DutyPatterns, unitId: string): { [flags: string]: number } {
  if (Object.hasOwn(byUnit, unitId)) return byUnit[unitId] as { [flags: string]: number };
  const patterns: { [flags: string]: number } = {};
  setOwn(byUnit, unitId, patterns);
  return patterns;
}
