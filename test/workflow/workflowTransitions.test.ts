import { describe, expect, it } from 'vitest';
import { workflowTransitions } from '../../src/workflow/workflowTransitions.js';
import { reviewedTicketWorkflow } from './support/reviewExtension.js';
import { ticketWorkflow } from './support/ticketWorkflow.js';

const rows = (w: typeof ticketWorkflow | typeof reviewedTicketWorkflow) =>
  workflowTransitions(w).map((t) => `${t.from} -${t.event}-> ${t.to}`);

describe('workflowTransitions', () => {
  it('lists every transition in definition order: fixed, staying and computed targets', () => {
    expect(rows(ticketWorkflow)).toEqual([
      'open -assign-> assigned',
      'escalated -assign-> assigned',
      // `comment` has no `to`: from every non-terminal state, it stays.
      'open -comment-> open',
      'assigned -comment-> assigned',
      'escalated -comment-> escalated',
      'resolved -comment-> resolved',
      'open -escalate-> escalated',
      'open -escalate-> open',
      'assigned -escalate-> escalated',
      'assigned -escalate-> open',
      'assigned -resolve-> resolved',
      'resolved -close-> done',
    ]);
  });

  it('includes the states an extension adds to `*` events', () => {
    expect(rows(reviewedTicketWorkflow)).toContain(
      'returnedForRevision -comment-> returnedForRevision',
    );
  });

  it('returns a frozen table', () => {
    const table = workflowTransitions(ticketWorkflow);
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table[0])).toBe(true);
  });
});
