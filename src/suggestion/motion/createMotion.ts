import { type Motion, safeParseMotion } from '../../model/motion.js';
import type { Congress } from '../../model/shared/congress.js';
import { neverThrow } from '../../model/shared/neverThrow.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import type { PROPOSER_ROLES } from '../../model/suggestionParts.js';
import { unreadableInput } from '../internal/unreadable.js';

/**
 * What deputies write in a new motion (新建议案): the content and the signers; everything the
 * workflow manages (state, decisions, review, history…) starts empty.
 *
 * @example
 * ```ts
 * import type { NewMotionInput } from 'renda';
 *
 * const input: NewMotionInput = {
 *   id: 'M-1',
 *   congress: { jurisdiction: '100000', level: 'national', term: 14 },
 *   title: '关于制定农村道路条例的议案',
 *   proposers: [{ deputyId: 'D-1', role: 'lead' }],
 *   delegationId: '浙江代表团',
 * };
 * ```
 * @category Suggestion workflow
 */
export interface NewMotionInput {
  /** 议案编号 (the app's id). */
  readonly id: string;
  /** 所属人大. */
  readonly congress: Congress;
  /** 会次. */
  readonly session?: number;
  /** 标题. */
  readonly title: string;
  /** 案由. */
  readonly grounds?: string;
  /** 案据. */
  readonly basis?: string;
  /** 方案. */
  readonly solution?: string;
  /** 内容分类. */
  readonly topic?: string;
  /** 提出人: exactly one lead (领衔) and the co-signers (附议). */
  readonly proposers: readonly {
    readonly deputyId: string;
    readonly role: (typeof PROPOSER_ROLES)[number];
  }[];
  /** 代表团, when a delegation submits it. */
  readonly delegationId?: string;
}

/**
 * The options of {@link safeCreateMotion}: when the draft is created.
 *
 * @example
 * ```ts
 * import type { CreateMotionOptions } from 'renda';
 *
 * const options: CreateMotionOptions = { at: '2025-03-01T09:00:00+08:00' };
 * ```
 * @category Suggestion workflow
 */
export interface CreateMotionOptions {
  /** 创建时间: ISO 8601 with an offset. */
  readonly at: string;
}

const INPUT_KEYS = [
  'id',
  'congress',
  'session',
  'title',
  'grounds',
  'basis',
  'solution',
  'topic',
  'proposers',
  'delegationId',
] as const satisfies readonly (keyof NewMotionInput)[];

const MOTION = { id: 'Motion', 'zh-Hans': '议案', en: 'Motion' };

/**
 * Creates a new motion record (新建议案) in the `draft` state (草稿), like {@link createMotion},
 * but returns a result instead of throwing.
 *
 * @remarks
 * The record starts with `state: 'draft'`, no decisions, no withdrawal requests, an empty
 * history and `createdAt: at`. It is checked with `safeParseMotion` (exactly one lead proposer,
 * no deputy twice, a valid `at`). A draft may be incomplete: the threshold and the grounds,
 * basis and solution are checked when the lead proposer submits it. Only the fields of
 * {@link NewMotionInput} are read. Never throws, whatever it is given.
 * @param input - The content and the signers.
 * @param options - `at`, when it is created.
 * @returns The frozen draft, or a validation error naming the field.
 * @example
 * ```ts
 * import { safeCreateMotion } from 'renda';
 *
 * const result = safeCreateMotion(
 *   {
 *     id: 'M-1',
 *     congress: { jurisdiction: '100000', level: 'national', term: 14 },
 *     title: '关于制定农村道路条例的议案',
 *     proposers: [],
 *   },
 *   { at: '2025-03-05T09:00:00+08:00' },
 * );
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['proposers']
 * ```
 * @category Suggestion workflow
 */
export function safeCreateMotion(
  input: NewMotionInput,
  options: CreateMotionOptions,
): Result<Motion, ValidationError> {
  return neverThrow<Motion, ValidationError>(
    () => {
      const at = (options as Partial<CreateMotionOptions> | null | undefined)?.at;
      const source = (
        typeof input === 'object' && input !== null ? input : {}
      ) as Partial<NewMotionInput>;
      const draft: Record<string, unknown> = {};
      for (const key of INPUT_KEYS) {
        const value = source[key];
        if (value !== undefined) draft[key] = value;
      }
      return safeParseMotion({
        ...draft,
        state: 'draft',
        createdAt: at,
        decisions: [],
        withdrawalRequests: [],
        history: [],
      });
    },
    (thrown) => unreadableInput(MOTION, thrown),
  );
}

/**
 * Creates a new motion record (新建议案) in the `draft` state (草稿), validated and frozen.
 *
 * @remarks See {@link safeCreateMotion}. Then the lead proposer sends `submit` in the
 * {@link motionWorkflow}.
 * @param input - The content and the signers.
 * @param options - `at`, when it is created.
 * @returns The frozen draft.
 * @throws RendaError `INVALID_INPUT` naming the field (`['proposers']`, `['createdAt']`…).
 * @example
 * ```ts
 * import { createMotion } from 'renda';
 *
 * const motion = createMotion(
 *   {
 *     id: 'M-1',
 *     congress: { jurisdiction: '100000', level: 'national', term: 14 },
 *     title: '关于制定农村道路条例的议案',
 *     proposers: [{ deputyId: 'D-1', role: 'lead' }],
 *     delegationId: '浙江代表团',
 *   },
 *   { at: '2025-03-05T09:00:00+08:00' },
 * );
 * console.log(motion.state); // 'draft'
 * ```
 * @category Suggestion workflow
 */
export function createMotion(input: NewMotionInput, options: CreateMotionOptions): Motion {
  const result = safeCreateMotion(input, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
