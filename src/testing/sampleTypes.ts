import type { Activity } from '../model/activity.js';
import type { AppraisalBallot } from '../model/appraisalBallot.js';
import type { Committee } from '../model/committee.js';
import type { ConstituentOpinion } from '../model/constituentOpinion.js';
import type { Deputy } from '../model/deputy.js';
import type { DeputyGroup } from '../model/deputyGroup.js';
import type { DutyReport } from '../model/dutyReport.js';
import type { HandlingUnit } from '../model/handlingUnit.js';
import type { LiaisonStation } from '../model/liaisonStation.js';
import type { LivelihoodProject } from '../model/livelihoodProject.js';
import type { LivelihoodVote } from '../model/livelihoodVote.js';
import type { PerformanceRecord } from '../model/performanceRecord.js';
import type { Congress } from '../model/shared/congress.js';
import type { StandingCommitteeMember } from '../model/standingCommitteeMember.js';
import type { Suggestion } from '../model/suggestion.js';
import type { Training } from '../model/training.js';
import type { TrainingAttendance } from '../model/trainingAttendance.js';
import type { OpinionPolicy } from '../opinion/opinionPolicy.js';
import type { SuggestionPolicy } from '../suggestion/policy.js';

/**
 * The size of a sample (样本规模): `'town'` (about 100 deputies, the default), `'county'` (about
 * 1,000), `'city'` (about 10,000), `'province'` (100,000 deputies, 1,000,000 suggestions and
 * 1,000,000 activities; stream it) or an explicit number of deputies.
 *
 * @remarks Town, county and city samples hold 3 suggestions and 10 activities per deputy; a
 * province holds 10 of each. An explicit `{ deputies }` (20 to 2,000,000) uses 3 and 10.
 * @example
 * ```ts
 * import type { SampleSize } from 'renda/testing';
 *
 * const sizes: SampleSize[] = ['town', 'county', { deputies: 250 }];
 * ```
 * @category Testing
 */
export type SampleSize = 'town' | 'county' | 'city' | 'province' | { readonly deputies: number };

/**
 * What to generate (样本参数): a seed, a size and the year the sample covers.
 *
 * @example
 * ```ts
 * import type { SampleOptions } from 'renda/testing';
 *
 * const options: SampleOptions = { seed: 42, size: 'county', year: 2025 };
 * ```
 * @category Testing
 */
export interface SampleOptions {
  /** Any safe integer; the same seed always gives the same sample. */
  readonly seed: number;
  /** Default `'town'`. */
  readonly size?: SampleSize;
  /** The year covered, 2000–2098; default 2025. The sample is as of 31 Dec, 18:00 +08:00. */
  readonly year?: number;
}

/**
 * A whole sample jurisdiction for one year (样本数据): its roster, its year of deputy work and
 * the policies the suggestions and the opinions run under. Every array and record is frozen.
 *
 * @example
 * ```ts
 * import { generateSample, type Sample } from 'renda/testing';
 *
 * const sample: Sample = generateSample({ seed: 1 });
 * console.log(sample.deputies.length); // 100
 * ```
 * @category Testing
 */
export interface Sample {
  readonly seed: number;
  readonly year: number;
  /** The policy the suggestions run under (`rulesVersion` `sample@1`). */
  readonly policy: SuggestionPolicy;
  /**
   * The policy the opinions run under (`rulesVersion` `default@1`): the default opinion policy.
   * Every opinion replays under it (`verifyOpinion(opinion, { policy: sample.opinionPolicy })`).
   */
  readonly opinionPolicy: OpinionPolicy;
  /** The jurisdiction's congress, then the congress of its standing committee if different. */
  readonly congresses: readonly Congress[];
  readonly deputies: readonly Deputy[];
  readonly members: readonly StandingCommitteeMember[];
  readonly committees: readonly Committee[];
  readonly units: readonly HandlingUnit[];
  readonly stations: readonly LiaisonStation[];
  readonly groups: readonly DeputyGroup[];
  readonly activities: readonly Activity[];
  readonly suggestions: readonly Suggestion[];
  readonly opinions: readonly ConstituentOpinion[];
  readonly trainings: readonly Training[];
  readonly trainingAttendances: readonly TrainingAttendance[];
  readonly dutyReports: readonly DutyReport[];
  /**
   * The year's livelihood projects, played through `livelihoodWorkflow` under the default
   * livelihood policy (each verifies), and next year's candidates.
   */
  readonly livelihoodProjects: readonly LivelihoodProject[];
  readonly livelihoodVotes: readonly LivelihoodVote[];
  readonly performanceRecords: readonly PerformanceRecord[];
  /** December's appraisal (评议) of six handling units and two key items: one ballot per rater. */
  readonly appraisalBallots: readonly AppraisalBallot[];
  /** The instant the sample is as of: `YYYY-12-31T10:00:00.000Z` (18:00 in Shanghai). */
  readonly asOf: string;
}

/**
 * One record of a sample stream (样本记录), tagged with its kind.
 *
 * @example
 * ```ts
 * import { streamSample, type SampleRecord } from 'renda/testing';
 *
 * const isSuggestion = (item: SampleRecord) => item.kind === 'suggestion';
 * let count = 0;
 * for (const item of streamSample({ seed: 1 })) if (isSuggestion(item)) count++;
 * console.log(count); // 300
 * ```
 * @category Testing
 */
export type SampleRecord =
  | { readonly kind: 'deputy'; readonly record: Deputy }
  | { readonly kind: 'member'; readonly record: StandingCommitteeMember }
  | { readonly kind: 'committee'; readonly record: Committee }
  | { readonly kind: 'unit'; readonly record: HandlingUnit }
  | { readonly kind: 'station'; readonly record: LiaisonStation }
  | { readonly kind: 'group'; readonly record: DeputyGroup }
  | { readonly kind: 'training'; readonly record: Training }
  | { readonly kind: 'trainingAttendance'; readonly record: TrainingAttendance }
  | { readonly kind: 'dutyReport'; readonly record: DutyReport }
  | { readonly kind: 'livelihoodProject'; readonly record: LivelihoodProject }
  | { readonly kind: 'livelihoodVote'; readonly record: LivelihoodVote }
  | { readonly kind: 'suggestion'; readonly record: Suggestion }
  | { readonly kind: 'activity'; readonly record: Activity }
  | { readonly kind: 'opinion'; readonly record: ConstituentOpinion }
  | { readonly kind: 'performanceRecord'; readonly record: PerformanceRecord }
  | { readonly kind: 'appraisalBallot'; readonly record: AppraisalBallot };

/**
 * The kinds of record in a sample stream.
 *
 * @example
 * ```ts
 * import type { SampleRecordKind } from 'renda/testing';
 *
 * const kind: SampleRecordKind = 'suggestion';
 * ```
 * @category Testing
 */
export type SampleRecordKind = SampleRecord['kind'];
