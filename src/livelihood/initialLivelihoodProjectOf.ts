import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import { unreadableRecord } from '../suggestion/internal/unreadable.js';
import {
  type CreateLivelihoodProjectOptions,
  type NewLivelihoodProjectInput,
  safeCreateLivelihoodProject,
} from './createLivelihoodProject.js';
import type { LivelihoodPolicy } from './livelihoodPolicy.js';
import type { TrackedLivelihoodProject } from './livelihoodTypes.js';

/**
 * The options of {@link initialLivelihoodProjectOf} and {@link verifyLivelihoodProject}: the
 * policy the record runs under.
 *
 * @example
 * ```ts
 * import { defaultLivelihoodPolicy, type LivelihoodPolicyOption } from 'renda';
 *
 * const options: LivelihoodPolicyOption = { policy: defaultLivelihoodPolicy };
 * ```
 * @category Livelihood vote
 */
export interface LivelihoodPolicyOption {
  /** The policy the record's `rulesVersion` names. */
  readonly policy: LivelihoodPolicy;
}

const INTAKE_KEYS = [
  'description',
  'investment',
  'responsibleUnitIds',
  'leaderIds',
  'completionDay',
  'jurisdictionId',
  'source',
] as const satisfies readonly (keyof NewLivelihoodProjectInput)[];

/**
 * The record a livelihood project started from (民生实事候选项目初始登记), like
 * {@link initialLivelihoodProjectOf}, but returns a result instead of throwing.
 *
 * @remarks Rebuilt with `safeCreateLivelihoodProject` from the record's collected fields (id,
 * year, title, description, investment, units, leaders, completion day, jurisdiction, source) at
 * `record.collectedAt` under the policy. Never throws, whatever it is given.
 * @param record - A tracked livelihood project.
 * @param options - The policy it runs under.
 * @returns The frozen record as collected, or why its fields make none.
 * @example
 * ```ts
 * import { createLivelihoodProject, defaultLivelihoodPolicy, safeInitialLivelihoodProjectOf } from 'renda';
 *
 * const policy = defaultLivelihoodPolicy;
 * const project = createLivelihoodProject(
 *   { id: 'P-1', year: 2025, title: '社区食堂建设' },
 *   { at: '2024-09-10T09:00:00+08:00', policy },
 * );
 * const initial = safeInitialLivelihoodProjectOf(project, { policy });
 * console.log(initial.ok && initial.value.state); // 'candidate'
 * ```
 * @category Livelihood vote
 */
export function safeInitialLivelihoodProjectOf(
  record: TrackedLivelihoodProject,
  options: LivelihoodPolicyOption,
): Result<TrackedLivelihoodProject, ValidationError> {
  return neverThrow<TrackedLivelihoodProject, ValidationError>(
    () => {
      const input: {
        -readonly [K in keyof NewLivelihoodProjectInput]: NewLivelihoodProjectInput[K];
      } = { id: record.id, year: record.year, title: record.title };
      const intake = input as Record<string, unknown>;
      for (const key of INTAKE_KEYS) {
        if (record[key] !== undefined) intake[key] = record[key];
      }
      const policy = (options as Partial<LivelihoodPolicyOption> | null | undefined)?.policy;
      return safeCreateLivelihoodProject(input, {
        at: record.collectedAt,
        policy,
      } as CreateLivelihoodProjectOptions);
    },
    () => unreadableRecord('LivelihoodProject'),
  );
}

/**
 * The record a livelihood project started from (民生实事候选项目初始登记): the record as
 * `createLivelihoodProject` made it, before the first event of its history; replay the history
 * on it to rebuild the record.
 *
 * @param record - A tracked livelihood project.
 * @param options - The policy it runs under.
 * @returns The frozen record as collected.
 * @throws RendaError `INVALID_INPUT` when the record's fields make no valid record.
 * @example
 * ```ts
 * import {
 *   createLivelihoodProject, defaultLivelihoodPolicy, initialLivelihoodProjectOf, livelihoodWorkflow, replay, transition,
 * } from 'renda';
 *
 * const policy = defaultLivelihoodPolicy;
 * const collected = createLivelihoodProject(
 *   { id: 'P-1', year: 2025, title: '社区食堂建设' },
 *   { at: '2024-09-10T09:00:00+08:00', policy },
 * );
 * const options = { workflow: livelihoodWorkflow, context: { policy } };
 * const shortlisted = transition(collected, { type: 'shortlist' }, {
 *   ...options,
 *   actor: { role: 'government', id: 'GOV' },
 *   at: '2024-11-01T09:00:00+08:00',
 * }).record;
 * const rebuilt = replay(initialLivelihoodProjectOf(shortlisted, { policy }), shortlisted.history, options);
 * console.log(rebuilt.state); // 'shortlisted'
 * ```
 * @category Livelihood vote
 */
export function initialLivelihoodProjectOf(
  record: TrackedLivelihoodProject,
  options: LivelihoodPolicyOption,
): TrackedLivelihoodProject {
  const result = safeInitialLivelihoodProjectOf(record, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
