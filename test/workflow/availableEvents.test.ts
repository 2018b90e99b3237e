import { freeze } from 'immer';
import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import { availableEvents, safeAvailableEvents } from '../../src/workflow/availableEvents.js';
import { defineWorkflow } from '../../src/workflow/defineWorkflow.js';
import { transition } from '../../src/workflow/transition.js';
import { isDeepFrozen, snapshot } from './support/isDeepFrozen.js';
import { ctx, newTicket, type Ticket, ticketWorkflow } from './support/ticketWorkflow.js';

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
const WEEK_MS = 7 * 24 * 3600 * 1000;
/** A ticket that may be reopened within a week of its resolution: a time window guard. */
const windowWorkflow = defineWorkflow({
  id: 'window',
  version: 1,
  types: {} as { record: Ticket; role: 'clerk'; context: { resolvedAt: string } },
  initial: 'resolved',
  states: {
    open: { label: label('待处理', 'Open'), category: 'open' },
    resolved: { label: label('已答复', 'Resolved'), category: 'replied' },
  },
  events: {
    reopen: {
      label: label('重新打开', 'Reopen'),
      from: ['resolved'],
      to: 'open',
      roles: ['clerk'],
      guards: ['withinWeek'],
    },
  },
  guards: {
    withinWeek: {
      message: { 'zh-Hans': '已超过一周', en: 'more than a week has passed' },
      check: (_record, event, context) =>
        Date.parse(event.at) - Date.parse(context.resolvedAt) <= WEEK_MS,
    },
  },
});

const options = { workflow: ticketWorkflow, context: ctx, at: '2025-03-01T12:00:00+08:00' };
const byType = (rows: readonly { type: string }[]) =>
  Object.fromEntries(rows.map((r) => [r.type, r]));

describe('availableEvents', () => {
  it('lists every event, in definition order', () => {
    const rows = availableEvents(newTicket(), { role: 'clerk', id: 'C-1' }, options);
    expect(rows.map((r) => r.type)).toEqual(['assign', 'comment', 'escalate', 'resolve', 'close']);
  });

  it('says why each refused event is refused: state, then role', () => {
    const rows = byType(availableEvents(newTicket(), { role: 'clerk', id: 'C-1' }, options));
    expect(rows.comment).toMatchObject({ allowed: true });
    expect(rows.escalate).toMatchObject({ allowed: false, reason: { code: 'FORBIDDEN' } });
    expect(rows.resolve).toMatchObject({
      allowed: false,
      reason: { code: 'NOT_ALLOWED_IN_STATE' },
    });
    expect(rows.close).toMatchObject({ allowed: false, reason: { code: 'NOT_ALLOWED_IN_STATE' } });
  });

  it('runs guards without a payload and names the one that refuses', () => {
    const record = transition(
      newTicket(),
      { type: 'assign', payload: { assignee: 'E-1' } },
      {
        ...options,
        actor: { role: 'clerk', id: 'C-1' },
        at: '2025-03-01T10:00:00+08:00',
      },
    ).record;
    const other = byType(availableEvents(record, { role: 'engineer', id: 'E-2' }, options));
    expect(other.resolve).toMatchObject({
      allowed: false,
      reason: { code: 'GUARD_FAILED', guard: 'isAssignee' },
    });
    const self = byType(availableEvents(record, { role: 'engineer', id: 'E-1' }, options));
    expect(self.resolve).toMatchObject({ allowed: true });
  });

  it('skips guards that need the payload and lists them as unchecked', () => {
    const rows = byType(availableEvents(newTicket(), { role: 'clerk', id: 'C-1' }, options));
    expect(rows.assign).toEqual(
      expect.objectContaining({ allowed: true, uncheckedGuards: ['assigneeAvailable'] }),
    );
  });

  it('refuses an invalid actor or `at` as a whole: a result from the safe twin, a RendaError from availableEvents', () => {
    const bad = safeAvailableEvents(
      newTicket(),
      { role: 'clerk', id: 'C-1' },
      { ...options, at: 'yesterday' },
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('INVALID_INPUT');
      expect(bad.error.issues[0]?.path).toEqual(['at']);
      expect(bad.error.message['zh-Hans']).toMatch(/[\u4e00-\u9fff]/);
    }
    const noActor = safeAvailableEvents(newTicket(), { role: '', id: 'C-1' }, options);
    expect(!noActor.ok && noActor.error.issues[0]?.path).toEqual(['actor', 'role']);
    expect(() =>
      availableEvents(newTicket(), { role: 'clerk', id: 'C-1' }, { ...options, at: 'yesterday' }),
    ).toThrow(RendaError);
  });

  it('refuses a missing workflow, missing options and a malformed record by name', () => {
    const actor = { role: 'clerk', id: 'C-1' } as const;
    const noWorkflow = safeAvailableEvents(newTicket(), actor, {
      ...options,
      workflow: undefined as unknown as typeof ticketWorkflow,
    });
    expect(!noWorkflow.ok && noWorkflow.error.issues[0]?.path).toEqual(['workflow']);
    expect(
      safeAvailableEvents<typeof ticketWorkflow>(newTicket(), actor, undefined as never).ok,
    ).toBe(false);
    expect(safeAvailableEvents(null as unknown as Ticket, actor, options).ok).toBe(false);
    expect(() =>
      availableEvents<typeof ticketWorkflow>(newTicket(), actor, undefined as never),
    ).toThrow(RendaError);
    try {
      availableEvents(newTicket(), actor, {
        ...options,
        workflow: null as unknown as typeof ticketWorkflow,
      });
    } catch (error) {
      expect(error).toBeInstanceOf(RendaError);
      expect((error as RendaError).code).toBe('INVALID_INPUT');
    }
  });

  it('judges time windows at `at`, not at the last history entry', () => {
    // A clerk may reopen a resolved ticket within a week of its resolution (reopenWindow).
    const record = freeze({ ...newTicket(), state: 'resolved' }, true);
    const actor = { role: 'clerk', id: 'C-1' } as const;
    const judged = (at: string) =>
      byType(
        availableEvents(record, actor, {
          workflow: windowWorkflow,
          context: { resolvedAt: '2025-03-01T02:00:00.000Z' },
          at,
        }),
      ).reopen;
    expect(judged('2025-03-05T10:00:00+08:00')).toMatchObject({ allowed: true });
    expect(judged('2025-06-01T10:00:00+08:00')).toMatchObject({
      allowed: false,
      reason: { code: 'GUARD_FAILED', guard: 'withinWeek' },
    });
  });

  it('reports a throwing guard as EFFECT_FAILED instead of throwing', () => {
    const rows = byType(
      availableEvents(
        freeze({ ...newTicket(), state: 'resolved', title: null as unknown as string }, true),
        {
          role: 'clerk',
          id: 'C-1',
        },
        options,
      ),
    );
    expect(rows.close).toMatchObject({
      allowed: false,
      reason: { code: 'EFFECT_FAILED', guard: 'hasTitle' },
    });
  });

  it('does not mutate its input and returns frozen rows', () => {
    const record = freeze(newTicket(), true);
    const copy = snapshot(record);
    const rows = availableEvents(record, { role: 'clerk', id: 'C-1' }, options);
    expect(record).toEqual(copy);
    expect(isDeepFrozen(rows)).toBe(true);
  });
});
