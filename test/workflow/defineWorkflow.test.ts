import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { RendaError } from '../../src/model/shared/validationError.js';
import { defineWorkflow } from '../../src/workflow/defineWorkflow.js';
import { isWorkflowEvent } from '../../src/workflow/isWorkflowEvent.js';
import { stateCategory } from '../../src/workflow/stateCategory.js';
import type { WorkflowRecord } from '../../src/workflow/types.js';
import { workflowStates } from '../../src/workflow/workflowStates.js';
import { isDeepFrozen } from './support/isDeepFrozen.js';
import { ENGLISH_SENTENCE, thrownDefinitionError } from './support/thrownDefinitionError.js';
import { ticketWorkflow } from './support/ticketWorkflow.js';

const label = { 'zh-Hans': '甲', 'zh-Hant': '甲', en: 'A' };
type Types = { record: WorkflowRecord; role: 'r'; context: undefined };
const toB = () => 'b';

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

  it.each<[string, Record<string, unknown>, RegExp]>([
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
      'targets on an event that stays (no to)',
      { events: { go: { label, from: ['a'], targets: ['a'], roles: ['r'] } } },
      /stays \(no to\) and must not list targets/,
    ],
    [
      'targets on a fixed target',
      { events: { go: { label, from: ['a'], to: 'b', targets: ['b'], roles: ['r'] } } },
      /fixed target and must not list targets/,
    ],
    [
      'an unknown state in per-source targets',
      {
        events: {
          go: { label, from: ['a'], to: toB, targets: { a: ['zzz'] }, roles: ['r'] },
        },
      },
      /target "zzz"/,
    ],
    [
      'per-source targets for a state the event does not leave',
      {
        events: {
          go: { label, from: ['a'], to: toB, targets: { a: ['b'], b: ['a'] }, roles: ['r'] },
        },
      },
      /"b", which the event does not leave/,
    ],
    [
      'per-source targets missing a source',
      { events: { go: { label, from: ['*'], to: toB, targets: {}, roles: ['r'] } } },
      /no entry for source state "a"/,
    ],
    [
      'an empty per-source list',
      { events: { go: { label, from: ['a'], to: toB, targets: { a: [] }, roles: ['r'] } } },
      /targets\.a must be a non-empty list/,
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
    [
      'an empty list of agent roles',
      { events: { go: { label, from: ['a'], to: 'b', roles: ['r'], agentRoles: [] } } },
      /agentRoles must be a non-empty list/,
    ],
    [
      'an agent policy without allows',
      { agentPolicy: { allow: () => true } },
      /agentPolicy must be an object with an allows function/,
    ],
    [
      'agent roles that are not a list of names',
      { events: { go: { label, from: ['a'], to: 'b', roles: ['r'], agentRoles: 'r' } } },
      /agentRoles must be a non-empty list/,
    ],
    ['a version that is not a positive integer', { version: 0 }, /version/],
  ])('throws INVALID_WORKFLOW for %s', (_, patch, message) => {
    expect(define(patch)).toThrow(RendaError);
    expect(define(patch)).toThrow(message);
  });
});

