import { deepFreeze } from '../internal/deepFreeze.js';
import type { Activity } from '../model/activity.js';
import { activityRecords } from './internal/activities.js';
import { prepare } from './internal/prepare.js';
import type { SampleOptions } from './sampleTypes.js';

/**
 * The activities of a sample, one at a time (样本履职活动): the same records, in the same order,
 * as the `activity` items of {@link streamSample} and `generateSample(options).activities`.
 *
 * @remarks Holds only the roster in memory: a province gives 1,000,000 activities. Members'
 * contacts come first, then 列席 of standing committee sessions, committee meetings, reception
 * days by each station's schedule, group activities, and the other kinds. Each record is frozen
 * and canonical.
 * @param options - The seed, size (default `'town'`) and year (default 2025).
 * @returns A lazy iterable of frozen activities.
 * @throws `RendaError` with code `INVALID_INPUT`, when iteration starts, for options that
 *   are not an object, a seed or year that is not a whole number in range, or a bad size.
 * @example
 * ```ts
 * import { sampleActivities } from 'renda/testing';
 *
 * const kinds = new Set<string>();
 * for (const activity of sampleActivities({ seed: 3 })) kinds.add(activity.kind);
 * console.log(kinds.has('receptionDay')); // true
 * ```
 * @category Testing
 */
export function sampleActivities(options: SampleOptions): Iterable<Activity> {
  return {
    *[Symbol.iterator](): Generator<Activity> {
      const { ctx, roster } = prepare(options);
      for (const { activity } of activityRecords(ctx, roster)) yield deepFreeze(activity);
    },
  };
}
