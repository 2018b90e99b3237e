import type { BilingualText } from '../../model/shared/localized.js';
import type { Rate } from '../../stats/rate.js';
import type { CoveragePeriod } from './coveragePeriod.js';

/**
 * The codes for why someone or something is left out of a coverage roster (排除原因).
 *
 * @remarks
 * - `joinedAfter`: the term (or a station's active period) starts after the period;
 * - `endedBefore`: the term, the qualification (资格终止) or the station ended before it;
 * - `suspendedWholePeriod`: duties suspended (暂停执行代表职务) on every day of it that they
 *   would otherwise have served;
 * - `partialPeriod`: served only part of it, under the `exclude` policy;
 * - `notGrassroots`: not a grassroots deputy, when only grassroots deputies count;
 * - `notNew`: not new in the period (the term did not start in it), for first-year training;
 * - `noAssignments`: a member with no deputy assigned in the period, for per-deputy quotas;
 * - `notAccepted`: a constituent opinion not accepted (不予受理);
 * - `convertedToSuggestion`: an opinion that became or joined a suggestion not replied yet, so no
 *   feedback is owed (once it is replied, the opinion counts against its feedback due day);
 * - `mergedDuplicate`: an opinion merged into another open ticket (重复件), which is counted in
 *   its place;
 * - `notYetDue`: an opinion still open whose time limit has not passed as of `asOf`.
 *
 * @example
 * ```ts
 * import { COVERAGE_EXCLUSION_REASONS } from 'renda';
 *
 * console.log(COVERAGE_EXCLUSION_REASONS.includes('suspendedWholePeriod')); // true
 * ```
 * @category Coverage
 */
export const COVERAGE_EXCLUSION_REASONS = [
  'joinedAfter',
  'endedBefore',
  'suspendedWholePeriod',
  'partialPeriod',
  'notGrassroots',
  'notNew',
  'noAssignments',
  'notAccepted',
  'convertedToSuggestion',
  'notYetDue',
  'mergedDuplicate',
] as const;

/**
 * One of {@link COVERAGE_EXCLUSION_REASONS} (排除原因).
 *
 * @example
 * ```ts
 * import type { CoverageExclusionReason } from 'renda';
 *
 * const reason: CoverageExclusionReason = 'joinedAfter';
 * ```
 * @category Coverage
 */
export type CoverageExclusionReason = (typeof COVERAGE_EXCLUSION_REASONS)[number];

/**
 * Someone or something left out of a coverage roster, and why (排除名单).
 *
 * @example
 * ```ts
 * import type { CoverageExclusion } from 'renda';
 *
 * const out: CoverageExclusion = { id: 'D-0007', reason: 'suspendedWholePeriod' };
 * ```
 * @category Coverage
 */
export interface CoverageExclusion {
  /** The deputy's, member's, station's or opinion's id. */
  readonly id: string;
  /** Why it is not in the roster. */
  readonly reason: CoverageExclusionReason;
}

/**
 * Someone who falls short of a coverage target, and by how much (未达标名单).
 *
 * @remarks
 * One meaning in every list: `need` is what meeting the target takes, `have` what there is, and
 * `short = need − have ≥ 1` how far the target is missed. For targets measured per month, quarter
 * or year, the figures are those of the worst sub-period (the largest `short`, the earliest on a
 * tie), named in `window`. For {@link coverageOpinionsClosed} the units are working days: `need`
 * is the working days the opinion took (needed) to be fed back, `have` the working days it had
 * (its time limit), and `short` the working days over.
 *
 * @example
 * ```ts
 * import type { CoverageShortfall } from 'renda';
 *
 * const s: CoverageShortfall = { id: 'M-0003', name: '李明', have: 1, need: 2, short: 1 };
 * ```
 * @category Coverage
 */
export interface CoverageShortfall {
  /** The id of who or what falls short. */
  readonly id: string;
  /** Their name, when the record has one. */
  readonly name?: string;
  /** What they have (contacts, deputies, reception days, trainings…). */
  readonly have: number;
  /** What the target asks of them, after pro-rating. */
  readonly need: number;
  /** `need − have`, always at least 1. */
  readonly short: number;
  /** The sub-period (month, quarter, year, first year in office) the figures are for. */
  readonly window?: CoveragePeriod;
  /** What is missing, for yes/no targets such as `'station'` or `'group'` enrolment. */
  readonly missing?: readonly string[];
}

/**
 * A coverage figure's report sentence (覆盖率报告语句), written by the function that measures it
 * beside its name: `all` when every one in the roster is covered (全覆盖), `some` otherwise.
 * `{denominator}` is the roster, `{numerator}` the covered and `{percent}` the rate, as
 * `coverageReportSentences` (renda/import) fills them.
 *
 * @example
 * ```ts
 * import type { CoverageSentence } from 'renda';
 *
 * const sentence: CoverageSentence = {
 *   all: { 'zh-Hans': '{denominator}名代表全部进站，覆盖率{percent}，实现全覆盖', en: 'all {denominator} deputies at a station' },
 *   some: { 'zh-Hans': '{denominator}名代表中{numerator}名进站，覆盖率{percent}', en: '{numerator} of {denominator} deputies at a station' },
 * };
 * ```
 * @category Coverage
 */
export interface CoverageSentence {
  /** Every one in the roster covered. */
  readonly all: BilingualText;
  /** Some not covered. */
  readonly some: BilingualText;
}

/**
 * The result of every `coverage…` function (覆盖率结果): the rate over the roster, who is
 * covered, who falls short and by how much, and who was left out and why.
 *
 * @remarks
 * `rate = covered ÷ roster`, computed with {@link rate}. The roster is `covered` plus the ids of
 * `shortfalls`; the two never overlap. `covered` is sorted by id; `shortfalls` by `short`
 * (largest first), then id. Everything is frozen.
 *
 * @example
 * ```ts
 * import { coverageEnrolment } from 'renda';
 *
 * const result = coverageEnrolment([], [], [], {
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   require: 'station',
 * });
 * console.log(result.rate.value, result.shortfalls.length); // null 0
 * ```
 * @category Coverage
 */
export interface CoverageResult {
  /** The definition's stable id, e.g. `coverageMemberContact`. */
  readonly id: string;
  /** The definition's version; bumped when the meaning changes. */
  readonly version: number;
  /** The figure's name, e.g. 常委会组成人员联系代表覆盖率. */
  readonly name: BilingualText;
  /** The formula in words, with the target filled in. */
  readonly formula: BilingualText;
  /** The report sentence, a template of the figures (`coverageReportSentences` fills it). */
  readonly sentence: CoverageSentence;
  /** The period measured. */
  readonly period: CoveragePeriod;
  /** covered ÷ roster; `value` is `null` for an empty roster. */
  readonly rate: Rate;
  /** The ids that meet the target, sorted. */
  readonly covered: readonly string[];
  /** Who falls short and by how much, largest shortfall first. */
  readonly shortfalls: readonly CoverageShortfall[];
  /** Who was left out of the roster and why, sorted by id. */
  readonly excluded: readonly CoverageExclusion[];
}
