import { describe, expect, it } from 'vitest';
import { motionWorkflow } from '../../../src/suggestion/motion/motionWorkflow.js';
import { availableEvents } from '../../../src/workflow/availableEvents.js';
import { LEAD, ok, onAgenda, PRESIDIUM, SECRETARIAT, submitted } from './support/motions.js';

const at = '2026-01-01T00:00:00Z';
const names = (events: readonly { readonly type: string; readonly allowed: boolean }[]) =>
  events
    .filter((e) => e.allowed)
    .map((e) => e.type)
    .sort();

describe('availableEvents on the motion workflow', () => {
  it('offers each actor what the workflow lets them do', () => {
    const options = { workflow: motionWorkflow, context: undefined, at };
    expect(names(availableEvents(submitted(), PRESIDIUM, options))).toContain('decide');
    expect(names(availableEvents(submitted(), LEAD, options))).toEqual(['requestWithdrawal']);
    expect(names(availableEvents(onAgenda(), SECRETARIAT, options))).toEqual(['vote']);
    const asked = ok(onAgenda(), LEAD, 'requestWithdrawal');
    expect(names(availableEvents(asked, PRESIDIUM, options))).toEqual(['decideWithdrawal']);
  });
});
