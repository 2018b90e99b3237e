import { RendaError } from '../model/shared/validationError.js';
import type { HistoryEntry } from '../workflow/historyEntry.js';
import { SUGGESTION_MESSAGES } from './internal/messages.js';
import { MIGRATE_RULES } from './migrateRules.js';
import type { SuggestionPolicy } from './policy.js';
import { type PolicyRegistry, resolvePolicy } from './policyRegistry.js';
import type { SuggestionContext } from './suggestionTypes.js';

/**
 * The rules version a history entry ran under (internal): a migration's target (迁移规则), else
 * the record's own as the entry found it. The one reading that verification and the audit trail
 * share.
 */
export function policyOfEntry(
  policies: PolicyRegistry | SuggestionPolicy,
  record: { readonly rulesVersion?: unknown },
  entry: HistoryEntry | undefined,
): { readonly rules: string; readonly policy: SuggestionPolicy | undefined } {
  const payload = entry?.payload as { readonly to?: unknown } | undefined;
  const rules =
    entry?.type === MIGRATE_RULES && typeof payload?.to === 'string'
      ? payload.to
      : String(record.rulesVersion);
  const policy =
    typeof policies === 'object' && policies !== null ? resolvePolicy(policies, rules) : undefined;
  return { rules, policy };
}

/**
 * The context each entry of a suggestion's history ran under (每条记录适用的办理规则), for a replay
 * that must follow the record across 规则迁移: `safeAuditTrail(record, { …, contextOf })`.
 *
 * @remarks Each entry runs under the policy of the record's rules version at that entry, and a
 * `migrateRules` entry under the policy it migrates to, as `verifySuggestion` reads them. A
 * version that `policies` does not hold makes the returned function throw a `RendaError`
 * (`INVALID_INPUT`, naming the version and the entry), which the audit trail reports as that
 * entry's error. Making the function never throws.
 * @param policies - A registry of every policy the records ran under, or the one policy.
 * @returns The function from (record as the entry found it, entry, index) to `{ policy }`.
 *
 * @example
 * ```ts
 * import {
 *   defaultPolicy,
 *   definePolicyRegistry,
 *   initialSuggestionOf,
 *   safeAuditTrail,
 *   suggestionContextOf,
 *   suggestionWorkflow,
 * } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { suggestions, policy } = generateSample({ seed: 1, size: 'town' });
 * const record = suggestions[0]!;
 * const rows = safeAuditTrail(record, {
 *   workflow: suggestionWorkflow,
 *   initial: initialSuggestionOf(record),
 *   contextOf: suggestionContextOf(definePolicyRegistry([policy, defaultPolicy])),
 * });
 * console.log(rows.ok && rows.value.length === record.history.length); // true
 * ```
 * @category Suggestion workflow
 */
export function suggestionContextOf(
  policies: PolicyRegistry | SuggestionPolicy,
): (
  record: { readonly rulesVersion?: unknown },
  entry: HistoryEntry,
  index: number,
) => SuggestionContext {
  return (record, entry, index) => {
    const { rules, policy } = policyOfEntry(policies, record, entry);
    if (policy !== undefined) return { policy };
    throw new RendaError({
      code: 'INVALID_INPUT',
      message: SUGGESTION_MESSAGES.UNKNOWN_RULES_VERSION({ rules, index }),
    });
  };
}
