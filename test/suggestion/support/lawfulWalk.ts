import { expect } from 'vitest';
import { safeReplay } from '../../../src/workflow/safeReplay.js';
import { safeTransition } from '../../../src/workflow/safeTransition.js';
import type { WorkflowRecord } from '../../../src/workflow/types.js';
import { isDeepFrozen } from '../../workflow/support/isDeepFrozen.js';
import { untyped } from '../../workflow/support/untyped.js';

/** One step of a walk: an event sent by an actor, some hours after the previous one. */
export interface WalkStep {
  readonly event: unknown;
  readonly actor: unknown;
  readonly hours: number;
  /** Recorded a day after it happened. */
  readonly backdate: boolean;
}

/**
 * A workflow with one context for every step (none for motions and delegation items, the policy
 * for opinions), and how its records are checked.
 */
export interface WalkSubject<R extends WorkflowRecord> {
  readonly workflow: unknown;
  readonly initial: R;
  /** When the first step may happen. */
  readonly start: string;
  readonly schema: { safeParse(value: unknown): { success: boolean; error?: unknown } };
  readonly verify: (record: unknown) => unknown;
  /** The context every step runs under; `undefined` when absent. */
  readonly context?: unknown;
}

/**
 * Walks the steps with `safeTransition` and asserts the workflow laws at every step: it never
 * throws nor fails inside an effect, never mutates the record it is given, grows the history by
 * one per accepted event and keeps the record valid; at the end the record is deeply frozen,
 * replays from the initial record to itself and verifies. Returns the final record.
 */
export function lawfulWalk<R extends WorkflowRecord>(
  subject: WalkSubject<R>,
  steps: readonly WalkStep[],
): R {
  const { workflow, initial } = subject;
  let record = initial;
  let time = Date.parse(subject.start);
  let accepted = 0;
  for (const step of steps) {
    time += step.hours * 3_600_000;
    const before = JSON.stringify(record);
    // Untyped on purpose: the walk sends events, actors and payloads the types would refuse.
    const options = {
      workflow,
      actor: step.actor,
      at: new Date(time).toISOString(),
      recordedAt: new Date(time + (step.backdate ? 86_400_000 : 0)).toISOString(),
      context: subject.context,
    };
    const result = safeTransition(untyped(record), untyped(step.event), untyped(options));
    expect(JSON.stringify(record)).toBe(before);
    if (!result.ok) {
      expect(result.error.code).not.toBe('EFFECT_FAILED');
      continue;
    }
    accepted += 1;
    const next = result.value.record as R;
    expect(next.history.length).toBe(record.history.length + 1);
    const parsed = subject.schema.safeParse(next);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error));
    record = next;
  }
  expect(record.history.length).toBe(accepted);
  expect(isDeepFrozen(record)).toBe(true);
  expect(
    safeReplay(initial, record.history, untyped({ workflow, context: subject.context })),
  ).toEqual({
    ok: true,
    value: record,
  });
  expect(subject.verify(record)).toEqual({ ok: true, value: record });
  return record;
}
