import { labelTable } from '../../i18n/labelTable.js';
import type { OPINION_STATES } from '../../model/constituentOpinion.js';
import type { Label } from '../../model/shared/localized.js';
import type { StateSpec } from '../../workflow/types.js';

type OpinionState = (typeof OPINION_STATES)[number];

const stateLabel = (state: OpinionState): Label => {
  const [hans, hant, en] = labelTable.opinionState[state];
  return { 'zh-Hans': hans, 'zh-Hant': hant, en };
};

// Not accepted, merged, answered on the spot and closed end the loop for good. Converted to a
// suggestion is open and not terminal: the constituent is still owed feedback once the
// suggestion is replied, which the link between the two loops will record.
/** The states in which a unit holds the opinion (交办、办理中). */
export const WITH_THE_UNIT = ['referred', 'inHandling'] as const;

export const opinionStates: { readonly [S in OpinionState]: StateSpec } = {
  received: { label: stateLabel('received'), category: 'open' },
  accepted: { label: stateLabel('accepted'), category: 'open' },
  notAccepted: { label: stateLabel('notAccepted'), category: 'closed', terminal: true },
  merged: { label: stateLabel('merged'), category: 'closed', terminal: true },
  answeredOnSite: { label: stateLabel('answeredOnSite'), category: 'closed', terminal: true },
  analysed: { label: stateLabel('analysed'), category: 'open' },
  referred: { label: stateLabel('referred'), category: 'open' },
  inHandling: { label: stateLabel('inHandling'), category: 'open' },
  handled: { label: stateLabel('handled'), category: 'replied' },
  fedBack: { label: stateLabel('fedBack'), category: 'replied' },
  closed: { label: stateLabel('closed'), category: 'closed', terminal: true },
  convertedToSuggestion: { label: stateLabel('convertedToSuggestion'), category: 'open' },
};