describe('defineWorkflow errors in Chinese and English', () => {
  it.each<[string, Record<string, unknown>, RegExp, RegExp]>([
    [
      'an unknown from state',
      { events: { go: { label, from: ['zzz'], to: 'b', roles: ['r'] } } },
      /事件「go」的来源状态「zzz」不是已定义的状态/,
      /event "go" from "zzz" is not a state/,
    ],
    [
      'an unknown guard name',
      { events: { go: { label, from: ['a'], to: 'b', roles: ['r'], guards: ['g'] } } },
      /事件「go」引用的守卫条件「g」未定义/,
      /event "go" guard "g" is not defined/,
    ],
    [
      'empty roles',
      { events: { go: { label, from: ['a'], to: 'b', roles: [] } } },
      /事件「go」须列出至少一个角色/,
      /event "go" needs a non-empty list of roles/,
    ],
  ])('names %s in each language', (_, patch, zh, en) => {
    const message = thrownDefinitionError(define(patch));
    expect(message.zh).toMatch(/^流程定义「x」有误：/);
    expect(message.zh).toMatch(zh);
    expect(message.zh).not.toMatch(ENGLISH_SENTENCE);
    expect(message.en).toMatch(/^workflow definition "x" is invalid: /);
    expect(message.en).toMatch(en);
    expect(message.en).not.toMatch(/\p{Script=Han}/u);
  });

  it('lists every problem, joined by ； in Chinese and ; in English', () => {
    const message = thrownDefinitionError(
      define({ initial: 'zzz', events: { go: { label, from: ['a'], to: 'b', roles: [] } } }),
    );
    expect(message.zh).toBe(
      '流程定义「x」有误：初始状态「zzz」不是已定义的状态；事件「go」须列出至少一个角色',
    );
    expect(message.en).toBe(
      'workflow definition "x" is invalid: initial state "zzz" is not a state; event "go" needs a non-empty list of roles',
    );
  });

  it('leaves no English sentence in any Chinese problem', () => {
    const broken = {
      id: 'x',
      version: 0,
      initial: 'zzz',
      states: {
        a: { label: { en: 'A' }, category: 'pending' },
        b: { label, category: 'closed', terminal: true },
        c: 'not a state',
      },
      guards: { g: { message: {} }, h: { check: () => true, message: { en: 'H' } } },
      events: {
        bad: 'not an event',
        go: {
          label: {},
          from: ['zzz', 'b'],
          to: 'zzz',
          targets: ['a'],
          roles: [],
          guards: ['nope'],
          effect: 1,
          payload: {},
        },
        fixed: { label, from: ['a'], to: 'a', targets: ['a'], roles: ['r'] },
        stays: { label, from: ['a'], targets: ['a'], roles: ['r'] },
        none: { label, from: [], to: toB, roles: ['r'], guards: 'g' },
        bare: { label, from: ['a'], to: toB, targets: 'a', roles: ['r'] },
        listed: { label, from: ['a'], to: toB, targets: [], roles: ['r'] },
        mapped: { label, from: ['*'], to: toB, targets: { a: [], b: ['zzz'] }, roles: ['r'] },
        partial: { label, from: ['a'], to: toB, targets: ['zzz'], roles: ['r'] },
      },
    };
    const empty = { id: '', version: 1, initial: 'a', states: {}, events: 5 };
    const problems = [broken, empty].map((definition) => {
      const message = thrownDefinitionError(() => defineWorkflow(definition as never));
      const zh = message.zh.replace(/^流程定义「.*?」有误：/, '').split('；');
      const en = message.en.replace(/^workflow definition ".*?" is invalid: /, '').split('; ');
      expect(zh).toHaveLength(en.length);
      for (const problem of zh) {
        expect(problem).toMatch(/\p{Script=Han}/u);
        expect(problem).not.toMatch(ENGLISH_SENTENCE);
      }
      for (const problem of en) expect(problem).not.toMatch(/\p{Script=Han}/u);
      return zh.length;
    });
    expect(problems).toEqual([27, 4]);
  });
});

describe('defineWorkflow with events that stay', () => {
  it('accepts an event without `to` and keeps it without one', () => {
    const wf = defineWorkflow({
      id: 'x',
      version: 1,
      types: {} as Types,
      initial: 'a',
      states: { a: { label, category: 'open' }, b: { label, category: 'closed', terminal: true } },
      events: {
        note: { label, from: ['*'], roles: ['r'] },
        go: { label, from: ['a'], to: 'b', roles: ['r'] },
      },
    });
    expect('to' in wf.events.note).toBe(false);
    expect(Object.isFrozen(wf.events.note)).toBe(true);
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
