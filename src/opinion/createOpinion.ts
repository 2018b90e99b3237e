import { safeToCalendarDay } from '../calendar/toCalendarDay.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import {
  type ConstituentOpinion,
  type ConstituentOpinionInput,
  safeParseConstituentOpinion,
} from '../model/constituentOpinion.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import { refusedInput } from '../suggestion/internal/refusedInput.js';
import { unreadableInput } from '../suggestion/internal/unreadable.js';
import { formatRulesVersion } from '../suggestion/policy.js';
import type { OpinionPolicy } from './opinionPolicy.js';

/**
 * What is written down when an opinion comes in (登记): the channel, who received it, the
 * constituent's personal data and what they said; everything the loop manages (state, screening,
 * deadlines, feedback, history…) starts empty.
 *
 * @example
 * ```ts
 * import type { NewOpinionInput } from 'renda';
 *
 * const input: NewOpinionInput = {
 *   id: 'O-1',
 *   channel: 'receptionDay',
 *   receptionMode: 'waiting',
 *   deputyIds: ['D-1'],
 *   stationId: 'ST-1',
 *   submitter: { name: '王女士', mobile: '13912345678' },
 *   content: '小区门口缺少公交站点',
 * };
 * ```
 * @category Opinion workflow
 */
export interface NewOpinionInput {
  /** 意见编号 (the app's id, e.g. the 12345 ticket number). */
  readonly id: string;
  /** 来源渠道. */
  readonly channel: ConstituentOpinionInput['channel'];
  /** 接待方式, for `channel: 'receptionDay'`. */
  readonly receptionMode?: ConstituentOpinionInput['receptionMode'];
  /** 接收代表 (none by default: staff or a hotline received it). */
  readonly deputyIds?: readonly string[];
  /** 联络站点. */
  readonly stationId?: string;
  /** 反映人: the constituent's personal data. */
  readonly submitter?: ConstituentOpinionInput['submitter'];
  /** 意见内容. */
  readonly content: string;
  /** 所属领域. */
  readonly topic?: string;
}

/**
 * The options of {@link createOpinion}: when the opinion was received and under which policy.
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, type CreateOpinionOptions } from 'renda';
 *
 * const options: CreateOpinionOptions = { at: '2025-03-15T09:20:00+08:00', policy: defaultOpinionPolicy };
 * ```
 * @category Opinion workflow
 */
export interface CreateOpinionOptions {
  /** 受理时间: ISO 8601 with an offset. */
  readonly at: string;
  /** The policy: the record stores its `id@version`, and the day received in its zone. */
  readonly policy: Pick<OpinionPolicy, 'id' | 'version' | 'timeZone'>;
}

const INPUT_KEYS = [
  'id',
  'channel',
  'receptionMode',
  'deputyIds',
  'stationId',
  'submitter',
  'content',
  'topic',
] as const satisfies readonly (keyof NewOpinionInput)[];

const MODEL = { id: 'ConstituentOpinion', 'zh-Hans': '群众意见', en: 'Constituent opinion' };

function policyRefused(policy: unknown): Result<never, ValidationError> {
  const error = refusedInput(
    MODEL.id,
    ['policy'],
    { 'zh-Hans': '办理规则', en: 'policy' },
    { 'zh-Hans': '带 id、version 与时区的群众意见办理规则', en: 'an opinion policy' },
    policy,
  );
  return Object.freeze({ ok: false as const, error });
}

function create(input: NewOpinionInput, options: CreateOpinionOptions) {
  const policy = (options as Partial<CreateOpinionOptions> | null | undefined)?.policy;
  if (typeof policy !== 'object' || policy === null) return policyRefused(policy);
  const { id, version, timeZone } = policy;
  if (typeof id !== 'string' || !Number.isInteger(version) || typeof timeZone !== 'string') {
    return policyRefused(policy);
  }
  const at = (options as CreateOpinionOptions).at;
  const source = (
    typeof input === 'object' && input !== null ? input : {}
  ) as Partial<NewOpinionInput>;
  // Only the fields an intake takes are read, one by one, so that what the loop manages can
  // never be smuggled in through the input.
  const record: Record<string, unknown> = { deputyIds: [] };
  for (const key of INPUT_KEYS) {
    const value = source[key];
    if (value !== undefined) record[key] = value;
  }
  // A bad `at` leaves the day out; the schema then names `receivedAt`.
  const day = typeof at === 'string' ? safeToCalendarDay(at, timeZone) : undefined;
  const result = safeParseConstituentOpinion({
    ...record,
    rulesVersion: formatRulesVersion({ id, version }),
    receivedAt: at,
    receivedDay: day?.ok ? day.value : undefined,
    state: 'received',
    round: 1,
    reminders: [],
    handlings: [],
    feedbacks: [],
    callbacks: [],
    history: [],
  });
  return result.ok
    ? Object.freeze({ ok: true as const, value: deepFreeze(result.value) })
    : Object.freeze({ ok: false as const, error: deepFreeze(result.error) });
}

/**
 * Registers a constituent's opinion (群众意见登记) in the `received` state, like
 * {@link createOpinion}, but returns a result instead of throwing.
 *
 * @remarks
 * The record starts with `state: 'received'`, `round: 1`, empty lists, an empty history,
 * `receivedAt: at`, `receivedDay` the day of `at` in the policy's zone, and `rulesVersion` the
 * policy's `id@version`. Only the fields of {@link NewOpinionInput} are read. Personal data go in
 * `submitter`, whose `mobile` and `idNumber` are checked ({@link isMainlandMobile},
 * {@link isResidentIdNumber}). Never throws, whatever it is given.
 * @param input - What was written down at intake.
 * @param options - `at`, when it was received, and the policy.
 * @returns The frozen record, or a validation error naming the field.
 * @example
 * ```ts
 * import { defaultOpinionPolicy, safeCreateOpinion } from 'renda';
 *
 * const result = safeCreateOpinion(
 *   { id: 'O-1', channel: 'online', content: '噪音扰民', submitter: { idNumber: '110105194912310021' } },
 *   { at: '2025-03-15T09:20:00+08:00', policy: defaultOpinionPolicy },
 * );
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['submitter', 'idNumber']
 * ```
 * @category Opinion workflow
 */
export function safeCreateOpinion(
  input: NewOpinionInput,
  options: CreateOpinionOptions,
): Result<ConstituentOpinion, ValidationError> {
  return neverThrow<ConstituentOpinion, ValidationError>(
    () => create(input, options),
    (thrown) => unreadableInput(MODEL, thrown),
  );
}

/**
 * Registers a constituent's opinion (群众意见登记) in the `received` state, validated and frozen.
 *
 * @remarks See {@link safeCreateOpinion}. Then the office screens it in the
 * {@link opinionWorkflow}.
 * @param input - What was written down at intake.
 * @param options - `at`, when it was received, and the policy.
 * @returns The frozen record.
 * @throws RendaError `INVALID_INPUT` naming the field (`['channel']`, `['submitter', 'mobile']`…).
 * @example
 * ```ts
 * import { createOpinion, defaultOpinionPolicy } from 'renda';
 *
 * const opinion = createOpinion(
 *   { id: '12345-0001', channel: 'hotline12345', content: '小区路灯损坏多日' },
 *   { at: '2025-03-15T23:30:00+08:00', policy: defaultOpinionPolicy },
 * );
 * console.log(opinion.state, opinion.receivedDay); // 'received' '2025-03-15'
 * ```
 * @category Opinion workflow
 */
export function createOpinion(
  input: NewOpinionInput,
  options: CreateOpinionOptions,
): ConstituentOpinion {
  const result = safeCreateOpinion(input, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
