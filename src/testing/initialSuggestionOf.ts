import type { Suggestion } from '../model/suggestion.js';
import { createSuggestion, type NewSuggestionInput } from '../suggestion/createSuggestion.js';

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
 * @param record - A suggestion (generated, or built with the workflow).
 * @returns The frozen draft.
 * @throws `RendaError` (from `renda`) with code `INVALID_INPUT` when the record's content does not make a
 *   valid draft (no lead proposer, a bad `createdAt`…).
 * @example
 * ```ts
 * import { safeReplay, suggestionWorkflow } from 'renda';
 * import { generateSample, initialSuggestionOf } from 'renda/testing';
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
 * @category Testing
 */
export function initialSuggestionOf(record: Suggestion): Suggestion {
  const at = record.rulesVersion.lastIndexOf('@');
  const policy = {
    id: at < 0 ? record.rulesVersion : record.rulesVersion.slice(0, at),
    version: at < 0 ? Number.NaN : Number(record.rulesVersion.slice(at + 1)),
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
  const draft = createSuggestion(input, { at: record.createdAt, policy });
  if (draft.rulesVersion !== record.rulesVersion) {
    // A rules version not written as `id@number`: keep the record's own text.
    return Object.freeze({ ...draft, rulesVersion: record.rulesVersion });
  }
  return draft;
}
