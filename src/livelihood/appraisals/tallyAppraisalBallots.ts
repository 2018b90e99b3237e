import * as z from 'zod';
import { deepFreeze } from '../../internal/deepFreeze.js';
import {
  APPRAISAL_RATER_ROLES,
  APPRAISAL_SUBJECT_KINDS,
  type AppraisalBallot,
  safeParseAppraisalBallot,
} from '../../model/appraisalBallot.js';
import { createParsers } from '../../model/shared/createParsers.js';
import type { Result } from '../../model/shared/result.js';
import { SATISFACTION_GRADES, type SatisfactionGrade } from '../../model/shared/satisfaction.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import type { Accumulator } from '../../stats/accumulator.js';
import { defineAccumulator } from '../../stats/defineAccumulator.js';
import { guard, safely } from '../../stats/internal/invalidInput.js';
import { rate } from '../../stats/rate.js';
import { KEY_ITEM_METRICS } from '../../suggestion/keyItems/keyItemMetrics.js';
import { ratingOf, yearEndNeeds, yearEndOptionsOf } from '../classifyYearEndVote.js';
import { countBallots } from '../internal/countBallots.js';
import { own, put } from '../internal/ownKeys.js';
import { type LivelihoodPolicy, LivelihoodPolicySchema } from '../livelihoodPolicy.js';
import { atLeast } from '../rules/shares.js';
import type {
  AppraisalResult,
  AppraisalTally,
  AppraisalTallyOptions,
  AppraisalTallyState,
} from './appraisalTypes.js';
import {
  ABSENT,
  ABSTAINED,
  keyParts,
  lineOf,
  mergeLines,
  mergeRaters,
  type RaterLines,
  subjectKey,
} from './internal/appraisalLines.js';

const MODEL = { id: 'AppraisalTally', 'zh-Hans': '评议测评计票', en: 'Appraisal tally' };

const parsers = /* @__PURE__ */ createParsers(
  /* @__PURE__ */ z.strictObject({ policy: LivelihoodPolicySchema }),
  MODEL,
  { policy: { 'zh-Hans': '测评规则', en: 'policy' } },
);

const KIND_ORDER = (kind: string): number =>
  (APPRAISAL_SUBJECT_KINDS as readonly string[]).indexOf(kind);

