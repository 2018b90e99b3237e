import { deepFreeze } from '../internal/deepFreeze.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import {
  RendaError,
  type ValidationError,
  type ValidationIssue,
} from '../model/shared/validationError.js';
import { SUGGESTION_MESSAGES } from './internal/messages.js';
import { A_VERSIONED_POLICY } from './internal/refusedInput.js';
import { formatRulesVersion, type SuggestionPolicy } from './policy.js';

/**
 * The policies a jurisdiction has used (规则版本登记), by rules version (`id@version`): what
 * {@link verifySuggestion} resolves a stored record's `rulesVersion` through, so that a record
 * is always judged by the rules it ran under, not this year's.
 *
 * @example
 * ```ts
 * import { defaultPolicy, definePolicyRegistry } from 'renda';
 *
 * const registry = definePolicyRegistry([defaultPolicy]);
 * console.log(registry.versions, registry.resolve('default@1') === defaultPolicy); // ['default@1'] true
 * ```
 * @category Suggestion workflow
 */
export interface PolicyRegistry {
  /** Tells a registry from a single policy. */
  readonly kind: 'policyRegistry';
  /** The rules versions it knows, in the order the policies were given. */
  readonly versions: readonly string[];
  /** The policy of a rules version, or `undefined` when it has none. */
  readonly resolve: (rulesVersion: string) => SuggestionPolicy | undefined;
}

const MODEL = { id: 'PolicyRegistry', 'zh-Hans': '规则版本登记', en: 'Policy registry' };

function refused(issues: readonly ValidationIssue[]): Result<never, ValidationError> {
  const first = issues[0] as ValidationIssue;
  return Object.freeze({
    ok: false as const,
    error: deepFreeze<ValidationError>({
      code: 'INVALID_INPUT',
      model: MODEL.id,
      issues,
      message: SUGGESTION_MESSAGES.INVALID_INPUT({ model: MODEL, first: first.message }),
    }),
  });
}

const policyField = { 'zh-Hans': '办理规则', en: 'policy' };
const POLICIES = { 'zh-Hans': '办理规则', en: 'the policies' };
const A_POLICY_LIST = { 'zh-Hans': '办理规则的列表', en: 'a list of policies' };

/**
 * A registry of policies by rules version (规则版本登记), or why the list makes none.
 *
 * @remarks
 * Each policy needs a text `id` and an integer `version` (as {@link definePolicy} makes them);
 * two different policies may not share a rules version (`DUPLICATE_RULES_VERSION`): a rules
 * version names one set of rules forever. The same policy given twice is kept once. Never
 * throws, whatever it is given.
 *
 * @param policies - Every policy records may have run under.
 * @returns The frozen registry, or a validation error naming the policy (`[index]`).
 * @example
 * ```ts
 * import { defaultPolicy, definePolicy, safeDefinePolicyRegistry } from 'renda';
 *
 * const next = definePolicy({ id: 'default', version: 2, maxReHandlingRounds: 2 });
 * const result = safeDefinePolicyRegistry([defaultPolicy, next]);
 * if (result.ok) console.log(result.value.versions); // ['default@1', 'default@2']
 * ```
 * @category Suggestion workflow
 */
export function safeDefinePolicyRegistry(
  policies: readonly SuggestionPolicy[],
): Result<PolicyRegistry, ValidationError> {
  return neverThrow<PolicyRegistry, ValidationError>(
    () => {
      if (!Array.isArray(policies)) {
        return refused([
          {
            code: 'INVALID_TYPE',
            path: [],
            field: policyField,
            message: SUGGESTION_MESSAGES.INVALID_TYPE({ expected: A_POLICY_LIST }),
          },
        ]);
      }
      const byVersion = new Map<string, SuggestionPolicy>();
      const issues: ValidationIssue[] = [];
      for (let index = 0; index < policies.length; index++) {
        const policy = policies[index] as SuggestionPolicy | undefined;
        const id = policy?.id;
        const version = policy?.version;
        if (typeof id !== 'string' || typeof version !== 'number' || !Number.isInteger(version)) {
          issues.push({
            code: 'INVALID_TYPE',
            path: [index],
            field: policyField,
            message: SUGGESTION_MESSAGES.INVALID_TYPE({ expected: A_VERSIONED_POLICY }),
          });
          continue;
        }
        const rules = formatRulesVersion({ id, version });
        const known = byVersion.get(rules);
        if (known !== undefined && known !== policy) {
          issues.push({
            code: 'DUPLICATE_RULES_VERSION',
            path: [index],
            field: policyField,
            message: SUGGESTION_MESSAGES.DUPLICATE_RULES_VERSION({ rules }),
          });
          continue;
        }
        byVersion.set(rules, policy as SuggestionPolicy);
      }
      if (issues.length > 0) return refused(issues);
      const registry: PolicyRegistry = {
        kind: 'policyRegistry',
        versions: Object.freeze([...byVersion.keys()]),
        resolve: (rulesVersion) =>
          typeof rulesVersion === 'string' ? byVersion.get(rulesVersion) : undefined,
      };
      return Object.freeze({ ok: true as const, value: Object.freeze(registry) });
    },
    () =>
      (
        refused([
          {
            code: 'UNREADABLE',
            path: [],
            field: policyField,
            message: SUGGESTION_MESSAGES.UNREADABLE({ what: POLICIES }),
          },
        ]) as { readonly error: ValidationError }
      ).error,
  );
}

/**
 * A registry of policies by rules version (规则版本登记), like {@link safeDefinePolicyRegistry},
 * but throws when the list makes none.
 *
 * @param policies - Every policy records may have run under.
 * @returns The frozen registry.
 * @throws RendaError `INVALID_INPUT` (a malformed policy, or two policies with one rules version).
 * @example
 * ```ts
 * import { defaultPolicy, definePolicyRegistry } from 'renda';
 *
 * const registry = definePolicyRegistry([defaultPolicy]);
 * console.log(registry.resolve('other@9')); // undefined
 * ```
 * @category Suggestion workflow
 */
export function definePolicyRegistry(policies: readonly SuggestionPolicy[]): PolicyRegistry {
  const result = safeDefinePolicyRegistry(policies);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}

/** The policy of `rulesVersion` in a registry, or the single policy when its version matches. */
export function resolvePolicy(
  policies: PolicyRegistry | SuggestionPolicy,
  rulesVersion: string,
): SuggestionPolicy | undefined {
  if ((policies as PolicyRegistry).kind === 'policyRegistry') {
    return (policies as PolicyRegistry).resolve(rulesVersion);
  }
  const policy = policies as SuggestionPolicy;
  return formatRulesVersion(policy) === rulesVersion ? policy : undefined;
}
