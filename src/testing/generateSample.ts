import { deepFreeze } from '../internal/deepFreeze.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import { createContext } from './internal/createContext.js';
import { SAMPLE_OPINION_POLICY } from './internal/opinions.js';
import { checkedOptions, refused } from './internal/sampleOptions.js';
import { isoOf } from './internal/time.js';
import type { Sample, SampleOptions, SampleRecord } from './sampleTypes.js';
import { streamSample } from './streamSample.js';

type Buckets = {
  -readonly [K in SampleRecord['kind']]: Extract<SampleRecord, { kind: K }>['record'][];
};

/**
 * Generates a whole sample jurisdiction for one year (生成样本数据): deputies of several levels
 * in groups and stations, standing committee members with their contact assignments,
 * committees, handling units, a year of activities of every kind, suggestions in every state
 * and situation, constituents' opinions, trainings and attendance, duty reports, a livelihood
 * vote with its projects played through the livelihood workflow, the year-end appraisal of
 * handling units and key items, and performance records.
 *
 * @remarks
 * Deterministic: the same options give a deep-equal sample on every machine (a seeded sfc32
 * generator; never `Math.random` or the clock). Every record passes its schema and is already
 * in canonical form, so `parseX(record)` deep-equals it. Due days come from the calendar
 * (`dueDate(assignedAt, policy.deadlines.reply, policy)`), on-time verdicts from `isOnTime`.
 * Coverage is imperfect on purpose (uncontacted deputies, a member with too few contacts, a
 * station with too few reception days, deputies without training, duty-report shortfalls).
 * The whole sample is frozen. For a province, use {@link streamSample} instead: it holds only
 * the roster in memory.
 * @param options - The seed, size (default `'town'`) and year (default 2025).
 * @returns The frozen sample.
 * @throws `RendaError` with code `INVALID_INPUT` for options that are not an object, a seed
 *   or year that is not a whole number in range, or a bad size ({@link safeGenerateSample}
 *   returns the error instead).
 * @example
 * ```ts
 * import { generateSample } from 'renda/testing';
 *
 * const sample = generateSample({ seed: 1, size: 'town' });
 * const overdue = sample.suggestions.filter(
 *   (s) => s.deadline !== undefined && s.deadline.day < sample.asOf.slice(0, 10),
 * );
 * console.log(overdue.length > 0); // true
 * ```
 * @category Testing
 */
export function generateSample(options: SampleOptions): Sample {
  const result = safeGenerateSample(options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}

/**
 * A deterministic sample jurisdiction, without throwing: the checked twin of
 * {@link generateSample}.
 *
 * @remarks Never throws, whatever it is given: options that are missing, not an object or
 * unreadable (a Proxy, a throwing getter), a seed or year that is not a whole number in range,
 * and an unknown size come back as `{ ok: false, error }` with code `INVALID_INPUT`.
 * @param options - The seed, size (default `'town'`) and year (default 2025).
 * @returns `{ ok: true, value }` with the frozen sample, or `{ ok: false, error }`.
 * @example
 * ```ts
 * import { safeGenerateSample } from 'renda/testing';
 *
 * const sample = safeGenerateSample({ seed: 1, size: { deputies: 20 } });
 * if (sample.ok) console.log(sample.value.deputies.length); // 20
 * console.log(safeGenerateSample({ seed: 1.5 }).ok); // false
 * ```
 * @category Testing
 */
export function safeGenerateSample(options: SampleOptions): Result<Sample, ValidationError> {
  return neverThrow<Sample, ValidationError>(
    () => {
      const checked = checkedOptions(options);
      if ('error' in checked) return Object.freeze({ ok: false as const, error: checked.error });
      return Object.freeze({ ok: true as const, value: build(checked.options) });
    },
    () => refused([], '可读取的选项对象', 'readable options'),
  );
}

/** The sample of checked options. */
function build(options: SampleOptions): Sample {
  const buckets: Buckets = {
    deputy: [],
    member: [],
    committee: [],
    unit: [],
    station: [],
    group: [],
    training: [],
    trainingAttendance: [],
    dutyReport: [],
    livelihoodProject: [],
    livelihoodVote: [],
    suggestion: [],
    activity: [],
    opinion: [],
    performanceRecord: [],
    appraisalBallot: [],
  };
  for (const item of streamSample(options)) (buckets[item.kind] as unknown[]).push(item.record);
  const full = createContext(options.seed, options.size ?? 'town', options.year ?? 2025);
  const congresses =
    full.scCongress === full.congress ? [full.congress] : [full.congress, full.scCongress];
  return deepFreeze({
    seed: options.seed,
    year: full.year,
    policy: full.policy,
    opinionPolicy: SAMPLE_OPINION_POLICY,
    congresses,
    deputies: buckets.deputy,
    members: buckets.member,
    committees: buckets.committee,
    units: buckets.unit,
    stations: buckets.station,
    groups: buckets.group,
    activities: buckets.activity,
    suggestions: buckets.suggestion,
    opinions: buckets.opinion,
    trainings: buckets.training,
    trainingAttendances: buckets.trainingAttendance,
    dutyReports: buckets.dutyReport,
    livelihoodProjects: buckets.livelihoodProject,
    livelihoodVotes: buckets.livelihoodVote,
    performanceRecords: buckets.performanceRecord,
    appraisalBallots: buckets.appraisalBallot,
    asOf: isoOf(full.asOf),
  });
}
