import type { ConstituentOpinion } from '../model/constituentOpinion.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import { unreadableRecord } from '../suggestion/internal/unreadable.js';
import {
  type CreateOpinionOptions,
  type NewOpinionInput,
  safeCreateOpinion,
} from './createOpinion.js';
import type { OpinionPolicy } from './opinionPolicy.js';

/**
 * The options of {@link initialOpinionOf} and {@link verifyOpinion}: the policy the record runs
 * under.
 *
 * @example
 * ```ts
 * import { defaultOpinionPolicy, type OpinionPolicyOption } from 'renda';
 *
 * const options: OpinionPolicyOption = { policy: defaultOpinionPolicy };
 * ```
 * @category Opinion workflow
 */
export interface OpinionPolicyOption {
  /** The policy the record's `rulesVersion` names. */
  readonly policy: OpinionPolicy;
}

const INTAKE_KEYS = [
  'receptionMode',
  'stationId',
  'submitter',
  'topic',
] as const satisfies readonly (keyof NewOpinionInput)[];

/**
 * The record an opinion started from (群众意见初始登记), like {@link initialOpinionOf}, but returns
 * a result instead of throwing.
 *
 * @remarks Rebuilt with `safeCreateOpinion` from the record's intake (id, channel, reception
 * mode, deputies, station, submitter, content, topic) at `record.receivedAt` under the policy;
 * everything the loop manages starts empty. Never throws, whatever it is given.
 * @param record - An opinion.
 * @param options - The policy it runs under.
 * @returns The frozen record as registered, or why its intake makes none.
 * @example
 * ```ts
 * import { createOpinion, defaultOpinionPolicy, safeInitialOpinionOf } from 'renda';
 *
 * const policy = defaultOpinionPolicy;
 * const opinion = createOpinion(
 *   { id: 'O-1', channel: 'letter', content: '建议增设健身设施' },
 *   { at: '2025-03-15T09:20:00+08:00', policy },
 * );
 * const initial = safeInitialOpinionOf(opinion, { policy });
 * console.log(initial.ok && initial.value.state); // 'received'
 * ```
 * @category Opinion workflow
 */
export function safeInitialOpinionOf(
  record: ConstituentOpinion,
  options: OpinionPolicyOption,
): Result<ConstituentOpinion, ValidationError> {
  return neverThrow<ConstituentOpinion, ValidationError>(
    () => {
      const input: { -readonly [K in keyof NewOpinionInput]: NewOpinionInput[K] } = {
        id: record.id,
        channel: record.channel,
        deputyIds: record.deputyIds,
        content: record.content,
      };
      const intake = input as Record<string, unknown>;
      for (const key of INTAKE_KEYS) {
        if (record[key] !== undefined) intake[key] = record[key];
      }
      const policy = (options as Partial<OpinionPolicyOption> | null | undefined)?.policy;
      return safeCreateOpinion(input, { at: record.receivedAt, policy } as CreateOpinionOptions);
    },
    () => unreadableRecord('ConstituentOpinion'),
  );
}

/**
 * The record an opinion started from (群众意见初始登记): the record as `createOpinion` made it,
 * before the first event of its history; replay the history on it to rebuild the record.
 *
 * @param record - An opinion.
 * @param options - The policy it runs under.
 * @returns The frozen record as registered.
 * @throws RendaError `INVALID_INPUT` when the record's intake makes no valid record.
 * @example
 * ```ts
 * import { createOpinion, defaultOpinionPolicy, initialOpinionOf, opinionWorkflow, replay, transition } from 'renda';
 *
 * const policy = defaultOpinionPolicy;
 * const received = createOpinion(
 *   { id: 'O-1', channel: 'letter', content: '建议增设健身设施' },
 *   { at: '2025-03-15T09:20:00+08:00', policy },
 * );
 * const options = { workflow: opinionWorkflow, context: { policy } };
 * const accepted = transition(received, { type: 'accept' }, {
 *   ...options,
 *   actor: { role: 'liaisonOffice', id: 'OFFICE' },
 *   at: '2025-03-16T09:00:00+08:00',
 * }).record;
 * const rebuilt = replay(initialOpinionOf(accepted, { policy }), accepted.history, options);
 * console.log(rebuilt.state); // 'accepted'
 * ```
 * @category Opinion workflow
 */
export function initialOpinionOf(
  record: ConstituentOpinion,
  options: OpinionPolicyOption,
): ConstituentOpinion {
  const result = safeInitialOpinionOf(record, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
