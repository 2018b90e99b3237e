import { freeze } from 'immer';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { RendaError } from '../../src/model/shared/validationError.js';
import { defineWorkflow } from '../../src/workflow/defineWorkflow.js';
import { HistoryEntrySchema } from '../../src/workflow/historyEntry.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import { transition } from '../../src/workflow/transition.js';
import type { WorkflowActor, WorkflowRecord } from '../../src/workflow/types.js';
import { isDeepFrozen, snapshot } from './support/isDeepFrozen.js';
import {
  ctx,
  newTicket,
  type Ticket,
  type TicketRole,
  ticketWorkflow,
} from './support/ticketWorkflow.js';
import { untyped } from './support/untyped.js';

const AT = '2025-03-01T10:00:00+08:00';
const clerk = { role: 'clerk', id: 'C-1' } as const;
const engineer = { role: 'engineer', id: 'E-1' } as const;
const options = (
  actor: WorkflowActor<TicketRole> = clerk,
  extra: { at?: string; recordedAt?: string } = {},
) => ({
  workflow: ticketWorkflow,
  actor,
  at: extra.at ?? AT,
  ...(extra.recordedAt === undefined ? {} : { recordedAt: extra.recordedAt }),
  context: ctx,
});

const assigned = (): Ticket => {
  const result = safeTransition(
    freeze(newTicket(), true),
    { type: 'assign', payload: { assignee: ' E-1 ' } },
    options(),
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.value.record;
};

describe('transition', () => {
  it('moves the record to the target state and appends one history entry', () => {
    const before = freeze(newTicket(), true);
    const result = safeTransition(
      before,
      { type: 'assign', payload: { assignee: ' E-1 ' } },
      options(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { record, entry } = result.value;
    expect(record.state).toBe('assigned');
    expect(record.assignee).toBe('E-1');
    expect(record.history).toHaveLength(1);
    expect(record.history[0]).toBe(entry);
    expect(entry).toEqual({
      type: 'assign',
      at: '2025-03-01T02:00:00.000Z',
      recordedAt: '2025-03-01T02:00:00.000Z',
      actor: clerk,
      payload: { assignee: 'E-1' },
    });
    expect(HistoryEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('keeps the record’s other fields and shares what the event did not change', () => {
    const before = freeze(newTicket(), true);
    const result = safeTransition(
      before,
      { type: 'assign', payload: { assignee: 'E-1' } },
      options(),
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.record.meta).toBe(before.meta);
    expect(result.value.record.title).toBe(before.title);
  });

  it('stores recordedAt apart from at, both canonical UTC', () => {
    const result = safeTransition(
      assigned(),
      { type: 'comment', payload: { note: '纸质答复，上周已送达' } },
      options(engineer, {
        at: '2025-02-20T09:00:00+08:00',
        recordedAt: '2025-03-01T17:30:00+08:00',
      }),
    );
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.entry.at).toBe('2025-02-20T01:00:00.000Z');
    expect(result.value.entry.recordedAt).toBe('2025-03-01T09:30:00.000Z');
  });

  it('does not mutate its input, and returns a deeply frozen record', () => {
    const before = freeze(newTicket(), true);
    const copy = snapshot(before);
    const result = safeTransition(
      before,
      { type: 'assign', payload: { assignee: 'E-1' } },
      options(),
    );
    expect(before).toEqual(copy);
    if (!result.ok) throw new Error('expected ok');
    expect(isDeepFrozen(result.value.record)).toBe(true);
    expect(isDeepFrozen(result.value.entry)).toBe(true);
  });

  it('returns a deeply frozen record even from an unfrozen input, without changing its values', () => {
    const before = newTicket();
    const copy = snapshot(before);
    const result = safeTransition(before, { type: 'comment', payload: { note: 'x' } }, options());
    if (!result.ok) throw new Error('expected ok');
    expect(before).toEqual(copy);
    expect(isDeepFrozen(result.value.record)).toBe(true);
  });

  it('picks a computed target from the event’s declared targets', () => {
    const low = safeTransition(
      assigned(),
      { type: 'escalate' },
      options({ role: 'manager', id: 'M-1' }),
    );
    expect(low.ok && low.value.record.state).toBe('open');
    const high = safeTransition(
      freeze({ ...assigned(), priority: 'high' as const }, true),
      { type: 'escalate' },
      options({ role: 'manager', id: 'M-1' }),
    );
    expect(high.ok && high.value.record.state).toBe('escalated');
  });

  it('lets `*` events leave every non-terminal state', () => {
    const result = safeTransition(
      assigned(),
      { type: 'comment', payload: { note: '已联系' } },
      options(),
    );
    expect(result.ok && result.value.record.state).toBe('assigned');
    expect(result.ok && result.value.record.notes).toEqual(['已联系']);
  });

  describe('refusals', () => {
    it('refuses an unknown event with INVALID_EVENT, returning no record', () => {
      const before = freeze(newTicket(), true);
      // @ts-expect-error: not an event of the ticket workflow
      const result = safeTransition(before, { type: 'explode' }, options());
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('INVALID_EVENT');
      expect(result.error.event).toBe('explode');
    });

    it('does not take inherited names such as toString for events', () => {
      // @ts-expect-error: not an event
      const result = safeTransition(newTicket(), { type: 'toString' }, options());
      expect(!result.ok && result.error.code).toBe('INVALID_EVENT');
    });

    it('refuses a timestamp without an offset with INVALID_INPUT naming `at`', () => {
      const result = safeTransition(
        newTicket(),
        { type: 'assign', payload: { assignee: 'E-1' } },
        options(clerk, { at: '2025-03-01T10:00:00' }),
      );
      expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
      expect(!result.ok && result.error.issues?.map((i) => i.path)).toEqual([['at']]);
    });

    it('refuses recordedAt before at with RECORDED_BEFORE_HAPPENED on `recordedAt`', () => {
      const result = safeTransition(
        newTicket(),
        { type: 'assign', payload: { assignee: 'E-1' } },
        options(clerk, { at: '2025-03-01T10:00:00+08:00', recordedAt: '2025-03-01T01:59:59Z' }),
      );
      expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
      expect(!result.ok && result.error.issues?.[0]).toMatchObject({
        code: 'RECORDED_BEFORE_HAPPENED',
        path: ['recordedAt'],
      });
    });

    it('compares at and recordedAt as moments, whatever their offsets', () => {
      const result = safeTransition(
        newTicket(),
        { type: 'assign', payload: { assignee: 'E-1' } },
        options(clerk, { at: '2025-03-01T10:00:00+08:00', recordedAt: '2025-03-01T02:00:00Z' }),
      );
      expect(result.ok).toBe(true);
    });

    it('refuses a malformed actor with INVALID_INPUT under `actor`', () => {
      const result = safeTransition(
        newTicket(),
        { type: 'assign', payload: { assignee: 'E-1' } },
        options(untyped({ role: '', id: 'C-1' })),
      );
      expect(!result.ok && result.error.issues?.[0]?.path).toEqual(['actor', 'role']);
    });

    it('refuses an event the state does not allow with NOT_ALLOWED_IN_STATE', () => {
      const result = safeTransition(newTicket(), { type: 'resolve' }, options(engineer));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({
        code: 'NOT_ALLOWED_IN_STATE',
        event: 'resolve',
        state: 'open',
      });
      expect(result.error.message['zh-Hans']).toContain('待处理');
    });

    it('refuses every event in a terminal state, `*` included', () => {
      const done = newTicket({ state: 'done' });
      const result = safeTransition(done, { type: 'comment', payload: { note: 'x' } }, options());
      expect(!result.ok && result.error.code).toBe('NOT_ALLOWED_IN_STATE');
    });

    it('refuses a record whose state is not in the workflow', () => {
      const stray = newTicket({ state: 'archived' });
      const result = safeTransition(stray, { type: 'comment', payload: { note: 'x' } }, options());
      expect(!result.ok && result.error.code).toBe('NOT_ALLOWED_IN_STATE');
    });

    it('refuses a record without a history with INVALID_INPUT', () => {
      const broken = { ...newTicket(), history: undefined } as unknown as Ticket;
      const result = safeTransition(broken, { type: 'comment', payload: { note: 'x' } }, options());
      expect(!result.ok && result.error.issues?.[0]?.path).toEqual(['history']);
    });

    it('refuses a role that may not send the event with FORBIDDEN', () => {
      const result = safeTransition(
        newTicket(),
        { type: 'assign', payload: { assignee: 'E-1' } },
        options(engineer),
      );
      expect(!result.ok && result.error).toMatchObject({
        code: 'FORBIDDEN',
        event: 'assign',
        state: 'open',
      });
    });

    it('checks the role before the payload', () => {
      const result = safeTransition(
        newTicket(),
        untyped({ type: 'assign', payload: 42 }),
        options(engineer),
      );
      expect(!result.ok && result.error.code).toBe('FORBIDDEN');
    });

    it('refuses a payload its schema rejects with field-level INVALID_INPUT', () => {
      const result = safeTransition(
        newTicket(),
        { type: 'assign', payload: { assignee: '' } },
        options(),
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.issues).toEqual([
        expect.objectContaining({ code: 'TOO_SMALL', path: ['payload', 'assignee'] }),
      ]);
    });

    it('refuses a missing payload as REQUIRED', () => {
      const result = safeTransition(newTicket(), untyped({ type: 'assign' }), options());
      expect(!result.ok && result.error.issues?.[0]).toMatchObject({
        code: 'REQUIRED',
        path: ['payload'],
      });
    });

    it('refuses a payload on an event that takes none', () => {
      const result = safeTransition(
        freeze({ ...assigned(), priority: 'high' as const }, true),
        untyped({ type: 'escalate', payload: { urgent: true } }),
        options({ role: 'manager', id: 'M-1' }),
      );
      expect(!result.ok && result.error.issues?.[0]).toMatchObject({
        code: 'UNEXPECTED_PAYLOAD',
        path: ['payload'],
      });
    });

    it('refuses with GUARD_FAILED, the guard’s name and its bilingual message', () => {
      const result = safeTransition(
        newTicket(),
        { type: 'assign', payload: { assignee: 'E-LEAVE' } },
        options(),
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({
        code: 'GUARD_FAILED',
        guard: 'assigneeAvailable',
        state: 'open',
      });
      expect(result.error.message['zh-Hans']).toContain('该工程师休假中');
      expect(result.error.message.en).toContain('on leave');
    });

    it('runs guards in order and reports the first that refuses', () => {
      const resolved = safeTransition(assigned(), { type: 'resolve' }, options(engineer));
      if (!resolved.ok) throw new Error(resolved.error.code);
      const untitled = freeze({ ...resolved.value.record, title: '' }, true);
      const result = safeTransition(untitled, { type: 'close' }, options());
      expect(!result.ok && result.error.guard).toBe('hasTitle');
    });

    it('returns the error without touching a frozen input', () => {
      const before = freeze(newTicket(), true);
      const copy = snapshot(before);
      const result = safeTransition(before, { type: 'resolve' }, options(engineer));
      expect(result.ok).toBe(false);
      expect(before).toEqual(copy);
      expect(isDeepFrozen(before)).toBe(true);
    });
  });

  describe('EFFECT_FAILED', () => {
    const label = { 'zh-Hans': '甲', 'zh-Hant': '甲', en: 'A' };
    const broken = defineWorkflow({
      id: 'broken',
      version: 1,
      types: {} as { record: WorkflowRecord & { n?: number }; role: 'r'; context: undefined },
      initial: 'a',
      states: { a: { label, category: 'open' }, b: { label, category: 'open' } },
      events: {
        throws: {
          label,
          from: ['a'],
          to: 'b',
          roles: ['r'],
          effect: () => {
            throw new Error('boom');
          },
        },
        returns: {
          label,
          from: ['a'],
          to: 'b',
          roles: ['r'],
          // TypeScript lets a `void` function return a value; the engine refuses it at run time.
          effect: (draft) => ({ ...draft, n: 1 }),
        },
        touchesState: {
          label,
          from: ['a'],
          to: 'b',
          roles: ['r'],
          effect: (draft) => {
            draft.state = 'a2';
          },
        },
        touchesHistory: {
          label,
          from: ['a'],
          roles: ['r'],
          effect: (draft) => {
            draft.history.push({
              type: 'forged',
              at: '2025-01-01T00:00:00.000Z',
              recordedAt: '2025-01-01T00:00:00.000Z',
              actor: { role: 'r', id: '1' },
            });
          },
        },
        clearsHistory: {
          label,
          from: ['a'],
          roles: ['r'],
          effect: (draft) => {
            draft.history = [];
          },
        },
        badTarget: {
          label,
          from: ['a'],
          to: () => 'zzz' as 'b',
          targets: ['b'],
          roles: ['r'],
        },
        targetThrows: {
          label,
          from: ['a'],
          to: () => {
            throw new Error('no target');
          },
          targets: ['b'],
          roles: ['r'],
        },
        guardThrows: { label, from: ['a'], to: 'b', roles: ['r'], guards: ['explodes'] },
      },
      guards: {
        explodes: {
          message: { 'zh-Hans': '甲', en: 'a' },
          check: () => {
            throw new Error('guard boom');
          },
        },
      },
    });
    const run = (type: keyof typeof broken.events) =>
      safeTransition(
        freeze({ state: 'a', history: [] }, true),
        { type },
        {
          workflow: broken,
          actor: { role: 'r', id: '1' },
          at: AT,
          context: undefined,
        },
      );

    it.each([
      'throws',
      'returns',
      'touchesState',
      'touchesHistory',
      'clearsHistory',
      'badTarget',
      'targetThrows',
    ] as const)(
      'turns a misbehaving definition (%s) into EFFECT_FAILED instead of throwing',
      (type) => {
        const result = run(type);
        expect(!result.ok && result.error.code).toBe('EFFECT_FAILED');
      },
    );

    it('names the guard that threw', () => {
      const result = run('guardThrows');
      expect(!result.ok && result.error).toMatchObject({
        code: 'EFFECT_FAILED',
        guard: 'explodes',
      });
    });

    it('never throws on garbage arguments', () => {
      const garbage = [null, undefined, 42, 'x', {}, { state: 1, history: 'no' }];
      for (const record of garbage) {
        for (const event of garbage) {
          expect(() =>
            safeTransition(record as never, event as never, options() as never),
          ).not.toThrow();
        }
      }
      expect(() => safeTransition(newTicket(), { type: 'assign' }, null as never)).not.toThrow();
    });
  });
});

describe('events that keep the state', () => {
  const label = { 'zh-Hans': '甲', 'zh-Hant': '甲', en: 'A' };
  type Rec = WorkflowRecord & { readonly notes: readonly string[] };
  const wf = defineWorkflow({
    id: 'stays',
    version: 1,
    types: {} as { record: Rec; role: 'r'; context: { into?: string } },
    initial: 'a',
    states: {
      a: { label, category: 'open' },
      b: { label, category: 'open' },
      c: { label, category: 'closed', terminal: true },
    },
    events: {
      note: {
        label,
        payload: z.object({ text: z.string() }),
        from: ['*'],
        roles: ['r'],
        effect: (draft, event) => {
          if (event.payload) draft.notes.push(event.payload.text);
        },
      },
      ping: { label, from: ['a', 'b'], roles: ['r'] },
      maybe: {
        label,
        from: ['a', 'b'],
        to: (record, _event, context) =>
          (context.into as 'a' | 'b' | 'c' | undefined) ?? (record.state as 'a' | 'b'),
        targets: { a: ['c', 'a'], b: ['b'] },
        roles: ['r'],
      },
    },
  });
  const run = (
    record: Rec,
    event: Parameters<typeof safeTransition<typeof wf, Rec>>[1],
    context: { into?: string } = {},
  ) =>
    safeTransition(record, event, { workflow: wf, actor: { role: 'r', id: '1' }, at: AT, context });
  const inA = (): Rec => freeze({ state: 'a', history: [], notes: [] }, true);

  it('an event without `to` stays where it was, runs its effect and appends its entry', () => {
    for (const state of ['a', 'b']) {
      const before = freeze({ ...inA(), state }, true);
      const result = run(before, { type: 'note', payload: { text: '已联系' } });
      if (!result.ok) throw new Error(result.error.code);
      expect(result.value.record.state).toBe(state);
      expect(result.value.record.notes).toEqual(['已联系']);
      expect(result.value.record.history).toEqual([result.value.entry]);
      expect(isDeepFrozen(result.value.record)).toBe(true);
    }
  });

  it('an event without `to` or effect still returns a new frozen record with its entry', () => {
    const before = inA();
    const result = run(before, { type: 'ping' });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.record).not.toBe(before);
    expect(result.value.record.notes).toBe(before.notes);
    expect(result.value.record.history).toHaveLength(1);
    expect(before.history).toHaveLength(0);
    expect(isDeepFrozen(result.value.record)).toBe(true);
  });

  it('still refuses it out of terminal states', () => {
    const done = freeze({ ...inA(), state: 'c' }, true);
    const result = run(done, { type: 'note', payload: { text: 'x' } });
    expect(!result.ok && result.error.code).toBe('NOT_ALLOWED_IN_STATE');
  });

  it('a function target may keep the state when its targets for that source allow it', () => {
    const stays = run(inA(), { type: 'maybe' });
    expect(stays.ok && stays.value.record.state).toBe('a');
    const moves = run(inA(), { type: 'maybe' }, { into: 'c' });
    expect(moves.ok && moves.value.record.state).toBe('c');
  });

  it('refuses a target that is declared for another source only (EFFECT_FAILED)', () => {
    const inB = freeze({ ...inA(), state: 'b' }, true);
    const result = run(inB, { type: 'maybe' }, { into: 'c' });
    expect(!result.ok && result.error.code).toBe('EFFECT_FAILED');
    const fromA = run(inA(), { type: 'maybe' }, { into: 'b' });
    expect(!fromA.ok && fromA.error.code).toBe('EFFECT_FAILED');
  });

  it('freezes the parts shared with an unfrozen input, history included', () => {
    const entry = {
      type: 'ping',
      at: '2025-01-01T00:00:00.000Z',
      recordedAt: '2025-01-01T00:00:00.000Z',
      actor: { role: 'r', id: '1' },
    };
    const before: Rec = { state: 'a', history: [entry], notes: ['x'] };
    const result = run(before, { type: 'note', payload: { text: 'y' } });
    if (!result.ok) throw new Error(result.error.code);
    expect(isDeepFrozen(result.value.record)).toBe(true);
    expect(result.value.record.history[0]).toEqual(entry);
  });
});

describe('transition', () => {
  it('returns the record and entry on success', () => {
    const { record } = transition(
      newTicket(),
      { type: 'assign', payload: { assignee: 'E-1' } },
      options(),
    );
    expect(record.state).toBe('assigned');
  });

  it('throws a RendaError with the same code and the error as detail', () => {
    let caught: unknown;
    try {
      transition(newTicket(), { type: 'assign', payload: { assignee: 'E-1' } }, options(engineer));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RendaError);
    expect((caught as RendaError).code).toBe('FORBIDDEN');
    expect((caught as RendaError).detail).toMatchObject({ code: 'FORBIDDEN', event: 'assign' });
  });
});

describe('payload schemas', () => {
  it('stores the parsed payload, not the raw one', () => {
    const label = { 'zh-Hans': '甲', 'zh-Hant': '甲', en: 'A' };
    const wf = defineWorkflow({
      id: 'p',
      version: 1,
      types: {} as { record: WorkflowRecord; role: 'r'; context: undefined },
      initial: 'a',
      states: { a: { label, category: 'open' } },
      events: {
        note: {
          label,
          payload: z.object({ text: z.string().trim(), count: z.number().default(1) }),
          from: ['a'],
          to: 'a',
          roles: ['r'],
        },
      },
    });
    const result = safeTransition(
      { state: 'a', history: [] },
      untyped({ type: 'note', payload: { text: ' hi ', extra: 1 } }),
      {
        workflow: wf,
        actor: { role: 'r', id: '1' },
        at: AT,
        context: undefined,
      },
    );
    expect(result.ok && result.value.entry.payload).toEqual({ text: 'hi', count: 1 });
  });
});
