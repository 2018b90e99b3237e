import { freeze } from 'immer';
import type { Congress } from '../model/shared/congress.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import { type Suggestion, safeParseSuggestion } from '../model/suggestion.js';
import type {
  PROPOSER_ROLES,
  SUBMISSION_PERIODS,
  SUGGESTION_KINDS,
} from '../model/suggestionParts.js';
import { rulesVersionOf, type SuggestionPolicy } from './policy.js';

/**
 * What a deputy writes in a new suggestion (新建建议): the content and the proposers; everything
 * the workflow manages (state, assignments, replies, history…) starts empty.
 *
 * @example
 * ```ts
 * import type { NewSuggestionInput } from 'renda';
 *
 * const input: NewSuggestionInput = {
 *   id: 'S-1',
 *   congress: { jurisdiction: '330200', level: 'city', term: 16 },
 *   period: 'betweenSessions',
 *   title: '关于加强农村道路养护的建议',
 *   proposers: [{ deputyId: 'D-1', role: 'lead' }, { deputyId: 'D-2', role: 'co' }],
 * };
 * ```
 * @category Suggestion workflow
 */
export interface NewSuggestionInput {
  /** 建议编号 (the app's id). */
  readonly id: string;
  /** 类别: `suggestion` (default) or `motion`. */
  readonly kind?: (typeof SUGGESTION_KINDS)[number];
  /** 所属人大. */
  readonly congress: Congress;
  /** 会次. */
  readonly session?: number;
  /** 提出时间段. */
  readonly period: (typeof SUBMISSION_PERIODS)[number];
  /** 标题 (案由). */
  readonly title: string;
  /** 正文. */
  readonly content?: string;
  /** 内容分类. */
  readonly topic?: string;
  /** 提出人: exactly one lead (领衔) and any co-signers (附议). */
  readonly proposers: readonly {
    readonly deputyId: string;
    readonly role: (typeof PROPOSER_ROLES)[number];
  }[];
  /** 代表团, when a delegation submits it. */
  readonly delegationId?: string;
  /** 保密: the deputy asked that it not be published (default false). */
  readonly confidential?: boolean;
}

/**
 * The options of {@link safeCreateSuggestion}: when the draft is created and the policy it runs
 * under.
 *
 * @example
 * ```ts
 * import { defaultPolicy, type CreateSuggestionOptions } from 'renda';
 *
 * const options: CreateSuggestionOptions = { at: '2025-03-01T09:00:00+08:00', policy: defaultPolicy };
 * ```
 * @category Suggestion workflow
 */
export interface CreateSuggestionOptions {
  /** 创建时间: ISO 8601 with an offset. */
  readonly at: string;
  /** The policy; the record stores `rulesVersionOf(policy)`. */
  readonly policy: Pick<SuggestionPolicy, 'id' | 'version'>;
}

/**
 * Creates a new suggestion record (新建建议) in the `draft` state (草稿), validated and frozen.
 *
 * @remarks
 * The record starts with `state: 'draft'`, `round: 1`, empty assignments, replies, evaluations,
 * consultations, supervisions, extensions, re-handlings, `mergedFrom` and history,
 * `createdAt: at`, `confidential` false unless given, and `rulesVersion` = `rulesVersionOf(policy)`
 * (规则版本), so a later policy never re-judges it. The record is checked with
 * `safeParseSuggestion`: exactly one lead proposer, no deputy twice, a valid `at`. Unknown keys
 * are dropped. Then the lead proposer sends `submit`.
 *
 * @param input - The content and the proposers.
 * @param options - `at` (when it is created) and the policy.
 * @returns The frozen draft, or a validation error naming the field (`['proposers']`,
 *   `['createdAt']`…).
 * @example
 * ```ts
 * import { safeCreateSuggestion, defaultPolicy } from 'renda';
 *
 * const result = safeCreateSuggestion(
 *   {
 *     id: 'S-1',
 *     congress: { jurisdiction: '330200', level: 'city', term: 16 },
 *     period: 'betweenSessions',
 *     title: '关于加强农村道路养护的建议',
 *     proposers: [{ deputyId: 'D-1', role: 'lead' }],
 *   },
 *   { at: '2025-03-01T09:00:00+08:00', policy: defaultPolicy },
 * );
 * if (result.ok) console.log(result.value.state, result.value.rulesVersion); // 'draft' 'default@1'
 * ```
 * @category Suggestion workflow
 */
export function safeCreateSuggestion(
  input: NewSuggestionInput,
  options: CreateSuggestionOptions,
): Result<Suggestion, ValidationError> {
  const source = (typeof input === 'object' && input !== null ? input : {}) as NewSuggestionInput;
  const result = safeParseSuggestion({
    ...source,
    kind: source.kind ?? 'suggestion',
    confidential: source.confidential ?? false,
    rulesVersion: rulesVersionOf(options.policy),
    state: 'draft',
    createdAt: options.at,
    round: 1,
    mergedFrom: [],
    assignments: [],
    extensions: [],
    reHandlings: [],
    replies: [],
    evaluations: [],
    consultations: [],
    supervisions: [],
    history: [],
  });
  return result.ok ? { ok: true, value: freeze(result.value, true) } : result;
}

/**
 * Creates a new suggestion record (新建建议) like {@link safeCreateSuggestion}, throwing on bad input.
 *
 * @param input - The content and the proposers.
 * @param options - `at` and the policy.
 * @returns The frozen draft.
 * @throws {@link RendaError} with code `INVALID_INPUT`, carrying the field-naming issues.
 * @example
 * ```ts
 * import { createSuggestion, defaultPolicy } from 'renda';
 *
 * const draft = createSuggestion(
 *   {
 *     id: 'S-2',
 *     congress: { jurisdiction: '330200', level: 'city', term: 16 },
 *     period: 'duringSession',
 *     session: 3,
 *     title: '关于增设公交线路的建议',
 *     proposers: [{ deputyId: 'D-1', role: 'lead' }, { deputyId: 'D-2', role: 'co' }],
 *   },
 *   { at: '2025-01-08T09:00:00+08:00', policy: defaultPolicy },
 * );
 * console.log(draft.proposers.length); // 2
 * ```
 * @category Suggestion workflow
 */
export function createSuggestion(
  input: NewSuggestionInput,
  options: CreateSuggestionOptions,
): Suggestion {
  const result = safeCreateSuggestion(input, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
