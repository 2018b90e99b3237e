import * as z from 'zod';
import type { Suggestion } from '../../../src/model/suggestion.js';
import type { SuggestionContext, SuggestionRole } from '../../../src/suggestion/suggestionTypes.js';
import { suggestionWorkflow } from '../../../src/suggestion/suggestionWorkflow.js';
import { extendWorkflow } from '../../../src/workflow/extendWorkflow.js';

/** Another team's record: a suggestion that remembers why it was returned for revision. */
export type RevisableSuggestion = Omit<Suggestion, 'state'> & {
  state: Suggestion['state'] | 'returnedForRevision';
  revisionRequests?: { at: string; reason: string }[];
};

const label = (hans: string, hant: string, en: string) => ({
  'zh-Hans': hans,
  'zh-Hant': hant,
  en,
});

/**
 * 退回修改: a reviewer may send a submitted item back to the deputy for revision, and the lead
 * proposer resubmits it. Registration then needs the reviewer's pass in this jurisdiction.
 */
export const revisableSuggestionWorkflow = extendWorkflow(suggestionWorkflow, {
  id: 'suggestion-with-review',
  version: 2,
  types: {} as {
    record: RevisableSuggestion;
    role: SuggestionRole | 'reviewer';
    context: SuggestionContext;
  },
  states: {
    returnedForRevision: {
      label: label('退回修改', '退回修改', 'Returned for revision'),
      category: 'open',
    },
  },
  events: {
    returnForRevision: {
      label: label('退回修改', '退回修改', 'Return for revision'),
      payload: z.object({ reason: z.string().trim().min(1).max(200) }),
      from: ['submitted'],
      to: 'returnedForRevision',
      roles: ['reviewer'],
      effect: (draft, event) => {
        if (!event.payload) return;
        draft.revisionRequests = [
          ...(draft.revisionRequests ?? []),
          { at: event.at, reason: event.payload.reason },
        ];
      },
    },
    resubmit: {
      label: label('修改后重新提交', '修改後重新提交', 'Resubmit'),
      from: ['returnedForRevision'],
      to: 'submitted',
      roles: ['deputy'],
      guards: ['isLeadProposer'],
      effect: (draft, event) => {
        draft.submittedAt = event.at;
      },
    },
  },
  guards: {
    notAwaitingRevision: {
      message: {
        'zh-Hans': '退回修改后尚未重新提交',
        en: 'returned for revision and not resubmitted',
      },
      check: (record) => record.state !== 'returnedForRevision',
    },
  },
  addGuards: { register: ['notAwaitingRevision'] },
});
