import { labelTable } from '../../i18n/labelTable.js';
import type { LIVELIHOOD_PROJECT_STAGES } from '../../model/livelihoodProject.js';
import type { Label } from '../../model/shared/localized.js';
import type { StateSpec } from '../../workflow/types.js';

type Stage = (typeof LIVELIHOOD_PROJECT_STAGES)[number];

const stateLabel = (stage: Stage): Label => {
  const [hans, hant, en] = labelTable.livelihoodProjectStage[stage];
  return { 'zh-Hans': hans, 'zh-Hant': hant, en };
};

// The workflow's states are the project's stages, one for one: `stage` keeps meaning what it
// meant for stored records. Not selected, evaluated (rated satisfied or basically satisfied) and
// failed end the project; completed waits for the year-end evaluation.
export const livelihoodStates: { readonly [S in Stage]: StateSpec } = {
  candidate: { label: stateLabel('candidate'), category: 'open' },
  shortlisted: { label: stateLabel('shortlisted'), category: 'open' },
  selected: { label: stateLabel('selected'), category: 'open' },
  notSelected: { label: stateLabel('notSelected'), category: 'closed', terminal: true },
  inProgress: { label: stateLabel('inProgress'), category: 'open' },
  completed: { label: stateLabel('completed'), category: 'replied' },
  evaluated: { label: stateLabel('evaluated'), category: 'closed', terminal: true },
  deliberated: { label: stateLabel('deliberated'), category: 'open' },
  rectifying: { label: stateLabel('rectifying'), category: 'open' },
  failed: { label: stateLabel('failed'), category: 'closed', terminal: true },
};
