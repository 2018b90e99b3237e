import {
  type ConstituentOpinion,
  safeParseConstituentOpinion,
} from '../model/constituentOpinion.js';
import type { Result } from '../model/shared/result.js';
import { RendaError } from '../model/shared/validationError.js';
import { verifyByReplay } from '../suggestion/internal/verifyByReplay.js';
import type { VerifyError } from '../suggestion/verifySuggestion.js';
import { type OpinionPolicyOption, safeInitialOpinionOf } from './initialOpinionOf.js';
import { opinionWorkflow } from './opinionWorkflow.js';

/**
 * Proves a stored opinion against its own history (群众意见加载时校验), like {@link verifyOpinion},
 * but returns a result instead of throwing.
 *
 * @remarks The record is parsed, its intake rebuilt ({@link safeInitialOpinionOf}) and its
 * history replayed with the {@link opinionWorkflow} under `options.policy`; the replay must give
 * the record back exactly. Codes: `INVALID_INPUT` (not a valid opinion, or no usable policy),
 * `REPLAY_REFUSED` (an entry is refused, with the workflow's refusal as `cause`), `DIVERGED` (the
 * replay gives a different record: the first differing field; a record made under another
 * policy diverges at `rulesVersion`). Never throws, whatever it is given.
 * @param record - A stored opinion (e.g. a row read back from the database).
 * @param options - The policy it runs under.
 * @returns The parsed, frozen opinion, or why it does not verify.
 * @example
 * ```ts
 * import { createOpinion, defaultOpinionPolicy, opinionWorkflow, safeVerifyOpinion, transition } from 'renda';
 *
 * const policy = defaultOpinionPolicy;
 * const received = createOpinion(
 *   { id: 'O-1', channel: 'online', content: '噪音扰民' },
 *   { at: '2025-03-15T09:20:00+08:00', policy },
 * );
 * const accepted = transition(received, { type: 'accept' }, {
 *   workflow: opinionWorkflow,
 *   context: { policy },
 *   actor: { role: 'liaisonOffice', id: 'OFFICE' },
 *   at: '2025-03-16T09:00:00+08:00',
 * }).record;
 * const tampered = { ...accepted, state: 'analysed' };
 * const result = safeVerifyOpinion(tampered, { policy });
 * if (!result.ok) console.log(result.error.code); // 'DIVERGED'
 * ```
 * @category Opinion workflow
 */
export function safeVerifyOpinion(
  record: unknown,
  options: OpinionPolicyOption,
): Result<ConstituentOpinion, VerifyError> {
  // The options are read here, inside the shared proof, which never throws.
  return verifyByReplay(record, {
    parse: safeParseConstituentOpinion,
    initialOf: (stored) => safeInitialOpinionOf(stored, options),
    workflow: opinionWorkflow,
    // One context for the whole history: the policy the opinion runs under.
    contexts: () => ({
      ok: true,
      context: { policy: (options as Partial<OpinionPolicyOption> | null | undefined)?.policy },
    }),
  });
}

/**
 * Proves a stored opinion against its own history (群众意见加载时校验): replaying its history from
 * its intake under the policy must give the record back exactly.
 *
 * @param record - A stored opinion.
 * @param options - The policy it runs under.
 * @returns The parsed, frozen opinion.
 * @throws RendaError `INVALID_INPUT`, `REPLAY_REFUSED` or `DIVERGED`; see {@link safeVerifyOpinion}.
 * @example
 * ```ts
 * import { createOpinion, defaultOpinionPolicy, verifyOpinion } from 'renda';
 *
 * const policy = defaultOpinionPolicy;
 * const received = createOpinion(
 *   { id: 'O-1', channel: 'online', content: '噪音扰民' },
 *   { at: '2025-03-15T09:20:00+08:00', policy },
 * );
 * const stored = JSON.parse(JSON.stringify(received));
 * console.log(verifyOpinion(stored, { policy }).id); // 'O-1'
 * ```
 * @category Opinion workflow
 */
export function verifyOpinion(record: unknown, options: OpinionPolicyOption): ConstituentOpinion {
  const result = safeVerifyOpinion(record, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
