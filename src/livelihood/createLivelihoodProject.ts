import { deepFreeze } from '../internal/deepFreeze.js';
import {
  type LivelihoodProjectInput,
  livelihoodProjectFieldNames,
  safeParseLivelihoodProject,
} from '../model/livelihoodProject.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import { refusedInput } from '../suggestion/internal/refusedInput.js';
import { unreadableInput } from '../suggestion/internal/unreadable.js';
import { formatRulesVersion } from '../suggestion/policy.js';
import type { LivelihoodPolicy } from './livelihoodPolicy.js';
import type { TrackedLivelihoodProject } from './livelihoodTypes.js';

/**
 * What is written down when a candidate project is collected (征集): its attributes, the units
 * and leaders responsible, the jurisdiction and the source; everything the workflow manages
 * (state, vote, milestones, reports, ratings, history…) starts empty.
 *
 * @example
 * ```ts
 * import type { NewLivelihoodProjectInput } from 'renda';
 *
 * const input: NewLivelihoodProjectInput = {
 *   id: 'P-2025-03',
 *   year: 2025,
 *   title: '农村公路提档升级',
 *   description: '改造农村公路 40 公里',
 *   investment: 3200,
 *   completionDay: '2025-12-31',
 *   responsibleUnitIds: ['U-TRANSPORT'],
 *   jurisdictionId: '330211',
 *   source: 'deputies',
 * };
 * ```
 * @category Livelihood vote
 */
export interface NewLivelihoodProjectInput {
  /** 项目编号. */
  readonly id: string;
  /** 年度. */
  readonly year: number;
  /** 项目名称. */
  readonly title: string;
  /** 项目内容. */
  readonly description?: string;
  /** 投资额 (万元). */
  readonly investment?: number;
  /** 责任单位 (none by default). */
  readonly responsibleUnitIds?: readonly string[];
  /** 领办领导. */
  readonly leaderIds?: readonly string[];
  /** 计划完成日期. */
  readonly completionDay?: string;
  /** 行政区划: the county or township whose congress votes on it. */
  readonly jurisdictionId?: string;
  /** 征集来源. */
  readonly source?: LivelihoodProjectInput['source'];
}

/**
 * The options of {@link createLivelihoodProject}: when the candidate was collected and under
 * which policy.
 *
 * @example
 * ```ts
 * import { defaultLivelihoodPolicy, type CreateLivelihoodProjectOptions } from 'renda';
 *
 * const options: CreateLivelihoodProjectOptions = { at: '2024-09-10T09:00:00+08:00', policy: defaultLivelihoodPolicy };
 * ```
 * @category Livelihood vote
 */
export interface CreateLivelihoodProjectOptions {
  /** 征集时间: ISO 8601 with an offset. */
  readonly at: string;
  /** The policy: the record stores its `id@version`. */
  readonly policy: Pick<LivelihoodPolicy, 'id' | 'version'>;
}

const INPUT_KEYS = [
  'id',
  'year',
  'title',
  'description',
  'investment',
  'responsibleUnitIds',
  'leaderIds',
  'completionDay',
  'jurisdictionId',
  'source',
] as const satisfies readonly (keyof NewLivelihoodProjectInput)[];

const MODEL = { id: 'LivelihoodProject', 'zh-Hans': '民生实事项目', en: 'Livelihood project' };

function policyRefused(policy: unknown): Result<never, ValidationError> {
  const error = refusedInput(
    MODEL.id,
    ['policy'],
    { 'zh-Hans': '票决规则', en: 'policy' },
    { 'zh-Hans': '带 id 与 version 的民生实事项目票决规则', en: 'a livelihood policy' },
    policy,
  );
  return Object.freeze({ ok: false as const, error });
}

