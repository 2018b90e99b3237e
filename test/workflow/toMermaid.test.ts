import { describe, expect, it } from 'vitest';
import { defineWorkflow } from '../../src/workflow/defineWorkflow.js';
import { toMermaid } from '../../src/workflow/toMermaid.js';
import type { AnyWorkflow, WorkflowRecord } from '../../src/workflow/types.js';
import { workflowTransitions } from '../../src/workflow/workflowTransitions.js';
import { reviewedTicketWorkflow } from './support/reviewExtension.js';
import { ticketWorkflow } from './support/ticketWorkflow.js';

/** Every (from, event, target) the definition allows, read from the data by hand. */
function triples(workflow: AnyWorkflow): [string, string, string][] {
  const out: [string, string, string][] = [];
  const states = Object.keys(workflow.states);
  for (const [name, spec] of Object.entries(workflow.events)) {
    const from = spec.from.includes('*')
      ? states.filter((s) => !workflow.states[s]?.terminal)
      : spec.from;
    for (const f of from) {
      const targets: readonly string[] =
        spec.to === undefined
          ? [f]
          : typeof spec.to === 'string'
            ? [spec.to]
            : Array.isArray(spec.targets)
              ? spec.targets
              : ((spec.targets as Record<string, readonly string[]>)[f] ?? []);
      for (const t of targets) out.push([f, name, t]);
    }
  }
  return out;
}

/** The arrows between two different states, as `from|to|label`. */
function moves(diagram: string): string[] {
  return diagram
    .split('\n')
    .map((line) => /^ {2}(\w+) --> (\w+) : (.+)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && m[1] !== m[2])
    .map((m) => `${m[1]}|${m[2]}|${m[3]}`);
}

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
const small = defineWorkflow({
  id: 'small',
  version: 1,
  types: {} as { record: WorkflowRecord; role: 'r'; context: undefined },
  initial: 'a',
  states: {
    a: { label: label('甲', 'A'), category: 'open' },
    b: { label: label('乙', 'B'), category: 'open' },
    c: { label: label('丙', 'C'), category: 'closed', terminal: true },
  },
  events: {
    note: { label: label('备注', 'Note'), from: ['*'], roles: ['r'] },
    go: { label: label('前进', 'Go'), from: ['a'], to: 'b', roles: ['r'] },
    redo: { label: label('重做', 'Redo'), from: ['b'], to: 'b', roles: ['r'] },
    maybe: {
      label: label('或许', 'Maybe'),
      from: ['a', 'b'],
      to: (record) => record.state as 'a' | 'b',
      targets: { a: ['c', 'a'], b: ['c'] },
      roles: ['r'],
    },
    remind: { label: label('催办', 'Remind'), from: ['a'], roles: ['r'] },
  },
});

describe('toMermaid', () => {
  it.each([
    ['the ticket workflow', ticketWorkflow],
    ['the extended workflow', reviewedTicketWorkflow],
    ['a workflow with stays and per-source targets', small],
  ])('draws every move of %s as an arrow and every stay in a note', (_, workflow) => {
    const w = workflow as AnyWorkflow;
    const diagram = toMermaid(w);
    const lines = diagram.split('\n');
    const expected = new Set<string>();
    for (const [from, event, to] of triples(w)) {
      const eventLabel = w.events[event]?.label['zh-Hans'] as string;
      if (from !== to) {
        expect(lines).toContain(`  ${from} --> ${to} : ${eventLabel}`);
        expected.add(`${from}|${to}|${eventLabel}`);
      } else {
        const note = lines.find((l) => l.startsWith(`  note right of ${from} : 状态不变：`));
        expect(note?.split('：')[1]?.split('、')).toContain(eventLabel);
        expect(lines).not.toContain(`  ${from} --> ${from} : ${eventLabel}`);
      }
    }
    // …and no arrow between two different states that the definition cannot take.
    expect(new Set(moves(diagram))).toEqual(expected);
  });

  it('lists the events that keep a state in one note, in definition order', () => {
    const lines = toMermaid(small).split('\n');
    expect(lines).toContain('  note right of a : 状态不变：备注、或许、催办');
    expect(lines).toContain('  note right of b : 状态不变：备注、重做');
    expect(lines.filter((l) => l.includes('note right of'))).toHaveLength(2);
    expect(toMermaid(small, 'en')).toContain('  note right of a : Stays: Note, Maybe, Remind\n');
  });

  it('draws per-source targets only from their own source', () => {
    const diagram = toMermaid(small);
    expect(diagram).toContain('  a --> c : 或许');
    expect(diagram).toContain('  b --> c : 或许');
    expect(diagram).not.toContain('b --> a : 或许');
  });

  it('draws self-loops instead of notes when asked', () => {
    const diagram = toMermaid(small, 'en', { selfTransitions: 'loops' });
    for (const { from, event, to } of workflowTransitions(small)) {
      expect(diagram).toContain(`  ${from} --> ${to} : ${small.events[event].label.en}`);
    }
    expect(diagram).not.toContain('note right of');
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
    expect(toMermaid(ticketWorkflow, 'zh-Hant')).toContain(
      'note right of open : 狀態不變：備註、升級',
    );
    expect(toMermaid(reviewedTicketWorkflow)).toContain(
      'resolved --> returnedForRevision : 退回修改',
    );
  });

  it('never draws an arrow out of a terminal state', () => {
    expect(toMermaid(ticketWorkflow)).not.toMatch(/ {2}done --> (?!\[\*\])/);
  });
});
