import { labelTable } from '../../../i18n/labelTable.js';
import type { MotionState } from '../../../model/motion.js';
import type { Label } from '../../../model/shared/localized.js';
import type { StateSpec } from '../../../workflow/types.js';

const stateLabel = (state: MotionState): Label => {
  const [hans, hant, en] = labelTable.motionState[state];
  return { 'zh-Hans': hans, 'zh-Hant': hant, en };
};

// Handled as a suggestion is closed but not terminal: the secretariat then records the
// suggestion it became (convertToSuggestion). The vote, not on the agenda and withdrawn end the
// motion for good.
export const motionStates: { readonly [S in MotionState]: StateSpec } = {
  draft: { label: stateLabel('draft'), category: 'open' },
  submitted: { label: stateLabel('submitted'), category: 'open' },
  underReview: { label: stateLabel('underReview'), category: 'open' },
  reviewed: { label: stateLabel('reviewed'), category: 'open' },
  onAgenda: { label: stateLabel('onAgenda'), category: 'open' },
  adopted: { label: stateLabel('adopted'), category: 'closed', terminal: true },
  notAdopted: { label: stateLabel('notAdopted'), category: 'closed', terminal: true },
  notOnAgenda: { label: stateLabel('notOnAgenda'), category: 'closed', terminal: true },
  handledAsSuggestion: { label: stateLabel('handledAsSuggestion'), category: 'closed' },
  withdrawn: { label: stateLabel('withdrawn'), category: 'closed', terminal: true },
};
