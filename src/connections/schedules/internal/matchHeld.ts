/**
 * Matching held reception days to scheduled ones (internal), with a tolerance in days.
 */

/** What the matching found, as day numbers. */
export interface Matching {
  /** `[scheduled, heldOn]` pairs, in order. */
  readonly held: (readonly [number, number])[];
  readonly missed: number[];
  /** Held days matched to no scheduled day. */
  readonly extra: number[];
}

/**
 * Matches each scheduled day to the earliest unmatched held day within `tolerance` days of it.
 * Both lists are strictly increasing; the windows all have the same width, so taking the earliest
 * free day for each scheduled day in turn matches as many days as any assignment can. One pass.
 */
export function matchHeld(
  scheduled: readonly number[],
  heldDays: readonly number[],
  tolerance: number,
): Matching {
  const held: (readonly [number, number])[] = [];
  const missed: number[] = [];
  const extra: number[] = [];
  let next = 0;
  for (const day of scheduled) {
    while (next < heldDays.length && (heldDays[next] as number) < day - tolerance) {
      extra.push(heldDays[next] as number);
      next += 1;
    }
    const candidate = heldDays[next];
    if (candidate !== undefined && candidate <= day + tolerance) {
      held.push([day, candidate]);
      next += 1;
    } else missed.push(day);
  }
  for (; next < heldDays.length; next++) extra.push(heldDays[next] as number);
  return { held, missed, extra };
}
