import { deepFreeze } from '../internal/deepFreeze.js';
import { activityRecords } from './internal/activities.js';
import { AppraisedKeyItems, appraisalBallots } from './internal/appraisals.js';
import { dutyReportRecords } from './internal/dutyReports.js';
import { livelihoodRecords } from './internal/livelihood.js';
import { SuggestionLinks, standaloneOpinions } from './internal/opinions.js';
import {
  activityPerformance,
  dutyReportPerformance,
  sessionPerformance,
  suggestionPerformance,
  trainingPerformance,
} from './internal/performance.js';
import { prepare } from './internal/prepare.js';
import { suggestionRecords } from './internal/suggestions.js';
import { trainingRecords } from './internal/trainings.js';
import type { SampleOptions, SampleRecord } from './sampleTypes.js';

/**
 * Streams a sample jurisdiction record by record (流式样本), in bounded memory: the roster first,
 * then trainings, duty reports, livelihood votes, suggestions, activities with the opinions they
 * collected, other opinions, the year-end appraisal's ballots, and performance records next to
 * what they derive from.
 *
 * @remarks
 * Only the roster (deputies, members, committees, units, stations, groups: about 115,000
 * records for a province) is held in memory; suggestions and activities are generated one at a
 * time and never kept, so a province's million suggestions stream in constant memory. Records
 * are plain objects already in canonical form (`parseX(record)` deep-equals `record`) and frozen.
 * The stream yields exactly the records {@link generateSample} collects, in the same order.
 *
 * Order: `deputy`, `member`, `committee`, `unit`, `station`, `group`, `training` (each followed
 * by its `trainingAttendance` and `performanceRecord` items), `dutyReport`,
 * `livelihoodProject`, `livelihoodVote`, session `performanceRecord`s, `suggestion`,
 * `activity` (each followed by its `opinion`s), then other `opinion`s, then `appraisalBallot`s.
 * @param options - The seed, size (default `'town'`) and year (default 2025).
 * @returns A lazy iterable; iterate it once or call again for a fresh stream.
 * @throws `RendaError` with code `INVALID_INPUT`, when iteration starts, for options that
 *   are not an object, a seed or year that is not a whole number in range, or a bad size.
 * @example
 * ```ts
 * import { streamSample } from 'renda/testing';
 *
 * let deputies = 0;
 * for (const item of streamSample({ seed: 7, size: 'county' })) {
 *   if (item.kind === 'deputy') deputies++;
 * }
 * console.log(deputies); // 1000
 * ```
 * @category Testing
 */
export function streamSample(options: SampleOptions): Iterable<SampleRecord> {
  return {
    *[Symbol.iterator](): Generator<SampleRecord> {
      const { ctx, roster } = prepare(options);
      for (const record of roster.deputies) yield { kind: 'deputy', record: deepFreeze(record) };
      for (const record of roster.members) yield { kind: 'member', record: deepFreeze(record) };
      for (const record of roster.committees)
        yield { kind: 'committee', record: deepFreeze(record) };
      for (const record of roster.units) yield { kind: 'unit', record: deepFreeze(record) };
      for (const record of roster.stations) yield { kind: 'station', record: deepFreeze(record) };
      for (const record of roster.groups) yield { kind: 'group', record: deepFreeze(record) };
      for (const { training, attendances } of trainingRecords(ctx, roster)) {
        yield { kind: 'training', record: deepFreeze(training) };
        for (const attendance of attendances) {
          yield { kind: 'trainingAttendance', record: deepFreeze(attendance) };
        }
        for (const attendance of attendances) {
          const performance = trainingPerformance(attendance, training.period.from);
          if (performance) yield { kind: 'performanceRecord', record: deepFreeze(performance) };
        }
      }
      for (const report of dutyReportRecords(ctx, roster)) {
        yield { kind: 'dutyReport', record: deepFreeze(report) };
        yield { kind: 'performanceRecord', record: deepFreeze(dutyReportPerformance(report)) };
      }
      const livelihood = livelihoodRecords(ctx, roster);
      for (const record of livelihood.projects) {
        yield { kind: 'livelihoodProject', record: deepFreeze(record) };
      }
      for (const record of livelihood.votes)
        yield { kind: 'livelihoodVote', record: deepFreeze(record) };
      for (const record of sessionPerformance(ctx, roster)) {
        yield { kind: 'performanceRecord', record: deepFreeze(record) };
      }
      // Opinions become or join suggestions seen here, and hear back from their replies.
      const links = new SuggestionLinks(ctx);
      const keyItems = new AppraisedKeyItems();
      for (const suggestion of suggestionRecords(ctx, roster)) {
        links.offer(suggestion);
        keyItems.offer(suggestion);
        yield { kind: 'suggestion', record: deepFreeze(suggestion) };
        const performance = suggestionPerformance(suggestion);
        if (performance) yield { kind: 'performanceRecord', record: deepFreeze(performance) };
      }
      for (const { activity, opinions } of activityRecords(ctx, roster, links)) {
        yield { kind: 'activity', record: deepFreeze(activity) };
        for (const opinion of opinions) yield { kind: 'opinion', record: deepFreeze(opinion) };
        for (const performance of activityPerformance(activity)) {
          yield { kind: 'performanceRecord', record: deepFreeze(performance) };
        }
      }
      for (const opinion of standaloneOpinions(ctx, roster, links)) {
        yield { kind: 'opinion', record: deepFreeze(opinion) };
      }
      // December's appraisal of the year's handling, of units and of key items seen above.
      for (const ballot of appraisalBallots(ctx, roster, keyItems.ids)) {
        yield { kind: 'appraisalBallot', record: deepFreeze(ballot) };
      }
    },
  };
}
