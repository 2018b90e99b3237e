import { freeze } from 'immer';
import { describe, expect, it } from 'vitest';
import { safeReplay } from '../../src/workflow/safeReplay.js';
import { transition } from '../../src/workflow/transition.js';
import { isDeepFrozen } from './support/isDeepFrozen.js';
import { ctx, newTicket, ticketWorkflow } from './support/ticketWorkflow.js';

const base = { workflow: ticketWorkflow, context: ctx };

function lived() {
  const initial = freeze(newTicket(), true);
  let record = initial;
  const steps = [
    { type: 'assign', payload: { assignee: ' E-1 ' }, actor: { role: 'clerk', id: 'C-1' } },
    { type: 'comment', payload: { note: '现场查看' }, actor: { role: 'engineer', id: 'E-1' } },
    { type: 'resolve', actor: { role: 'engineer', id: 'E-1' } },
    { type: 'close', actor: { role: 'clerk', id: 'C-1' } },
  ] as const;
  steps.forEach((step, i) => {
    record = transition(record, step, {
      ...base,
      actor: step.actor,
      at: `2025-03-0${i + 1}T10:00:00+08:00`,
      recordedAt: `2025-03-0${i + 2}T10:00:00+08:00`,
    }).record;
  });
  return { initial, record };
}

describe('replay', () => {
  it('rebuilds the live record from the initial record and its history', () => {
    const { initial, record } = lived();
    const rebuilt = safeReplay(initial, record.history, base);
    expect(rebuilt).toEqual({ ok: true, value: record });
    expect(rebuilt.ok && isDeepFrozen(rebuilt.value)).toBe(true);
  });

  it('returns the initial record for an empty history', () => {
    const initial = freeze(newTicket(), true);
    expect(safeReplay(initial, [], base)).toEqual({ ok: true, value: initial });
  });

  it('stops at the first refused entry and gives its index', () => {
    const { initial, record } = lived();
    const tampered = record.history.map((entry, i) =>
      i === 2 ? { ...entry, actor: { role: 'engineer', id: 'E-9' } } : entry,
    );
    const result = safeReplay(initial, tampered, base);
    expect(!result.ok && result.error).toMatchObject({
      code: 'GUARD_FAILED',
      guard: 'isAssignee',
      index: 2,
    });
  });

  it('refuses an entry recorded before it happened', () => {
    const { initial, record } = lived();
    const tampered = record.history.map((entry, i) =>
      i === 0 ? { ...entry, recordedAt: '2000-01-01T00:00:00.000Z' } : entry,
    );
    const result = safeReplay(initial, tampered, base);
    expect(!result.ok && result.error).toMatchObject({ code: 'INVALID_INPUT', index: 0 });
  });
});
