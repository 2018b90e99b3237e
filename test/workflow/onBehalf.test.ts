import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defineWorkflow } from '../../src/workflow/defineWorkflow.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import type { WorkflowEvent, WorkflowRecord } from '../../src/workflow/types.js';

const label = { 'zh-Hans': '甲', 'zh-Hant': '甲', en: 'A' };
interface Note extends WorkflowRecord {
  readonly seen: readonly string[];
}

// The engine's rule for acting on another's behalf: the actor's role must be one of the event's
// agent roles, the one acted for must hold one of its roles, and guards and effects see the one
// acted for as the actor and the one who acted as the agent.
const seen: WorkflowEvent<unknown>[] = [];
const workflow = defineWorkflow({
  id: 'note',
  version: 1,
  types: {} as { record: Note; role: 'author' | 'clerk' | 'reader'; context: undefined },
  initial: 'open',
  states: { open: { label, category: 'open' } },
  events: {
    write: {
      label,
      payload: z.object({ text: z.string() }),
      from: ['open'],
      roles: ['author'],
      agentRoles: ['clerk'],
      guards: ['isAuthorA'],
      effect: (draft, event) => {
        seen.push(event);
        draft.seen.push(`${event.actor.id} via ${event.agent?.id ?? '-'}`);
      },
    },
    read: { label, from: ['open'], roles: ['reader'] },
  },
  guards: {
    isAuthorA: {
      message: { 'zh-Hans': '仅限 A', en: 'A only' },
      check: (_r, e) => e.actor.id === 'A',
    },
  },
});
const record: Note = Object.freeze({
  state: 'open',
  history: Object.freeze([]),
  seen: Object.freeze([]),
});
const at = '2025-01-01T00:00:00Z';
const write = { type: 'write' as const, payload: { text: 'x' } };

describe('acting on behalf in the engine', () => {
  it('lets an agent role act for one who holds the event’s role; effects see both', () => {
    seen.length = 0;
    const actor = { role: 'clerk', id: 'K', onBehalfOf: { role: 'author', id: 'A' } } as const;
    const result = safeTransition(record, write, { workflow, actor, at, context: undefined });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.record.seen).toEqual(['A via K']);
    expect(result.value.record.history[0]?.actor).toEqual(actor);
    expect(seen[0]?.actor).toEqual({ role: 'author', id: 'A' });
    expect(seen[0]?.agent).toEqual({ role: 'clerk', id: 'K' });
  });

  it('gives guards the one acted for', () => {
    const actor = { role: 'clerk', id: 'K', onBehalfOf: { role: 'author', id: 'B' } } as const;
    const result = safeTransition(record, write, { workflow, actor, at, context: undefined });
    expect(!result.ok && result.error.code).toBe('GUARD_FAILED');
  });

  it('refuses a role outside the agent roles, one acted for without the role, and an event with no agent roles', () => {
    const byReader = { role: 'reader', id: 'R', onBehalfOf: { role: 'author', id: 'A' } } as const;
    const forReader = { role: 'clerk', id: 'K', onBehalfOf: { role: 'reader', id: 'R' } } as const;
    const readFor = { role: 'clerk', id: 'K', onBehalfOf: { role: 'reader', id: 'R' } } as const;
    for (const [event, actor] of [
      [write, byReader],
      [write, forReader],
      [{ type: 'read' as const }, readFor],
    ] as const) {
      const result = safeTransition(record, event, { workflow, actor, at, context: undefined });
      expect(!result.ok && result.error.code).toBe('FORBIDDEN');
    }
  });

  it('refuses an unreadable one acted for as input, naming the field', () => {
    const actor = { role: 'clerk', id: 'K', onBehalfOf: { role: '', id: 'A' } };
    // @ts-expect-error: an empty role is no role of the workflow
    const result = safeTransition(record, write, { workflow, actor, at, context: undefined });
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
    expect(!result.ok && JSON.stringify(result.error)).toContain('onBehalfOf');
  });

  it('asks the workflow’s agent policy, and reports one that throws as a definition bug', () => {
    const withPolicy = (allows: (context: { paper: boolean }) => boolean) =>
      defineWorkflow({
        id: 'note-policy',
        version: 1,
        types: {} as { record: Note; role: 'author' | 'clerk'; context: { paper: boolean } },
        initial: 'open',
        states: { open: { label, category: 'open' } },
        events: { write: { label, from: ['open'], roles: ['author'], agentRoles: ['clerk'] } },
        agentPolicy: { allows },
      });
    const actor = { role: 'clerk', id: 'K', onBehalfOf: { role: 'author', id: 'A' } } as const;
    const run = (workflow: ReturnType<typeof withPolicy>, paper: boolean) =>
      safeTransition(record, { type: 'write' }, { workflow, actor, at, context: { paper } });
    const byPaper = withPolicy((context) => context.paper);
    expect(run(byPaper, true).ok).toBe(true);
    expect(!run(byPaper, false).ok && run(byPaper, false)).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    const broken = withPolicy(() => {
      throw new Error('no policy');
    });
    expect(run(broken, true)).toMatchObject({ ok: false, error: { code: 'EFFECT_FAILED' } });
    // Acting for oneself never asks it.
    const self = safeTransition(
      record,
      { type: 'write' },
      {
        workflow: broken,
        actor: { role: 'author', id: 'A' },
        at,
        context: { paper: true },
      },
    );
    expect(self.ok).toBe(true);
  });
});
