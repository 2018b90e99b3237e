import type {
  APPRAISAL_RATER_ROLES,
  APPRAISAL_SUBJECT_KINDS,
} from '../../model/appraisalBallot.js';
import type { ELECTORATE_BASES } from '../../model/livelihoodProject.js';
import type { SatisfactionGrade } from '../../model/shared/satisfaction.js';
import type { KeyItemTally } from '../../suggestion/keyItems/tallyKeyItemVote.js';
import type { LivelihoodPolicy } from '../livelihoodPolicy.js';

/**
 * The options of {@link tallyAppraisalBallots} and {@link appraisalTallyAccumulator}: the policy
 * whose year-end rule classifies each result and whose quorum decides whether it counts.
 *
 * @example
 * ```ts
 * import { defineLivelihoodPolicy, type AppraisalTallyOptions } from 'renda';
 *
 * // Ratings taken of those present, a standing committee's quorum of more than half.
 * const options: AppraisalTallyOptions = {
 *   policy: defineLivelihoodPolicy({
 *     id: 'appraisal', version: 1, quorum: { share: 0.5 }, yearEnd: { electorate: 'present' },
 *   }),
 * };
 * ```
 * @category Livelihood vote
 */
export interface AppraisalTallyOptions {
  /** The rules: `yearEnd` classifies (满意, 基本满意, 不满意), `quorum` is the attendance needed. */
  readonly policy: LivelihoodPolicy;
}

/**
 * One subject's appraisal in one year (测评结果): the roll, the votes, the rates and the
 * classification.
 *
 * @remarks The counts and rates are a key-item tally's ({@link KeyItemTally}): 满意, 基本满意,
 * 不满意, 弃权 (present, no grade), 无效 (here: raters who cast more than one ballot on the subject,
 * none of whose counts), 有效 and the broad and narrow 满意率 over valid votes.
 *
 * @example
 * ```ts
 * import type { AppraisalResult } from 'renda';
 *
 * const line = (r: AppraisalResult) => `${r.subject.id} ${r.satisfied}/${r.basicallySatisfied}/${r.dissatisfied} ${r.rating ?? '—'}`;
 * ```
 * @category Livelihood vote
 */
export interface AppraisalResult extends Omit<KeyItemTally, 'itemId' | 'passRate' | 'passed'> {
  /** 测评对象: a handling unit or a key item. */
  readonly subject: {
    readonly kind: (typeof APPRAISAL_SUBJECT_KINDS)[number];
    readonly id: string;
  };
  /** 年度. */
  readonly year: number;
  /** 应到人数: raters on the roll (one ballot each, absent ones included). */
  readonly members: number;
  /** 实到人数: raters who attended (`cast`: each returned a ballot). */
  readonly present: number;
  /** The roll and attendance by the raters' role. */
  readonly byRole: Readonly<
    Record<
      (typeof APPRAISAL_RATER_ROLES)[number],
      { readonly members: number; readonly present: number }
    >
  >;
  /** 法定人数: present ≥ `required` (at least the policy's quorum share of the members). */
  readonly quorum: { readonly required: number; readonly met: boolean };
  /**
   * The votes the rating needs: 满意 ≥ `satisfied` for satisfied, 满意 + 基本满意 ≥
   * `satisfiedOrBasically` for basically satisfied; `base` is the electorate the shares are taken of.
   */
  readonly needed: {
    readonly base: number;
    readonly satisfied: number;
    readonly satisfiedOrBasically: number;
  };
  /** 测评等次 by the policy's year-end rule; `null` when the quorum is not met (测评无效). */
  readonly rating: SatisfactionGrade | null;
}

/**
 * The outcome of an appraisal (评议测评计票结果): every subject's result in every year the
 * ballots name.
 *
 * @example
 * ```ts
 * import type { AppraisalTally } from 'renda';
 *
 * const failing = (t: AppraisalTally) => t.results.filter((r) => r.rating === 'dissatisfied');
 * ```
 * @category Livelihood vote
 */
export interface AppraisalTally {
  /** The rule applied: the electorate, the rating shares and the quorum share of the policy. */
  readonly rule: {
    readonly policy: string;
    readonly electorate: (typeof ELECTORATE_BASES)[number];
    readonly satisfiedShare: number;
    readonly basicallySatisfiedShare: number;
    readonly quorumShare: number;
  };
  /** Ballots given, counted, and unreadable (not an appraisal ballot: counted nowhere). */
  readonly ballots: {
    readonly cast: number;
    readonly counted: number;
    readonly unreadable: number;
  };
  /** One result per subject and year: by year, units before key items, then by id. */
  readonly results: readonly AppraisalResult[];
}

/**
 * The state of an appraisal tally (测评计票中间状态): plain JSON, one line per rater and subject
 * (`[ballots, present, verdict, role]`), so ballot boxes tallied apart merge exactly.
 *
 * @example
 * ```ts
 * import type { AppraisalTallyState } from 'renda';
 *
 * const empty: AppraisalTallyState = { cast: 0, unreadable: 0, subjects: {} };
 * ```
 * @category Livelihood vote
 */
export type AppraisalTallyState = {
  /** Ballots given. */
  cast: number;
  /** Ballots that are not appraisal ballots. */
  unreadable: number;
  /** By subject and year (`[year, kind, id]` as JSON), by rater id: the rater's line. */
  subjects: { [key: string]: { [raterId: string]: number[] } };
};
