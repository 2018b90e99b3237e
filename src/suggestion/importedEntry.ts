import { SUGGESTION_STATES, type SuggestionState } from '../model/suggestionState.js';
import type { GuardSpec } from '../workflow/index.js';
import { importedPayload, SUGGESTION_MANAGED_FIELDS } from './internal/importedPayload.js';
import { payloadFieldNames } from './internal/payloads.js';
import type { SuggestionEvent, SuggestionWorkflowTypes } from './suggestionTypes.js';

export { SUGGESTION_MANAGED_FIELDS } from './internal/importedPayload.js';

// A suggestion brought from an older platform has no event history: only where it stands. It is
// adopted through one synthetic first entry, `imported`, whose payload is that snapshot; replaying
// the entry on the draft rebuilds the record, so replay, verification and every figure hold as
// for any other record. The entry is written by the adoption (renda/import) and applied only in
// replays: the engine refuses it on a live transition (`replayOnly`), so nobody can forge one.

/**
 * The name of the suggestion workflow's adoption entry (导入补记): the one synthetic first entry
 * of a suggestion adopted from an older platform.
 *
 * @example
 * ```ts
 * import { IMPORTED_EVENT } from 'renda';
 *
 * const adopted = (history: readonly { type: string }[]) => history[0]?.type === IMPORTED_EVENT;
 * console.log(adopted([{ type: 'imported' }])); // true
 * ```
 * @category Suggestion workflow
 */
export const IMPORTED_EVENT = 'imported';

/** The adoption entry comes first: on the draft, before any other entry. */
export const importedGuards: {
  readonly importedFirst: GuardSpec<SuggestionWorkflowTypes, SuggestionEvent>;
} = {
  importedFirst: {
    message: {
      'zh-Hans': '导入补记只能是历史记录的第一条',
      en: 'an adoption entry can only be the first entry of a history',
    },
    check: (record) => record.history.length === 0,
  },
};

type Managed = (typeof SUGGESTION_MANAGED_FIELDS)[number];

/** The `imported` event: from the draft, to the snapshot's state, in replays only. */
export const importedEvent = {
  label: { 'zh-Hans': '导入', 'zh-Hant': '導入', en: 'Imported' },
  describe: {
    'zh-Hans': '从原有系统导入的建议：以导入时的状况补记为第一条历史记录（只在重放时出现）',
    en: 'a suggestion adopted from an older platform: where it stood, written as its first history entry (replays only)',
  },
  payload: importedPayload,
  fieldNames: payloadFieldNames.imported,
  from: ['draft'],
  to: (
    _record: unknown,
    event: { readonly payload?: { readonly snapshot: { readonly state: SuggestionState } } },
  ): SuggestionState => event.payload?.snapshot.state ?? 'draft',
  targets: SUGGESTION_STATES,
  roles: ['system'],
  guards: ['importedFirst'],
  replayOnly: true,
  effect: (
    draft: Record<string, unknown>,
    event: { readonly payload?: { readonly snapshot: Readonly<Record<string, unknown>> } },
  ) => {
    const snapshot = event.payload?.snapshot;
    if (snapshot === undefined) return;
    for (const key of SUGGESTION_MANAGED_FIELDS as readonly Managed[]) {
      // `state` is the engine's to set, from `to`.
      if (key === 'state' || !Object.hasOwn(snapshot, key)) continue;
      draft[key] = snapshot[key];
    }
  },
} as const;