function create(
  input: NewLivelihoodProjectInput,
  options: CreateLivelihoodProjectOptions,
): Result<TrackedLivelihoodProject, ValidationError> {
  const policy = (options as Partial<CreateLivelihoodProjectOptions> | null | undefined)?.policy;
  if (typeof policy !== 'object' || policy === null) return policyRefused(policy);
  const { id, version } = policy;
  if (typeof id !== 'string' || !Number.isInteger(version)) return policyRefused(policy);
  const source = (
    typeof input === 'object' && input !== null ? input : {}
  ) as Partial<NewLivelihoodProjectInput>;
  // Only the fields a collection takes are read, one by one, so that what the workflow manages
  // can never be smuggled in through the input.
  const record: Record<string, unknown> = { responsibleUnitIds: [] };
  for (const key of INPUT_KEYS) {
    const value = source[key];
    if (value !== undefined) record[key] = value;
  }
  const result = safeParseLivelihoodProject({
    ...record,
    stage: 'candidate',
    collectedAt: (options as CreateLivelihoodProjectOptions).at,
    rulesVersion: formatRulesVersion({ id, version }),
    state: 'candidate',
    milestones: [],
    progressReports: [],
    supervisions: [],
    evaluations: [],
    history: [],
  });
  if (!result.ok) return Object.freeze({ ok: false as const, error: deepFreeze(result.error) });
  // A missing `at` leaves `collectedAt` out, which the tracked record needs.
  if (result.value.collectedAt === undefined) {
    const error = refusedInput(
      MODEL.id,
      ['collectedAt'],
      livelihoodProjectFieldNames.collectedAt ?? MODEL,
      { 'zh-Hans': '带时区的 ISO 8601 时间', en: 'an ISO 8601 timestamp with an offset' },
      (options as Partial<CreateLivelihoodProjectOptions>).at,
    );
    return Object.freeze({ ok: false as const, error });
  }
  return Object.freeze({
    ok: true as const,
    value: deepFreeze(result.value as TrackedLivelihoodProject),
  });
}

/**
 * Registers a candidate livelihood project (征集民生实事候选项目) in the `candidate` state, like
 * {@link createLivelihoodProject}, but returns a result instead of throwing.
 *
 * @remarks
 * The record starts with `state` and `stage` `'candidate'`, empty milestones, reports,
 * supervisions, evaluations and history, `collectedAt: at`, and `rulesVersion` the policy's
 * `id@version`. Only the fields of {@link NewLivelihoodProjectInput} are read. Never throws,
 * whatever it is given.
 * @param input - What was written down when it was collected.
 * @param options - `at`, when it was collected, and the policy.
 * @returns The frozen record, or a validation error naming the field.
 * @example
 * ```ts
 * import { defaultLivelihoodPolicy, safeCreateLivelihoodProject } from 'renda';
 *
 * const result = safeCreateLivelihoodProject(
 *   { id: 'P-1', year: 2025, title: '社区食堂', investment: -5 },
 *   { at: '2024-09-10T09:00:00+08:00', policy: defaultLivelihoodPolicy },
 * );
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['investment']
 * ```
 * @category Livelihood vote
 */
export function safeCreateLivelihoodProject(
  input: NewLivelihoodProjectInput,
  options: CreateLivelihoodProjectOptions,
): Result<TrackedLivelihoodProject, ValidationError> {
  return neverThrow<TrackedLivelihoodProject, ValidationError>(
    () => create(input, options),
    (thrown) => unreadableInput(MODEL, thrown),
  );
}

/**
 * Registers a candidate livelihood project (征集民生实事候选项目) in the `candidate` state,
 * validated and frozen.
 *
 * @remarks See {@link safeCreateLivelihoodProject}. Then it is short-listed, deliberated and voted
 * in the {@link livelihoodWorkflow}.
 * @param input - What was written down when it was collected.
 * @param options - `at`, when it was collected, and the policy.
 * @returns The frozen record.
 * @throws RendaError `INVALID_INPUT` naming the field (`['title']`, `['investment']`…).
 * @example
 * ```ts
 * import { createLivelihoodProject, defaultLivelihoodPolicy } from 'renda';
 *
 * const project = createLivelihoodProject(
 *   { id: 'P-1', year: 2025, title: '老旧小区加装电梯', source: 'constituents' },
 *   { at: '2024-09-10T09:00:00+08:00', policy: defaultLivelihoodPolicy },
 * );
 * console.log(project.state, project.rulesVersion); // 'candidate' 'default@1'
 * ```
 * @category Livelihood vote
 */
export function createLivelihoodProject(
  input: NewLivelihoodProjectInput,
  options: CreateLivelihoodProjectOptions,
): TrackedLivelihoodProject {
  const result = safeCreateLivelihoodProject(input, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
