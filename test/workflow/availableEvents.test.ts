import { freeze } from 'immer';
import { describe, expect, it } from 'vitest';
import { availableEvents } from '../../src/workflow/availableEvents.js';
import { transition } from '../../src/workflow/transition.js';
import { isDeepFrozen, snapshot } from './support/isDeepFrozen.js';
import { ctx, newTicket, ticketWorkflow } from './support/ticketWorkflow.js';

const options = { workflow: ticketWorkflow, context: ctx };
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

  it('marks every event INVALID_INPUT when the actor or `at` is invalid', () => {
    const rows = availableEvents(
      newTicket(),
      { role: 'clerk', id: 'C-1' },
      { ...options, at: 'yesterday' },
    );
    expect(rows.every((r) => r.reason?.code === 'INVALID_INPUT')).toBe(true);
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
