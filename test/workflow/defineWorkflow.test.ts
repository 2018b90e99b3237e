import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { RendaError } from '../../src/model/shared/validationError.js';
import { defineWorkflow } from '../../src/workflow/defineWorkflow.js';
import { isWorkflowEvent } from '../../src/workflow/isWorkflowEvent.js';
import { stateCategory } from '../../src/workflow/stateCategory.js';
import type { WorkflowRecord } from '../../src/workflow/types.js';
import { workflowStates } from '../../src/workflow/workflowStates.js';
import { isDeepFrozen } from './support/isDeepFrozen.js';
import { ticketWorkflow } from './support/ticketWorkflow.js';

const label = { 'zh-Hans': '甲', 'zh-Hant': '甲', en: 'A' };
type Types = { record: WorkflowRecord; role: 'r'; context: undefined };

/** Builds a definition loosely, to reach the runtime checks TypeScript would stop. */
const define = (patch: Record<string, unknown>) => () =>
  defineWorkflow({
    id: 'x',
    version: 1,
    types: {} as Types,
    initial: 'a',
    states: { a: { label, category: 'open' }, b: { label, category: 'closed', terminal: true } },
    events: { go: { label, from: ['a'], to: 'b', roles: ['r'] } },
    ...patch,
  } as never);

describe('defineWorkflow', () => {
  it('returns a deep-frozen copy, leaving payload schemas usable', () => {
    expect(Object.isFrozen(ticketWorkflow)).toBe(true);
    expect(isDeepFrozen(ticketWorkflow.states)).toBe(true);
    expect(isDeepFrozen(ticketWorkflow.guards)).toBe(true);
    for (const spec of Object.values(ticketWorkflow.events)) {
      expect(Object.isFrozen(spec)).toBe(true);
      const { payload: _, ...data } = spec as { payload?: unknown };
      expect(Object.values(data).every((value) => isDeepFrozen(value))).toBe(true);
    }
    expect(Object.isFrozen(ticketWorkflow.events.assign)).toBe(true);
    expect(Object.isFrozen(ticketWorkflow.events.assign.from)).toBe(true);
    expect(ticketWorkflow.events.assign.payload?.safeParse({ assignee: 'E-1' }).success).toBe(true);
  });

  it('does not freeze the caller’s definition objects', () => {
    const states = { a: { label: { ...label }, category: 'open' as const } };
    defineWorkflow({
      id: 'x',
      version: 1,
      types: {} as Types,
      initial: 'a',
      states,
      events: { stay: { label, payload: z.object({}), from: ['a'], to: 'a', roles: ['r'] } },
    });
    expect(Object.isFrozen(states.a)).toBe(false);
  });

  it.each([
    ['an unknown initial state', { initial: 'zzz' }, /initial state "zzz"/],
    [
      'an unknown from state',
      { events: { go: { label, from: ['zzz'], to: 'b', roles: ['r'] } } },
      /from "zzz"/,
    ],
    [
      'an unknown to state',
      { events: { go: { label, from: ['a'], to: 'zzz', roles: ['r'] } } },
      /to "zzz"/,
    ],
    ['empty roles', { events: { go: { label, from: ['a'], to: 'b', roles: [] } } }, /roles/],
    [
      'an unknown guard',
      { events: { go: { label, from: ['a'], to: 'b', roles: ['r'], guards: ['g'] } } },
      /guard "g"/,
    ],
    [
      'a function target without targets',
      { events: { go: { label, from: ['a'], to: () => 'b', roles: ['r'] } } },
      /targets/,
    ],
    [
      'an event out of a terminal state',
      { events: { go: { label, from: ['b'], to: 'a', roles: ['r'] } } },
      /terminal/,
    ],
    [
      'a label missing a locale',
      { states: { a: { label: { 'zh-Hans': '甲', en: 'A' }, category: 'open' } } },
      /zh-Hant/,
    ],
    ['an unknown category', { states: { a: { label, category: 'pending' } } }, /category/],
    ['a version that is not a positive integer', { version: 0 }, /version/],
  ])('throws INVALID_WORKFLOW for %s', (_, patch, message) => {
    expect(define(patch)).toThrow(RendaError);
    expect(define(patch)).toThrow(message);
  });
});

describe('workflow helpers', () => {
  it('workflowStates lists the states in order', () => {
    expect(workflowStates(ticketWorkflow)).toEqual([
      'open',
      'assigned',
      'escalated',
      'resolved',
      'done',
    ]);
  });

  it('stateCategory gives the coarse category, or undefined', () => {
    expect(stateCategory(ticketWorkflow, 'resolved')).toBe('replied');
    expect(stateCategory(ticketWorkflow, 'done')).toBe('closed');
    expect(stateCategory(ticketWorkflow, 'constructor')).toBeUndefined();
  });

  it('isWorkflowEvent accepts own event names only', () => {
    expect(isWorkflowEvent(ticketWorkflow, 'assign')).toBe(true);
    expect(isWorkflowEvent(ticketWorkflow, 'hasOwnProperty')).toBe(false);
    expect(isWorkflowEvent(ticketWorkflow, 7)).toBe(false);
  });
});
