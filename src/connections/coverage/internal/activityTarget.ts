import type { Activity } from '../../../model/activity.js';
import type { PartialPolicy } from '../coveragePeriod.js';
import { type BucketSize, bucketIndex, bucketsOf } from './buckets.js';
import { type DaySpan, toNumber } from './days.js';
import { evaluateTarget } from './evaluate.js';
import { buildRoster, type ServiceSubject } from './roster.js';
import { servingOn } from './serving.js';

/** The settings of one run of an activity target (internal), checked. */
export interface TargetSettings {
  readonly span: DaySpan;
  /** The day number the period is taken to end on. */
  readonly asOf: number;
  readonly partial: PartialPolicy;
  readonly target: number;
  readonly per: BucketSize;
  readonly count: 'activities' | 'days';
  readonly periodFrom: string;
}

/**
 * The one counting rule of every activity target (internal): the roster cut at `asOf`, each
 * activity counted for the ids `idsOf` gives on the days they served, per window; the presets
 * call it with their own filters.
 */
export function activityTarget<T>(
  subjects: Iterable<ServiceSubject<T>>,
  activities: Iterable<Activity>,
  settings: TargetSettings,
  idsOf: (activity: Activity) => readonly string[],
) {
  const { span, asOf, partial, target, per, count } = settings;
  const buckets = bucketsOf(span, per, settings.periodFrom);
  const roster = buildRoster(subjects, { from: span.from, to: Math.min(span.to, asOf) }, partial);
  const serving = servingOn(roster.entries);
  // id → per window: the activities counted, or the distinct days.
  const tallies = new Map<string, (number | Set<string>)[]>();
  let participations = 0;
  let constituentsReceived = 0;
  const lastDay = Math.min(span.to, asOf);
  for (const activity of activities) {
    const day = toNumber(activity.day);
    if (day < span.from || day > lastDay) continue;
    const b = bucketIndex(buckets, day);
    if (b < 0) continue;
    let counted = false;
    for (const id of idsOf(activity)) {
      if (!serving(id, activity.day)) continue;
      let windows = tallies.get(id);
      if (windows === undefined) {
        windows = buckets.map(() => (count === 'days' ? new Set<string>() : 0));
        tallies.set(id, windows);
      }
      const current = windows[b];
      if (current instanceof Set) current.add(activity.day);
      else windows[b] = (current ?? 0) + 1;
      participations += 1;
      counted = true;
    }
    if (counted) constituentsReceived += activity.participants.constituents ?? 0;
  }
  const { covered, shortfalls } = evaluateTarget(
    roster.entries,
    buckets,
    partial,
    target,
    (id, b) => {
      const value = tallies.get(id)?.[b];
      return value instanceof Set ? value.size : (value ?? 0);
    },
  );
  return {
    covered,
    shortfalls,
    excluded: roster.excluded,
    participations,
    constituentsReceived,
    roster,
  };
}