function compareKeys(a: string, b: string): number {
  const [yearA, kindA, idA] = keyParts(a);
  const [yearB, kindB, idB] = keyParts(b);
  if (yearA !== yearB) return yearA - yearB;
  if (kindA !== kindB) return KIND_ORDER(kindA) - KIND_ORDER(kindB);
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/** The grades' votes summed over a figure's list of grades (the key-item figures' one rule). */
const sum = (votes: Readonly<Record<SatisfactionGrade, number>>, grades: readonly string[]) =>
  grades.reduce((total, grade) => total + votes[grade as SatisfactionGrade], 0);

function resultOf(key: string, raters: RaterLines, policy: LivelihoodPolicy): AppraisalResult {
  const [year, kind, id] = keyParts(key);
  const votes: Record<SatisfactionGrade, number> = {
    satisfied: 0,
    basicallySatisfied: 0,
    dissatisfied: 0,
  };
  const byRole = {
    deputy: { members: 0, present: 0 },
    scMember: { members: 0, present: 0 },
  };
  let members = 0;
  let present = 0;
  let abstained = 0;
  let invalid = 0;
  for (const [count, attended, verdict, roleCode] of Object.values(raters) as number[][]) {
    const role = byRole[APPRAISAL_RATER_ROLES[roleCode as number] ?? 'deputy'];
    members += 1;
    role.members += 1;
    if (attended !== 1) continue;
    present += 1;
    role.present += 1;
    if ((count as number) > 1) invalid += 1;
    else if (verdict === ABSTAINED) abstained += 1;
    else if (verdict !== ABSENT)
      votes[SATISFACTION_GRADES[verdict as number] as SatisfactionGrade] += 1;
  }
  const valid = votes.satisfied + votes.basicallySatisfied + votes.dissatisfied;
  const required = atLeast(policy.quorum.share, members);
  const met = present >= required;
  const options = yearEndOptionsOf(policy, members, present);
  const broad = KEY_ITEM_METRICS.satisfactionRate;
  const narrow = KEY_ITEM_METRICS.narrowSatisfactionRate;
  return {
    subject: { kind, id },
    year,
    members,
    present,
    byRole,
    ...votes,
    abstained,
    invalid,
    valid,
    cast: present,
    satisfactionRate: rate(sum(votes, broad.numerator), sum(votes, broad.denominator)),
    narrowSatisfactionRate: rate(sum(votes, narrow.numerator), sum(votes, narrow.denominator)),
    quorum: { required, met },
    needed: yearEndNeeds(options),
    rating: met ? ratingOf(votes, options) : null,
  };
}

function tallyOf(state: AppraisalTallyState, policy: LivelihoodPolicy): AppraisalTally {
  const { electorate, satisfiedShare, basicallySatisfiedShare } = policy.yearEnd;
  return deepFreeze({
    rule: {
      policy: `${policy.id}@${policy.version}`,
      electorate,
      satisfiedShare,
      basicallySatisfiedShare,
      quorumShare: policy.quorum.share,
    },
    ballots: {
      cast: state.cast,
      counted: state.cast - state.unreadable,
      unreadable: state.unreadable,
    },
    results: Object.keys(state.subjects)
      .sort(compareKeys)
      .map((key) => resultOf(key, own(state.subjects, key) ?? {}, policy)),
  });
}

/**
 * The appraisal tally as an accumulator (评议测评计票累加器): `init`, `step` one ballot, `merge`
 * two ballot boxes, `result` the {@link AppraisalTally}.
 *
 * @remarks
 * The state is plain JSON: ballot boxes counted on different machines merge exactly, in any
 * order, and the result does not depend on the order of the ballots. See
 * {@link tallyAppraisalBallots} for the counting rules.
 * @param options - The policy.
 * @returns The accumulator.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad option.
 * @example
 * ```ts
 * import { appraisalTallyAccumulator, defaultLivelihoodPolicy } from 'renda';
 *
 * const tally = appraisalTallyAccumulator({ policy: defaultLivelihoodPolicy });
 * const ballot = (raterId: string, verdict: 'satisfied' | 'dissatisfied') =>
 *   ({ raterId, raterRole: 'scMember', subject: { kind: 'unit', id: 'U-1' }, year: 2025, verdict }) as const;
 * const boxA = [ballot('M-1', 'satisfied'), ballot('M-2', 'satisfied')];
 * const boxB = [ballot('M-3', 'dissatisfied')];
 * const count = (box: readonly unknown[]) => box.reduce(tally.step, tally.init());
 * console.log(tally.result(tally.merge(count(boxA), count(boxB))).results[0]?.rating); // 'satisfied'
 * ```
 * @category Livelihood vote
 */
export function appraisalTallyAccumulator(
  options: AppraisalTallyOptions,
): Accumulator<unknown, AppraisalTallyState, AppraisalTally> {
  return guard(MODEL.id, () => {
    const parsed = parsers.safeParse(options);
    if (!parsed.ok) throw new RendaError(parsed.error);
    // The caller's policy object itself: the parse has checked its shape.
    const { policy } = options;
    return defineAccumulator<unknown, AppraisalTallyState, AppraisalTally>({
      id: 'appraisalTally',
      version: 1,
      init: () => ({ cast: 0, unreadable: 0, subjects: {} }),
      step(state, input) {
        state.cast += 1;
        const parsed = safeParseAppraisalBallot(input);
        if (!parsed.ok) {
          state.unreadable += 1;
          return state;
        }
        const ballot: AppraisalBallot = parsed.value;
        const key = subjectKey(ballot);
        let raters = own(state.subjects, key);
        if (raters === undefined) {
          raters = {};
          put(state.subjects, key, raters);
        }
        const line = lineOf(ballot);
        const before = own(raters, ballot.raterId);
        put(raters, ballot.raterId, before === undefined ? line : mergeLines(before, line));
        return state;
      },
      merge(a, b) {
        const subjects: AppraisalTallyState['subjects'] = {};
        for (const key of new Set([...Object.keys(a.subjects), ...Object.keys(b.subjects)]))
          put(subjects, key, mergeRaters(own(a.subjects, key), own(b.subjects, key)));
        return { cast: a.cast + b.cast, unreadable: a.unreadable + b.unreadable, subjects };
      },
      result: (state) => tallyOf(state, policy),
    });
  });
}

/**
 * Like {@link appraisalTallyAccumulator}, but returns a result instead of throwing.
 *
 * @param options - The policy.
 * @returns The accumulator, or a validation error naming the bad option.
 * @example
 * ```ts
 * import { safeAppraisalTallyAccumulator } from 'renda';
 *
 * const result = safeAppraisalTallyAccumulator({ policy: { id: 'x' } as never });
 * if (!result.ok) console.log(result.error.issues[0]?.path[0]); // 'policy'
 * ```
 * @category Livelihood vote
 */
export function safeAppraisalTallyAccumulator(
  options: AppraisalTallyOptions,
): Result<Accumulator<unknown, AppraisalTallyState, AppraisalTally>, ValidationError> {
  return safely(MODEL.id, () => appraisalTallyAccumulator(options));
}

/**
 * Tallies the ballots of an appraisal of handling (评议测评计票: 承办单位办理工作、重点督办事项满意度
 * 测评): for every subject and year, the roll, the votes, the rates and the classification by the
 * policy's year-end rule; a pure function of the ballots, whatever their order.
 *
 * @remarks
 * - **Roll** (应到, 实到): one ballot per rater on the roll; an `absent` ballot counts among the
 *   members, not among those present. A rater present who marked no grade abstained (弃权). A rater
 *   with more than one ballot on one subject and year spoils them all (无效, `invalid`), whichever
 *   box they came in; the rater still counts once on the roll and as present. A ballot that is not
 *   an appraisal ballot (see `AppraisalBallotSchema`) counts nowhere (`ballots.unreadable`).
 * - **Rates** (the key-item vote's rules, `KEY_ITEM_METRICS`): 满意率 = (满意 + 基本满意) ÷
 *   有效票数 and 满意率 (仅满意) = 满意 ÷ 有效票数, 有效票数 being the votes of the three grades.
 * - **Quorum** (法定人数): present ≥ `policy.quorum.share` × members; without it the result has
 *   no rating (`null`, 测评无效).
 * - **Rating** (测评等次), the rule of {@link classifyYearEndVote} with `policy.yearEnd`: satisfied
 *   when 满意 exceeds the satisfied share of the electorate, else basically satisfied when 满意 +
 *   基本满意 exceeds the basically-satisfied share, else dissatisfied. The electorate is all
 *   members or those present (`policy.yearEnd.electorate`); with all members, absent raters,
 *   abstentions and spoilt ballots count against every rating.
 * @param ballots - The ballots; any iterable, any order.
 * @param options - The policy.
 * @returns The tally, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` naming the bad option.
 * @example
 * ```ts
 * import { defaultLivelihoodPolicy, tallyAppraisalBallots } from 'renda';
 *
 * // 31 members on the roll, 29 present: 20 satisfied, 8 basically satisfied, 1 dissatisfied.
 * const verdicts = [
 *   ...Array<'satisfied'>(20).fill('satisfied'),
 *   ...Array<'basicallySatisfied'>(8).fill('basicallySatisfied'),
 *   'dissatisfied' as const,
 * ];
 * const ballots = Array.from({ length: 31 }, (_, i) => ({
 *   raterId: `M-${i + 1}`,
 *   raterRole: 'scMember' as const,
 *   subject: { kind: 'unit' as const, id: 'U-1' },
 *   year: 2025,
 *   ...(i < 29 ? { verdict: verdicts[i] } : { absent: true }),
 * }));
 * const [result] = tallyAppraisalBallots(ballots, { policy: defaultLivelihoodPolicy }).results;
 * console.log(result?.members, result?.present, result?.rating); // 31 29 'satisfied'
 * ```
 * @category Livelihood vote
 */
export function tallyAppraisalBallots(
  ballots: Iterable<AppraisalBallot>,
  options: AppraisalTallyOptions,
): AppraisalTally {
  return guard(MODEL.id, () => countBallots(MODEL.id, appraisalTallyAccumulator(options), ballots));
}

/**
 * Like {@link tallyAppraisalBallots}, but returns a result instead of throwing.
 *
 * @param ballots - The ballots; any iterable, any order.
 * @param options - The policy.
 * @returns The tally, or a validation error naming the bad argument.
 * @example
 * ```ts
 * import { defaultLivelihoodPolicy, safeTallyAppraisalBallots } from 'renda';
 *
 * const result = safeTallyAppraisalBallots(42 as never, { policy: defaultLivelihoodPolicy });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['ballots']
 * ```
 * @category Livelihood vote
 */
export function safeTallyAppraisalBallots(
  ballots: Iterable<AppraisalBallot>,
  options: AppraisalTallyOptions,
): Result<AppraisalTally, ValidationError> {
  return safely(MODEL.id, () => tallyAppraisalBallots(ballots, options));
}
