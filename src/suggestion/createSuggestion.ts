import { deepFreeze } from '../internal/deepFreeze.js';
import type { Congress } from '../model/shared/congress.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import {
  RendaError,
  type ValidationError,
  type ValidationIssue,
} from '../model/shared/validationError.js';
import { type Suggestion, safeParseSuggestion } from '../model/suggestion.js';
import type {
  PROPOSER_ROLES,
  SUBMISSION_PERIODS,
  SUGGESTION_KINDS,
} from '../model/suggestionParts.js';
import { SUGGESTION_MESSAGES, thrownText } from './internal/messages.js';
import { formatRulesVersion, type SuggestionPolicy } from './policy.js';

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
 * `safeParseSuggestion`: exactly one lead proposer, no deputy twice, a valid `at`. Only the
 * fields of {@link NewSuggestionInput} are read; anything else is dropped. Then the lead
 * proposer sends `submit`. Never throws, whatever it is given: missing options, a missing
 * policy (`['policy']`), or an input that cannot be read (a Proxy or getter that throws) give
 * a validation error.
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
  return neverThrow<Suggestion, ValidationError>(() => {
    const policy = (options as Partial<CreateSuggestionOptions> | null | undefined)?.policy;
    if (typeof policy !== 'object' || policy === null) return missingPolicy();
    const at = (options as CreateSuggestionOptions).at;
    const source = (
      typeof input === 'object' && input !== null ? input : {}
    ) as Partial<NewSuggestionInput>;
    // Only the fields a draft takes are read, one by one, so that what the workflow manages
    // (state, history, replies…) can never be smuggled in through the input.
    const draft: Record<string, unknown> = {};
    for (const key of INPUT_KEYS) {
      const value = source[key];
      if (value !== undefined) draft[key] = value;
    }
    const result = safeParseSuggestion({
      ...draft,
      kind: source.kind ?? 'suggestion',
      confidential: source.confidential ?? false,
      rulesVersion: rulesVersionText(policy),
      state: 'draft',
      createdAt: at,
      round: 1,
      mergedFrom: [],
      assignments: [],
      extensions: [],
      reHandlings: [],
      followUps: [],
      assistingInputs: [],
      replies: [],
      evaluations: [],
      consultations: [],
      supervisions: [],
      history: [],
    });
    return result.ok
      ? Object.freeze({ ok: true as const, value: deepFreeze(result.value) })
      : Object.freeze({ ok: false as const, error: deepFreeze(result.error) });
  }, unreadable);
}

/** The fields of {@link NewSuggestionInput}: all a draft takes from its input. */
const INPUT_KEYS = [
  'id',
  'congress',
  'session',
  'period',
  'title',
  'content',
  'topic',
  'proposers',
  'delegationId',
] as const satisfies readonly (keyof NewSuggestionInput)[];

const MODEL = { id: 'Suggestion', 'zh-Hans': '代表建议', en: 'Suggestion' };

/** `id@version` of a policy, or a text the schema refuses (naming `rulesVersion`) when malformed. */
function rulesVersionText(policy: object): unknown {
  const { id, version } = policy as { readonly id?: unknown; readonly version?: unknown };
  if (typeof id !== 'string' || typeof version !== 'number' || !Number.isInteger(version)) {
    return undefined;
  }
  return formatRulesVersion({ id, version });
}

function failure(issue: ValidationIssue): Result<never, ValidationError> {
  return Object.freeze({
    ok: false as const,
    error: deepFreeze<ValidationError>({
      code: 'INVALID_INPUT',
      model: MODEL.id,
      issues: [issue],
      message: SUGGESTION_MESSAGES.INVALID_INPUT({ model: MODEL, first: issue.message }),
    }),
  });
}

function missingPolicy(): Result<never, ValidationError> {
  const field = { 'zh-Hans': '办理规则', en: 'policy' };
  return failure({
    code: 'REQUIRED',
    path: ['policy'],
    field,
    message: SUGGESTION_MESSAGES.REQUIRED({ field, option: 'policy' }),
  });
}

function unreadable(thrown: unknown): ValidationError {
  const result = failure({
    code: 'UNREADABLE',
    path: [],
    field: { 'zh-Hans': '输入', en: 'input' },
    message: SUGGESTION_MESSAGES.UNREADABLE({
      what: { 'zh-Hans': '输入', en: 'the input' },
      detail: thrownText(thrown),
    }),
  });
  return (result as { readonly error: ValidationError }).error;
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
