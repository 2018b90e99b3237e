import { deepFreeze } from '../../internal/deepFreeze.js';
import { type Motion, safeParseMotion } from '../../model/motion.js';
import { neverThrow } from '../../model/shared/neverThrow.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import type { Suggestion } from '../../model/suggestion.js';
import { safeTransition } from '../../workflow/safeTransition.js';
import type { TransitionError } from '../../workflow/types.js';
import { safeCreateSuggestion } from '../createSuggestion.js';
import { SUGGESTION_MESSAGES, thrownText } from '../internal/messages.js';
import { invalidValue } from '../internal/refusedInput.js';
import type { SuggestionPolicy } from '../policy.js';
import { suggestionWorkflow } from '../suggestionWorkflow.js';
import { motionWorkflow } from './motionWorkflow.js';
import { leadOf } from './rules/guards.js';

/**
 * The options of {@link safeSuggestionFromMotion}: the new suggestion's id, when the conversion
 * is recorded, the policy the suggestion runs under and the office that records it.
 *
 * @example
 * ```ts
 * import { defaultPolicy, type SuggestionFromMotionOptions } from 'renda';
 *
 * const options: SuggestionFromMotionOptions = {
 *   id: 'S-101',
 *   at: '2025-03-12T09:00:00+08:00',
 *   policy: defaultPolicy,
 *   officeId: 'OFFICE-1',
 * };
 * ```
 * @category Suggestion workflow
 */
export interface SuggestionFromMotionOptions {
  /** 建议编号: the id of the new suggestion record. */
  readonly id: string;
  /** 登记时间: when the conversion is recorded; not before the presidium's decision. */
  readonly at: string;
  /** The policy the suggestion runs under (its `rulesVersion`). */
  readonly policy: SuggestionPolicy;
  /** 代表工作机构: the office (and the session's secretariat) that records the conversion. */
  readonly officeId: string;
}

/**
 * The two records after a conversion (议案转建议的结果): the new suggestion, and the motion with the
 * conversion recorded.
 *
 * @example
 * ```ts
 * import type { SuggestionFromMotion } from 'renda';
 *
 * const link = (r: SuggestionFromMotion) => r.suggestion.convertedFromMotion?.motionId === r.motion.id;
 * ```
 * @category Suggestion workflow
 */
export interface SuggestionFromMotion {
  /** The suggestion, `submitted`, with `convertedFromMotion: { motionId, at }`. */
  readonly suggestion: Suggestion;
  /** The motion, still `handledAsSuggestion`, with `convertedTo: { suggestionId, at }`. */
  readonly motion: Motion;
}

/** Why a conversion is refused: the motion or the options are invalid, or a workflow refuses. */
export type SuggestionFromMotionError = ValidationError | TransitionError;

const invalid = (path: string, zh: string, en: string) => invalidValue('Motion', path, zh, en);

function refused(error: TransitionError): Result<never, TransitionError> {
  return Object.freeze({ ok: false as const, error });
}

/** The conversion itself, on a motion already parsed. */
function convert(
  motion: Motion,
  options: SuggestionFromMotionOptions,
): Result<SuggestionFromMotion, SuggestionFromMotionError> {
  const { id, at, policy, officeId } = options;
  if (typeof officeId !== 'string' || officeId.trim() === '') {
    return invalid('officeId', '代表工作机构', 'officeId');
  }
  const decision = motion.decisions.at(-1);
  const lead = leadOf(motion);
  if (
    motion.state !== 'handledAsSuggestion' ||
    decision?.decision !== 'handleAsSuggestion' ||
    lead === undefined
  ) {
    return invalid('state', '议案状态（须为作为建议处理）', 'state (must be handledAsSuggestion)');
  }
  // The motion first: it refuses a second conversion (notConvertedYet) and a bad `at`.
  const linked = safeTransition(
    motion,
    { type: 'convertToSuggestion', payload: { suggestionId: id } },
    {
      workflow: motionWorkflow,
      actor: { role: 'secretariat', id: officeId },
      at,
      context: undefined,
    },
  );
  if (!linked.ok) return refused(linked.error);
  const content = [
    motion.grounds === undefined ? undefined : `案由：${motion.grounds}`,
    motion.basis === undefined ? undefined : `案据：${motion.basis}`,
    motion.solution === undefined ? undefined : `方案：${motion.solution}`,
  ].filter((part) => part !== undefined);
  const draft = safeCreateSuggestion(
    {
      id,
      kind: 'motion',
      congress: motion.congress,
      ...(motion.session === undefined ? {} : { session: motion.session }),
      period: 'duringSession',
      title: motion.title,
      ...(content.length === 0 ? {} : { content: content.join('\n') }),
      ...(motion.topic === undefined ? {} : { topic: motion.topic }),
      proposers: motion.proposers,
      ...(motion.delegationId === undefined ? {} : { delegationId: motion.delegationId }),
    },
    { at: motion.createdAt, policy },
  );
  if (!draft.ok) return draft;
  const context = { policy };
  // Submitted when the deputies submitted the motion, converted when the presidium decided:
  // both recorded now. Dates kept so that figures by submission count it from the session.
  const submitted = safeTransition(
    draft.value,
    { type: 'submit' },
    {
      workflow: suggestionWorkflow,
      actor: { role: 'deputy', id: lead },
      at: motion.submittedAt ?? decision.at,
      recordedAt: at,
      context,
    },
  );
  if (!submitted.ok) return refused(submitted.error);
  const converted = safeTransition(
    submitted.value.record,
    { type: 'convertFromMotion', payload: { motionId: motion.id } },
    {
      workflow: suggestionWorkflow,
      actor: { role: 'liaisonOffice', id: officeId },
      at: decision.at,
      recordedAt: at,
      context,
    },
  );
  if (!converted.ok) return refused(converted.error);
  return Object.freeze({
    ok: true as const,
    value: Object.freeze({ suggestion: converted.value.record, motion: linked.value.record }),
  });
}

