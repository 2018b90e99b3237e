import { type DelegationItem, safeParseDelegationItem } from '../../model/delegationItem.js';
import type { Congress } from '../../model/shared/congress.js';
import { neverThrow } from '../../model/shared/neverThrow.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';
import { unreadableInput } from '../internal/unreadable.js';
import { DELEGATION_ITEM } from './internal/modelName.js';

/**
 * What the delegation writes in a new item (新建代表团建议): the content, the head and the
 * members; everything the workflow manages (state, round, clues, answers, history…) starts empty.
 *
 * @example
 * ```ts
 * import type { NewDelegationItemInput } from 'renda';
 *
 * const input: NewDelegationItemInput = {
 *   id: 'DI-1',
 *   congress: { jurisdiction: '430000', level: 'provincial', term: 14 },
 *   delegationId: 'DEL-CS',
 *   title: '关于加快湘江流域生态修复的建议',
 *   headId: 'D-1',
 *   members: ['D-1', 'D-2', 'D-3'],
 * };
 * ```
 * @category Suggestion workflow
 */
export interface NewDelegationItemInput {
  /** 建议编号 (the app's id of the draft). */
  readonly id: string;
  /** 所属人大. */
  readonly congress: Congress;
  /** 会次. */
  readonly session?: number;
  /** 代表团. */
  readonly delegationId: string;
  /** 标题. */
  readonly title: string;
  /** 正文: may wait until the draft goes to the head. */
  readonly content?: string;
  /** 内容分类. */
  readonly topic?: string;
  /** 团长: one of the members. */
  readonly headId: string;
  /** 全体代表: the delegation's deputies now, each once, the head among them. */
  readonly members: readonly string[];
}

/**
 * The options of {@link safeCreateDelegationItem}: when the draft is created.
 *
 * @example
 * ```ts
 * import type { CreateDelegationItemOptions } from 'renda';
 *
 * const options: CreateDelegationItemOptions = { at: '2025-01-10T09:00:00+08:00' };
 * ```
 * @category Suggestion workflow
 */
export interface CreateDelegationItemOptions {
  /** 创建时间: ISO 8601 with an offset. */
  readonly at: string;
}

/** The fields a new item is made of, so that a rebuild reads exactly these. */
export const DELEGATION_ITEM_INPUT_KEYS = [
  'id',
  'congress',
  'session',
  'delegationId',
  'title',
  'content',
  'topic',
  'headId',
  'members',
] as const satisfies readonly (keyof NewDelegationItemInput)[];

/**
 * Creates a new delegation item (新建代表团建议) in the `draft` state (草稿), like
 * {@link createDelegationItem}, but returns a result instead of throwing.
 *
 * @remarks
 * The record starts with `state: 'draft'`, `round: 0`, no clues, no answers, an empty history and
 * `createdAt: at`. It is checked with `safeParseDelegationItem` (the head is a member, no member
 * twice, a valid `at`). The content may wait: it is required when the draft goes to the head.
 * Only the fields of {@link NewDelegationItemInput} are read. Never throws, whatever it is given.
 * @param input - The content, the head and the members.
 * @param options - `at`, when it is created.
 * @returns The frozen draft, or a validation error naming the field.
 * @example
 * ```ts
 * import { safeCreateDelegationItem } from 'renda';
 *
 * const result = safeCreateDelegationItem(
 *   {
 *     id: 'DI-1',
 *     congress: { jurisdiction: '430000', level: 'provincial', term: 14 },
 *     delegationId: 'DEL-CS',
 *     title: '关于加快湘江流域生态修复的建议',
 *     headId: 'D-9',
 *     members: ['D-1', 'D-2'],
 *   },
 *   { at: '2025-01-10T09:00:00+08:00' },
 * );
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['headId']
 * ```
 * @category Suggestion workflow
 */
export function safeCreateDelegationItem(
  input: NewDelegationItemInput,
  options: CreateDelegationItemOptions,
): Result<DelegationItem, ValidationError> {
  return neverThrow<DelegationItem, ValidationError>(
    () => {
      const at = (options as Partial<CreateDelegationItemOptions> | null | undefined)?.at;
      const source = (
        typeof input === 'object' && input !== null ? input : {}
      ) as Partial<NewDelegationItemInput>;
      const draft: Record<string, unknown> = {};
      for (const key of DELEGATION_ITEM_INPUT_KEYS) {
        const value = source[key];
        if (value !== undefined) draft[key] = value;
      }
      return safeParseDelegationItem({
        ...draft,
        state: 'draft',
        createdAt: at,
        round: 0,
        clues: [],
        approvals: [],
        consents: [],
        history: [],
      });
    },
    (thrown) => unreadableInput(DELEGATION_ITEM, thrown),
  );
}

/**
 * Creates a new delegation item (新建代表团建议) in the `draft` state (草稿), validated and frozen.
 *
 * @remarks See {@link safeCreateDelegationItem}. Then members and the office add clues, and the
 * draft goes to the head (`submitForApproval`) in the {@link delegationItemWorkflow}.
 * @param input - The content, the head and the members.
 * @param options - `at`, when it is created.
 * @returns The frozen draft.
 * @throws RendaError `INVALID_INPUT` naming the field (`['headId']`, `['members', 2]`…).
 * @example
 * ```ts
 * import { createDelegationItem } from 'renda';
 *
 * const item = createDelegationItem(
 *   {
 *     id: 'DI-1',
 *     congress: { jurisdiction: '430000', level: 'provincial', term: 14 },
 *     delegationId: 'DEL-CS',
 *     title: '关于加快湘江流域生态修复的建议',
 *     headId: 'D-1',
 *     members: ['D-1', 'D-2', 'D-3'],
 *   },
 *   { at: '2025-01-10T09:00:00+08:00' },
 * );
 * console.log(item.state, item.round); // 'draft' 0
 * ```
 * @category Suggestion workflow
 */
export function createDelegationItem(
  input: NewDelegationItemInput,
  options: CreateDelegationItemOptions,
): DelegationItem {
  const result = safeCreateDelegationItem(input, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
