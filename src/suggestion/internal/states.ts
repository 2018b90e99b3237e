import { labelTable } from '../../i18n/labelTable.js';
import type { Label } from '../../model/shared/localized.js';
import type { SuggestionState } from '../../model/suggestionState.js';
import type { StateSpec } from '../../workflow/types.js';

const stateLabel = (state: SuggestionState): Label => {
  const [hans, hant, en] = labelTable.suggestionState[state];
  return { 'zh-Hans': hans, 'zh-Hant': hant, en };
};

// Closed (已办结) is not terminal: follow-up replies (跟踪办理) and publication (公开) come after
// it. Not registered, withdrawn and merged end the item for good.
export const suggestionStates: { readonly [S in SuggestionState]: StateSpec } = {
  draft: { label: stateLabel('draft'), category: 'open' },
  submitted: { label: stateLabel('submitted'), category: 'open' },
  registered: { label: stateLabel('registered'), category: 'open' },
  notRegistered: { label: stateLabel('notRegistered'), category: 'closed', terminal: true },
  assigned: { label: stateLabel('assigned'), category: 'open' },
  inHandling: { label: stateLabel('inHandling'), category: 'open' },
  replied: { label: stateLabel('replied'), category: 'replied' },
  reHandling: { label: stateLabel('reHandling'), category: 'open' },
  closed: { label: stateLabel('closed'), category: 'closed' },
  withdrawn: { label: stateLabel('withdrawn'), category: 'closed', terminal: true },
  merged: { label: stateLabel('merged'), category: 'closed', terminal: true },
};
