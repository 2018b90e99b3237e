import * as z from 'zod';
import type { FieldNames } from '../../model/shared/fieldNames.js';
import { IdSchema } from '../../model/shared/primitives.js';
import { suggestionFieldNames } from '../../model/suggestion.js';
import { SuggestionStateSchema } from '../../model/suggestionState.js';

// The adoption entry's payload (internal): a leaf module, so the payload map and the event can
// both import it without a cycle.

/**
 * The fields of a suggestion the workflow manages (流程管理的字段): what an adoption entry's
 * snapshot sets on the draft. Everything else (id, congress, title, proposers…) is the draft's
 * own content, rebuilt by `initialSuggestionOf`.
 *
 * @example
 * ```ts
 * import { SUGGESTION_MANAGED_FIELDS } from 'renda';
 *
 * console.log(SUGGESTION_MANAGED_FIELDS.includes('replies')); // true
 * ```
 * @category Suggestion workflow
 */
export const SUGGESTION_MANAGED_FIELDS = [
  'state',
  'kind',
  'convertedFromMotion',
  'submittedAt',
  'preSubmissionConsultations',
  'screening',
  'withdrawal',
  'mergedInto',
  'mergedFrom',
  'mergedProposers',
  'assignments',
  'extensions',
  'round',
  'reHandlings',
  'assistingInputs',
  'holdingReplies',
  'replies',
  'followUps',
  'evaluations',
  'consultations',
  'supervisions',
  'keyItem',
  'directRoute',
  'deadline',
  'closure',
  'publication',
] as const;

/**
 * The payload of the `imported` entry: the source system, the record's id there, and the
 * snapshot of the managed fields (checked as a whole when the adopted record is parsed).
 */
export const importedPayload = /* @__PURE__ */ z.strictObject({
  /** 来源系统. */
  system: /* @__PURE__ */ z.string().trim().min(1).max(64),
  /** 原系统编号. */
  sourceId: /* @__PURE__ */ IdSchema.optional(),
  /**
   * 导入时的状况: the managed fields as the old platform held them, each checked when the adopted
   * record is parsed (the model's own rules), so here only the state is.
   */
  snapshot: /* @__PURE__ */ z.strictObject(
    Object.fromEntries(
      SUGGESTION_MANAGED_FIELDS.map((key) => [
        key,
        key === 'state' ? SuggestionStateSchema : z.unknown().optional(),
      ]),
    ) as { state: typeof SuggestionStateSchema } & Record<
      Exclude<(typeof SUGGESTION_MANAGED_FIELDS)[number], 'state'>,
      z.ZodOptional<z.ZodUnknown>
    >,
  ),
});

/** The payload fields' names, the snapshot's from the suggestion's own, for the engine's messages. */
export const importedFieldNames: FieldNames = {
  system: { 'zh-Hans': '来源系统', en: 'source system' },
  sourceId: { 'zh-Hans': '原系统编号', en: 'id in the source system' },
  snapshot: { 'zh-Hans': '导入时的状况', en: 'snapshot' },
  state: { 'zh-Hans': '状态', en: 'state' },
  kind: { 'zh-Hans': '类别', en: 'kind' },
  ...Object.fromEntries(
    SUGGESTION_MANAGED_FIELDS.flatMap((key) => {
      const known = suggestionFieldNames[key];
      return known === undefined ? [] : [[key, known]];
    }),
  ),
};
