import { describe, expect, it } from 'vitest';
import { OPINION_STATES } from '../../src/model/constituentOpinion.js';
import { defaultOpinionPolicy } from '../../src/opinion/opinionPolicy.js';
import { opinionWorkflow } from '../../src/opinion/opinionWorkflow.js';
import { availableEvents } from '../../src/workflow/availableEvents.js';
import { stateCategory } from '../../src/workflow/stateCategory.js';
import { workflowStates } from '../../src/workflow/workflowStates.js';
import {
  assigned,
  DEPUTY,
  FRIDAY,
  fedBack,
  OFFICE,
  OTHER_UNIT,
  received,
  UNIT,
} from './support/opinions.js';

const names = (events: readonly { readonly type: string; readonly allowed: boolean }[]) =>
  events
    .filter((e) => e.allowed)
    .map((e) => e.type)
    .sort();

describe('opinionWorkflow as data', () => {
  it('has every model state, labelled in three locales, with its category and terminal flag', () => {
    expect([...workflowStates(opinionWorkflow)].sort()).toEqual([...OPINION_STATES].sort());
    const terminal = Object.entries(opinionWorkflow.states)
      .filter(([, s]) => s.terminal === true)
      .map(([n]) => n)
      .sort();
    expect(terminal).toEqual(['answeredOnSite', 'closed', 'merged', 'notAccepted']);
    expect(stateCategory(opinionWorkflow, 'fedBack')).toBe('replied');
    expect(stateCategory(opinionWorkflow, 'convertedToSuggestion')).toBe('open');
    for (const spec of Object.values(opinionWorkflow.states)) {
      expect(Object.keys(spec.label).sort()).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    }
  });

  it('labels every event in three locales and gives every guard a bilingual refusal', () => {
    for (const spec of Object.values(opinionWorkflow.events)) {
      expect(Object.keys(spec.label).sort()).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    }
    for (const guard of Object.values(opinionWorkflow.guards)) {
      expect(guard.message['zh-Hans'].length).toBeGreaterThan(0);
      expect(guard.message.en.length).toBeGreaterThan(0);
    }
  });
});

describe('availableEvents on the opinion workflow', () => {
  const options = (at: string) => ({
    workflow: opinionWorkflow,
    context: { policy: defaultOpinionPolicy },
    at,
  });

  it('offers each actor what the loop lets them do', () => {
    // Without a payload, the guards that read one are left to the event itself.
    expect(names(availableEvents(received(), DEPUTY, options(FRIDAY)))).toEqual([
      'accept',
      'notAccept',
    ]);
    expect(names(availableEvents(received(), OFFICE, options(FRIDAY)))).toEqual([
      'accept',
      'mergeDuplicate',
      'notAccept',
    ]);
    const at = '2025-09-29T09:00:00+08:00';
    expect(names(availableEvents(assigned(), UNIT, options(at)))).toEqual([
      'acknowledge',
      'handle',
      'requestExtension',
    ]);
    expect(names(availableEvents(assigned(), OTHER_UNIT, options(at)))).toEqual([]);
    expect(names(availableEvents(fedBack(), OFFICE, options('2025-10-09T09:00:00+08:00')))).toEqual(
      ['callback'],
    );
  });
});
