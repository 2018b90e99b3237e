import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defineWorkflow } from '../../src/workflow/defineWorkflow.js';
import type { HistoryEntry } from '../../src/workflow/historyEntry.js';
import { safeReplay } from '../../src/workflow/safeReplay.js';
import type { WorkflowRecord } from '../../src/workflow/types.js';

// replay must be linear in the history. Wall-clock time is noisy, so this counts work instead:
// every array iteration (spread, for…of, Array.from over an iterator) steps the shared array
// iterator, and copying the history at each step is exactly such an iteration. The count for
// 4n entries must be about 4× the count for n (a per-step copy would make it about 16×).

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
const counterWorkflow = defineWorkflow({
  id: 'counter',
  version: 1,
  types: {} as {
    record: WorkflowRecord & { readonly count: number };
    role: 'clerk';
    context: undefined;
  },
  initial: 'open',
  states: { open: { label: label('进行中', 'Open'), category: 'open' } },
  events: {
    tick: {
      label: label('计数', 'Tick'),
      payload: z.object({ note: z.string() }),
      from: ['open'],
      roles: ['clerk'],
      effect: (draft) => {
        draft.count += 1;
      },
    },
  },
});

type Counter = WorkflowRecord & { readonly count: number };
const fresh = (): Counter => ({ state: 'open', history: [], count: 0 });

const historyOf = (n: number): HistoryEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    type: 'tick',
    payload: { note: `n${i}` },
    actor: { role: 'clerk', id: 'C-1' },
    at: '2025-03-01T02:00:00.000Z',
    recordedAt: '2025-03-01T02:00:00.000Z',
  }));

/** How many array-iterator steps one replay of `n` entries takes. */
function iterationSteps(n: number): number {
  const history = historyOf(n);
  const proto = Object.getPrototypeOf([][Symbol.iterator]()) as { next: () => unknown };
  const next = proto.next;
  let steps = 0;
  proto.next = function counted(this: unknown) {
    steps++;
    return next.call(this);
  };
  try {
    const result = safeReplay(fresh(), history, {
      workflow: counterWorkflow,
      context: undefined,
    });
    expect(result.ok && result.value.count).toBe(n);
    expect(result.ok && result.value.history.length).toBe(n);
  } finally {
    proto.next = next;
  }
  return steps;
}

describe('replay is linear in the history', () => {
  it('does about 4× the work for 4× the entries', () => {
    iterationSteps(50); // warm up
    const small = iterationSteps(500);
    const large = iterationSteps(2000);
    expect(large / small).toBeLessThan(5);
  });

  it('returns a deeply frozen record whose history is the entries, in order', () => {
    const result = safeReplay(fresh(), historyOf(3), {
      workflow: counterWorkflow,
      context: undefined,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.history)).toBe(true);
    expect(
      result.value.history.every((e) => Object.isFrozen(e) && Object.isFrozen(e.payload)),
    ).toBe(true);
    expect(result.value.history.map((e) => e.payload?.note)).toEqual(['n0', 'n1', 'n2']);
  });
});