/**
 * Turns a motion the presidium decided to handle as a suggestion into a suggestion record
 * (议案转建议), like {@link suggestionFromMotion}, but returns a result instead of throwing.
 *
 * @remarks
 * The motion must be `handledAsSuggestion` and not yet converted. The suggestion is created as a
 * motion (`kind: 'motion'`) with the motion's congress, session, title, topic, proposers (the
 * same lead and co-signers) and delegation, its grounds, basis and solution as its content, and
 * `period: 'duringSession'`; the lead proposer's `submit` is dated when the motion was submitted and the
 * `convertFromMotion` event (kind becomes `suggestion`, `convertedFromMotion: { motionId, at }`)
 * when the presidium decided, both recorded at `options.at`. The motion gets a
 * `convertToSuggestion` entry (`convertedTo: { suggestionId, at }`).
 *
 * History is kept on both sides: the motion record keeps every entry it had (submission,
 * decisions, review, report, withdrawal requests) and gains one; it is never rewritten or
 * deleted. The suggestion starts a history of its own in the suggestion workflow and points
 * back at the motion, so `verifyMotion` and `verifySuggestion` each prove their record, and the
 * motion's story is read by following `convertedFromMotion.motionId`. Never throws.
 * @param motion - The motion, in `handledAsSuggestion`.
 * @param options - The suggestion's id, `at`, the policy and the office.
 * @returns Both records, or why the conversion is refused.
 * @example
 * ```ts
 * import { defaultPolicy, safeSuggestionFromMotion } from 'renda';
 * import { generateMotionSample } from 'renda/testing';
 *
 * const { motions } = generateMotionSample({ seed: 1 });
 * const motion = motions.find((m) => m.state === 'onAgenda');
 * if (motion) {
 *   const result = safeSuggestionFromMotion(motion, {
 *     id: 'S-1',
 *     at: '2026-01-01T00:00:00Z',
 *     policy: defaultPolicy,
 *     officeId: 'OFFICE-1',
 *   });
 *   if (!result.ok) console.log(result.error.code); // 'INVALID_INPUT'
 * }
 * ```
 * @category Suggestion workflow
 */
export function safeSuggestionFromMotion(
  motion: Motion,
  options: SuggestionFromMotionOptions,
): Result<SuggestionFromMotion, SuggestionFromMotionError> {
  return neverThrow<SuggestionFromMotion, SuggestionFromMotionError>(
    () => {
      const parsed = safeParseMotion(motion);
      if (!parsed.ok) return parsed;
      if (typeof options !== 'object' || options === null) {
        return invalid('options', '选项', 'options');
      }
      return convert(parsed.value, options);
    },
    (thrown) => {
      const field = { 'zh-Hans': '输入', en: 'input' };
      const message = SUGGESTION_MESSAGES.UNREADABLE({ what: field, detail: thrownText(thrown) });
      return deepFreeze<ValidationError>({
        code: 'INVALID_INPUT',
        model: 'Motion',
        issues: [{ code: 'UNREADABLE', path: [], field, message }],
        message,
      });
    },
  );
}

/**
 * Turns a motion the presidium decided to handle as a suggestion (作为建议处理) into a suggestion
 * record (议案转建议), keeping the motion's proposers and linking the two records both ways.
 *
 * @remarks See {@link safeSuggestionFromMotion} for what each record gets and how both keep their
 * history. Store both records it returns.
 * @param motion - The motion, in `handledAsSuggestion`.
 * @param options - The suggestion's id, `at`, the policy and the office.
 * @returns The new suggestion (`submitted`) and the motion with the conversion recorded.
 * @throws RendaError `INVALID_INPUT`, `GUARD_FAILED` (already converted) or another transition
 *   error.
 * @example
 * ```ts
 * import { defaultPolicy, suggestionFromMotion } from 'renda';
 * import { generateMotionSample } from 'renda/testing';
 *
 * const { motions } = generateMotionSample({ seed: 1 });
 * const motion = motions.find((m) => m.state === 'handledAsSuggestion' && !m.convertedTo);
 * if (motion) {
 *   const { suggestion } = suggestionFromMotion(motion, {
 *     id: 'S-1',
 *     at: '2026-01-01T00:00:00Z',
 *     policy: defaultPolicy,
 *     officeId: 'OFFICE-1',
 *   });
 *   console.log(suggestion.convertedFromMotion?.motionId === motion.id); // true
 * }
 * ```
 * @category Suggestion workflow
 */
export function suggestionFromMotion(
  motion: Motion,
  options: SuggestionFromMotionOptions,
): SuggestionFromMotion {
  const result = safeSuggestionFromMotion(motion, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
