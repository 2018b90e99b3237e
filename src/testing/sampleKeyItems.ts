import { deepFreeze } from '../internal/deepFreeze.js';
import { type KeyItemPlan, safeParseKeyItemPlan } from '../model/keyItemPlan.js';
import { type KeyItemVote, safeParseKeyItemVote } from '../model/keyItemVote.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import { keyItemPlanOf } from './internal/keyItemPlanOf.js';
import {
  type CommitteeSession,
  type KeyItemSource,
  readKeyItemSource,
  refusedSample,
} from './internal/keyItemSource.js';
import { keyItemVoteOf } from './internal/keyItemVoteOf.js';
import { dayNumberOf } from './internal/time.js';
import { zonedMoment } from './internal/zonedMoment.js';
import type { Sample } from './sampleTypes.js';

/**
 * A sample's key items as the standing committee organises them (重点督办样本): the year's plan
 * and the item-by-item satisfaction vote on its items.
 *
 * @example
 * ```ts
 * import type { KeyItemSample } from 'renda/testing';
 *
 * const topics = (s: KeyItemSample) => s.plan.items.map((item) => item.topic);
 * ```
 * @category Testing
 */
export interface KeyItemSample {
  /** The year's plan (年度重点督办计划): one item per topic, milestones on Rizhao's calendar. */
  readonly plan: KeyItemPlan;
  /** The satisfaction vote (逐件满意度测评) on the plan's items, at the November session. */
  readonly vote: KeyItemVote;
}

// The vote's and the report's sessions sit at 10:00 in the policy's zone.
const MORNING = 10 * 60;

/** The session the vote is taken at: the first of November; without one, every member meets on 26 November. */
function voteSession(source: KeyItemSource): CommitteeSession {
  const november = `${source.year}-11`;
  const held = source.sessions.find((s) => s.day.startsWith(november));
  return (
    held ?? {
      day: `${november}-26`,
      title: '常委会会议',
      memberIds: source.members.map((m) => m.id),
    }
  );
}

function build(source: KeyItemSource): Result<KeyItemSample, ValidationError> {
  const vote = voteSession(source);
  // The government reports at the first session after the vote (Rizhao: December).
  const report = source.sessions.find((s) => s.day > vote.day);
  const at = (session: CommitteeSession) =>
    zonedMoment(dayNumberOf(session.day), MORNING, source.timeZone);
  const plan = safeParseKeyItemPlan(
    keyItemPlanOf(source, {
      vote: at(vote),
      report: report === undefined ? undefined : at(report),
    }),
  );
  if (!plan.ok) return plan;
  const itemIds = plan.value.items.map((item) => item.id);
  const tally = safeParseKeyItemVote(
    keyItemVoteOf(source.seed, source.year, plan.value.id, itemIds, vote, source.members),
  );
  if (!tally.ok) return tally;
  return Object.freeze({
    ok: true as const,
    value: deepFreeze({ plan: plan.value, vote: tally.value }),
  });
}

/**
 * The key-item plan and satisfaction vote of a sample (重点督办样本), without throwing: the
 * checked twin of {@link sampleKeyItems}.
 *
 * @remarks Never throws, whatever it is given: a sample that is missing, not an object, cannot be
 * read (a Proxy, a throwing getter) or lacks a part it reads (`suggestions` that is not a list, a
 * key item without a topic…) comes back as `{ ok: false, error }` with code `INVALID_INPUT`
 * naming the part; a plan or vote its parts cannot make (a lead its schema refuses) comes back
 * with the issues of `parseKeyItemPlan` or `parseKeyItemVote`.
 * @param sample - A sample from {@link generateSample}.
 * @returns `{ ok: true, value }` with the frozen plan and vote, or `{ ok: false, error }`.
 * @example
 * ```ts
 * import { generateSample, safeSampleKeyItems } from 'renda/testing';
 *
 * const result = safeSampleKeyItems(generateSample({ seed: 1 }));
 * if (result.ok) console.log(result.value.plan.items.length > 0); // true
 * const junk = safeSampleKeyItems({ suggestions: 'x' } as never);
 * if (!junk.ok) console.log(junk.error.code); // 'INVALID_INPUT'
 * ```
 * @category Testing
 */
export function safeSampleKeyItems(sample: Sample): Result<KeyItemSample, ValidationError> {
  return neverThrow<KeyItemSample, ValidationError>(
    () => {
      const read = readKeyItemSource(sample);
      if ('error' in read) return Object.freeze({ ok: false as const, error: read.error });
      return build(read.source);
    },
    () => refusedSample([]),
  );
}

/**
 * The year's key-item plan (年度重点督办计划) and its item-by-item satisfaction vote
 * (逐件满意度测评) built from a sample's key items, for testing plan dashboards and vote tallies.
 *
 * @remarks
 * Reads the sample and never changes it; the same sample gives a deep-equal result (draws from
 * the sample's seed, never the clock). Both parse with their models' parsers and are frozen.
 *
 * The plan (`P-<year>`, in `policy.timeZone`) has one item (`K-1`, `K-2`…) per `keyItem.topic`,
 * in the order the topics first appear: its suggestions, the units in charge of them (active
 * lead, sole and separate assignments) and their `keyItem.leads`, each once. Its milestones
 * follow Rizhao's calendar (Sources §2.12): designation by 30 April (met when the first key item
 * was designated), handling plans by 31 May, supervision 1 June–31 October, a summary per item
 * by 31 October, a survey 1–15 November, the satisfaction vote by 30 November (met at the
 * vote's session) and the report to the standing committee by 31 December (met at the first
 * session after the vote). A milestone is met only on or before `asOf`. Like real plans it
 * slips: the seed makes the handling plans or the survey 2–8 days late and one item's summary
 * never come, and a sample's year holds no session after November's, so the report is still
 * awaited as of `asOf`.
 *
 * The vote (`KV-<year>`) is taken at the sample's November standing committee session: the
 * members in office that day are 应到, those at the session 实到, and each present member votes
 * on each item. The seed picks one item that falls short (at most 70% satisfied or basically
 * satisfied, with 满意 under half); every other item has at least 80% and passes
 * `tallyKeyItemVote(vote, { threshold: 0.8 })`.
 * @param sample - A sample from {@link generateSample}.
 * @returns The frozen plan and vote.
 * @throws `RendaError` with code `INVALID_INPUT` when the sample lacks a part it reads, or the
 *   plan or vote its parts make fails its schema ({@link safeSampleKeyItems} returns the error).
 * @example
 * ```ts
 * import { keyItemPlanStatus, tallyKeyItemVote } from 'renda';
 * import { generateSample, sampleKeyItems } from 'renda/testing';
 *
 * const sample = generateSample({ seed: 1 });
 * const { plan, vote } = sampleKeyItems(sample);
 * const status = keyItemPlanStatus(plan, sample.asOf);
 * console.log(status.counts.metOnTime > 0, status.counts.metLate > 0); // true true
 * const tally = tallyKeyItemVote(vote, { threshold: 0.8 });
 * console.log(tally.passedCount === vote.results.length - 1); // true
 * ```
 * @category Testing
 */
export function sampleKeyItems(sample: Sample): KeyItemSample {
  const result = safeSampleKeyItems(sample);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
