import { labelTable } from '../../../i18n/labelTable.js';
import type { DelegationItemState } from '../../../model/delegationItem.js';
import type { Label } from '../../../model/shared/localized.js';
import type { StateSpec } from '../../../workflow/types.js';

const stateLabel = (state: DelegationItemState): Label => {
  const [hans, hant, en] = labelTable.delegationItemState[state];
  return { 'zh-Hans': hans, 'zh-Hant': hant, en };
};

// Submitted is terminal here: from then on the item lives as a suggestion record (registration,
// assignment, replies) in the suggestion workflow. Abandoned ends it for good.
export const delegationItemStates: { readonly [S in DelegationItemState]: StateSpec } = {
  draft: { label: stateLabel('draft'), category: 'open' },
  awaitingApproval: { label: stateLabel('awaitingApproval'), category: 'open' },
  awaitingConsent: { label: stateLabel('awaitingConsent'), category: 'open' },
  submitted: { label: stateLabel('submitted'), category: 'closed', terminal: true },
  abandoned: { label: stateLabel('abandoned'), category: 'closed', terminal: true },
};
