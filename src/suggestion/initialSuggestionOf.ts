import { deepFreeze } from '../internal/deepFreeze.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import { type Suggestion, safeParseSuggestion } from '../model/suggestion.js';
import { type NewSuggestionInput, safeCreateSuggestion } from './createSuggestion.js';
import { SUGGESTION_MESSAGES } from './internal/messages.js';
import { THE_RECORD } from './internal/refusedInput.js';
import { MIGRATE_RULES } from './migrateRules.js';

/** The rules version a record started under: before its first migration, if any. */
function startingRulesOf(record: Suggestion): string {
  const history = Array.isArray(record?.history) ? record.history : [];
  for (const entry of history) {
    if (entry?.type !== MIGRATE_RULES) continue;
    const from = entry.payload?.from;
    if (typeof from === 'string') return from;
  }
  return typeof record?.rulesVersion === 'string' ? record.rulesVersion : '';
}

/**
 * The draft a suggestion started from (初始草稿): the record as `safeCreateSuggestion` made it at
 * `record.createdAt`, before the first event of its history.
 *
 * @remarks
 * Rebuilt with `safeCreateSuggestion` from the record's own content: id, congress, session, period,
 * title, content, topic, proposers, delegation and confidentiality, the policy named by
 * `rulesVersion` (`id@version`), and the kind it was drafted as (`'motion'` when it was later
 * turned into a suggestion, `convertedFromMotion`). Everything the workflow manages starts
 * empty. With it, `safeReplay(initialSuggestionOf(record), record.history, { workflow:
 * suggestionWorkflow, context: { policy } })` rebuilds a record made by the workflow, or by the
 * sample generator, which writes the same events and effects.
 *
 * The draft's `rulesVersion` is the one the record started under: the `from` of its first
 * `migrateRules` entry when its rules were migrated since, else the record's own. Also exported
 * from `renda/testing`, where it lived before. Never throws: a record whose content does not
 * make a valid draft (no lead proposer, a bad `createdAt`…) or cannot be read gives a validation
 * error.
 *
 * @param record - A suggestion (generated, or built with the workflow).
 * @returns The frozen draft, or why the record's content makes none.
 * @example
 * ```ts
 * import { safeInitialSuggestionOf } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const sample = generateSample({ seed: 1 });
 * const record = sample.suggestions[20];
 * if (record) {
 *   const draft = safeInitialSuggestionOf(record);
 *   console.log(draft.ok && draft.value.state); // 'draft'
 * }
 * ```
 * @category Suggestion workflow
 */
export function safeInitialSuggestionOf(record: Suggestion): Result<Suggestion, ValidationError> {
  return neverThrow<Suggestion, ValidationError>(
    () => {
      const rulesVersion = startingRulesOf(record);
      const at = rulesVersion.lastIndexOf('@');
      const policy = {
        id: at < 0 ? rulesVersion : rulesVersion.slice(0, at),
        version: at < 0 ? 1 : Number(rulesVersion.slice(at + 1)),
      };
      const input: { -readonly [K in keyof NewSuggestionInput]: NewSuggestionInput[K] } = {
        id: record.id,
        kind: record.convertedFromMotion === undefined ? record.kind : 'motion',
        congress: record.congress,
        period: record.period,
        title: record.title,
        proposers: record.proposers,
        confidential: record.confidential,
      };
      if (record.session !== undefined) input.session = record.session;
      if (record.content !== undefined) input.content = record.content;
      if (record.topic !== undefined) input.topic = record.topic;
      if (record.delegationId !== undefined) input.delegationId = record.delegationId;
      const draft = safeCreateSuggestion(input, { at: record.createdAt, policy });
      if (!draft.ok || draft.value.rulesVersion === rulesVersion) return draft;
      // A rules version not written as `id@number`: keep the record's own text, which the schema
      // checks like any other.
      const kept = safeParseSuggestion({ ...draft.value, rulesVersion });
      return kept.ok
        ? Object.freeze({ ok: true as const, value: deepFreeze(kept.value) })
        : Object.freeze({ ok: false as const, error: deepFreeze(kept.error) });
    },
    () => {
      const message = SUGGESTION_MESSAGES.UNREADABLE({
        what: THE_RECORD,
      });
      return deepFreeze<ValidationError>({
        code: 'INVALID_INPUT',
        model: 'Suggestion',
        message,
        issues: [
          { code: 'UNREADABLE', path: [], field: { 'zh-Hans': '记录', en: 'record' }, message },
        ],
      });
    },
  );
}

/**
 * The draft a suggestion started from (初始草稿), like {@link safeInitialSuggestionOf}, but throws
 * when the record's content does not make a valid draft.
 *
 * @param record - A suggestion (generated, or built with the workflow).
 * @returns The frozen draft.
 * @throws RendaError with code `INVALID_INPUT` when the record's content does not make a valid
 *   draft (no lead proposer, a bad `createdAt`…).
 * @example
 * ```ts
 * import { initialSuggestionOf, safeReplay, suggestionWorkflow } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const sample = generateSample({ seed: 1 });
 * const record = sample.suggestions[20];
 * if (record) {
 *   const rebuilt = safeReplay(initialSuggestionOf(record), record.history, {
 *     workflow: suggestionWorkflow,
 *     context: { policy: sample.policy },
 *   });
 *   console.log(rebuilt.ok && rebuilt.value.state === record.state); // true
 * }
 * ```
 * @category Suggestion workflow
 */
export function initialSuggestionOf(record: Suggestion): Suggestion {
  const result = safeInitialSuggestionOf(record);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
