import { deepFreeze } from '../internal/deepFreeze.js';
import {
  livelihoodProjectFieldNames,
  safeParseLivelihoodProject,
} from '../model/livelihoodProject.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import { refusedInput } from '../suggestion/internal/refusedInput.js';
import { verifyByReplay } from '../suggestion/internal/verifyByReplay.js';
import type { VerifyError } from '../suggestion/verifySuggestion.js';
import {
  type LivelihoodPolicyOption,
  safeInitialLivelihoodProjectOf,
} from './initialLivelihoodProjectOf.js';
import type { TrackedLivelihoodProject } from './livelihoodTypes.js';
import { livelihoodWorkflow } from './livelihoodWorkflow.js';

/** What a tracked project has that a project stored before the workflow may lack. */
const TRACKED_KEYS = [
  'state',
  'rulesVersion',
  'collectedAt',
  'milestones',
  'progressReports',
  'supervisions',
  'evaluations',
  'history',
] as const;

/** Parses a tracked project: a valid project with every field the workflow keeps. */
function parseTracked(input: unknown): Result<TrackedLivelihoodProject, ValidationError> {
  const parsed = safeParseLivelihoodProject(input);
  if (!parsed.ok) return parsed;
  const missing = TRACKED_KEYS.find((key) => parsed.value[key] === undefined);
  if (missing === undefined) return parsed as Result<TrackedLivelihoodProject, ValidationError>;
  const error = refusedInput(
    'LivelihoodProject',
    [missing],
    livelihoodProjectFieldNames[missing] ?? { 'zh-Hans': missing, en: missing },
    { 'zh-Hans': '流程记录的必备字段', en: 'a field every tracked project has' },
    undefined,
  );
  return Object.freeze({ ok: false as const, error: deepFreeze(error) });
}

/**
 * Proves a stored livelihood project against its own history (民生实事项目加载时校验), like
 * {@link verifyLivelihoodProject}, but returns a result instead of throwing.
 *
 * @remarks The record is parsed (a project stored before the workflow, without `state` or
 * `history`, is `INVALID_INPUT` naming the field), its collection rebuilt
 * ({@link safeInitialLivelihoodProjectOf}) and its history replayed with the
 * {@link livelihoodWorkflow} under `options.policy`; the replay must give the record back
 * exactly. Codes: `INVALID_INPUT`, `REPLAY_REFUSED` (an entry is refused, with the workflow's
 * refusal as `cause`), `DIVERGED` (the first differing field). Never throws, whatever it is
 * given.
 * @param record - A stored project (e.g. a row read back from the database).
 * @param options - The policy it runs under.
 * @returns The parsed, frozen project, or why it does not verify.
 * @example
 * ```ts
 * import { createLivelihoodProject, defaultLivelihoodPolicy, safeVerifyLivelihoodProject } from 'renda';
 *
 * const policy = defaultLivelihoodPolicy;
 * const project = createLivelihoodProject(
 *   { id: 'P-1', year: 2025, title: '社区食堂建设' },
 *   { at: '2024-09-10T09:00:00+08:00', policy },
 * );
 * const tampered = { ...project, state: 'selected', stage: 'selected' };
 * const result = safeVerifyLivelihoodProject(tampered, { policy });
 * if (!result.ok) console.log(result.error.code); // 'DIVERGED'
 * ```
 * @category Livelihood vote
 */
export function safeVerifyLivelihoodProject(
  record: unknown,
  options: LivelihoodPolicyOption,
): Result<TrackedLivelihoodProject, VerifyError> {
  return verifyByReplay(record, {
    parse: parseTracked,
    initialOf: (stored) => safeInitialLivelihoodProjectOf(stored, options),
    workflow: livelihoodWorkflow,
    // One context for the whole history: the policy the project runs under.
    contexts: () => ({
      ok: true,
      context: { policy: (options as Partial<LivelihoodPolicyOption> | null | undefined)?.policy },
    }),
  });
}

/**
 * Proves a stored livelihood project against its own history (民生实事项目加载时校验): replaying its
 * history from its collection under the policy must give the record back exactly.
 *
 * @param record - A stored project.
 * @param options - The policy it runs under.
 * @returns The parsed, frozen project.
 * @throws RendaError `INVALID_INPUT`, `REPLAY_REFUSED` or `DIVERGED`; see
 * {@link safeVerifyLivelihoodProject}.
 * @example
 * ```ts
 * import { createLivelihoodProject, defaultLivelihoodPolicy, verifyLivelihoodProject } from 'renda';
 *
 * const policy = defaultLivelihoodPolicy;
 * const project = createLivelihoodProject(
 *   { id: 'P-1', year: 2025, title: '社区食堂建设' },
 *   { at: '2024-09-10T09:00:00+08:00', policy },
 * );
 * console.log(verifyLivelihoodProject(project, { policy }).id); // 'P-1'
 * ```
 * @category Livelihood vote
 */
export function verifyLivelihoodProject(
  record: unknown,
  options: LivelihoodPolicyOption,
): TrackedLivelihoodProject {
  const result = safeVerifyLivelihoodProject(record, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
