import { describe, expect, it } from 'vitest';
import { toMermaid } from '../../src/workflow/toMermaid.js';
import type { AnyWorkflow } from '../../src/workflow/types.js';
import { reviewedTicketWorkflow } from './support/reviewExtension.js';
import { ticketWorkflow } from './support/ticketWorkflow.js';

/** Every (from, event, target) the definition allows, from the data alone. */
function triples(workflow: AnyWorkflow): [string, string, string][] {
  const out: [string, string, string][] = [];
  const states = Object.keys(workflow.states);
  for (const [name, spec] of Object.entries(workflow.events)) {
    const from = spec.from.includes('*')
      ? states.filter((s) => !workflow.states[s]?.terminal)
      : spec.from;
    const to = typeof spec.to === 'function' ? (spec.targets ?? []) : [spec.to];
    for (const f of from) for (const t of to) out.push([f, name, t]);
  }
  return out;
}

describe('toMermaid', () => {
  it.each([
    ['the ticket workflow', ticketWorkflow],
    ['the extended workflow', reviewedTicketWorkflow],
  ])('draws every transition of %s', (_, workflow) => {
    const diagram = toMermaid(workflow as AnyWorkflow);
    const lines = diagram.split('\n');
    for (const [from, event, to] of triples(workflow as AnyWorkflow)) {
      const label = (workflow as AnyWorkflow).events[event]?.label['zh-Hans'];
      expect(lines).toContain(`  ${from} --> ${to} : ${label}`);
    }
  });

  it('starts with the diagram type and the initial state, and ends terminal states', () => {
    const lines = toMermaid(ticketWorkflow).split('\n');
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(lines).toContain('  [*] --> open');
    expect(lines).toContain('  done --> [*]');
    expect(lines).not.toContain('  open --> [*]');
  });

  it('labels in the locale asked for', () => {
    expect(toMermaid(ticketWorkflow, 'en')).toContain('resolved --> done : Close');
    expect(toMermaid(ticketWorkflow, 'zh-Hant')).toContain('resolved --> done : 辦結');
    expect(toMermaid(reviewedTicketWorkflow)).toContain(
      'resolved --> returnedForRevision : 退回修改',
    );
  });

  it('never draws an arrow out of a terminal state', () => {
    expect(toMermaid(ticketWorkflow)).not.toMatch(/ {2}done --> (?!\[\*\])/);
  });
});
