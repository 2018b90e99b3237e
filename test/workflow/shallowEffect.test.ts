import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { initialOpinionOf } from '../../src/opinion/initialOpinionOf.js';
import { opinionWorkflow } from '../../src/opinion/opinionWorkflow.js';
import { initialSuggestionOf } from '../../src/suggestion/initialSuggestionOf.js';
import { initialMotionOf } from '../../src/suggestion/motion/initialMotionOf.js';
import { motionWorkflow } from '../../src/suggestion/motion/motionWorkflow.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { generateMotionSample } from '../../src/testing/generateMotionSample.js';
import { generateSample } from '../../src/testing/generateSample.js';
import { defineWorkflow } from '../../src/workflow/defineWorkflow.js';
import type { HistoryEntry } from '../../src/workflow/historyEntry.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import type { AnyWorkflow, WorkflowRecord } from '../../src/workflow/types.js';
import { isDeepFrozen } from './support/isDeepFrozen.js';

// A live transition on a record renda made (deeply frozen) first runs the effect on a one-level
// copy of the record's top level, and through immer only when that copy cannot serve. A record
// that is not frozen always goes through immer. So applying the same entry to a frozen record and
// to an unfrozen clone of it compares the two paths, entry by entry, on every sample history.

/** Applies `entry` as a live event to `record`. */
function apply(
  workflow: AnyWorkflow,
  record: WorkflowRecord,
  entry: HistoryEntry,
  context: unknown,
) {
  const event = entry.payload === undefined ? { type: entry.type } : entry;
  return safeTransition(
    record,
    event as never,
    {
      workflow,
      context,
      actor: entry.actor,
      at: entry.at,
      recordedAt: entry.recordedAt,
    } as never,
  );
}

/** Walks a stored record's history from its initial record along both paths, comparing. */
function expectBothPaths(
  workflow: AnyWorkflow,
  initial: WorkflowRecord,
  stored: WorkflowRecord,
  context: unknown,
): number {
  let frozen = initial;
  for (const entry of stored.history) {
    const viaCopy = apply(workflow, frozen, entry, context);
    const viaImmer = apply(workflow, structuredClone(frozen), entry, context);
    expect(viaCopy.ok, entry.type).toBe(true);
    expect(viaCopy).toEqual(viaImmer);
    if (!viaCopy.ok) break;
    const next = viaCopy.value.record;
    expect(isDeepFrozen(next)).toBe(true);
    // A part the effect only read is the input's own object, as immer would keep it.
    const proposers = (frozen as { readonly proposers?: unknown }).proposers;
    if (proposers !== undefined && entry.type !== 'merge') {
      expect((next as { readonly proposers?: unknown }).proposers).toBe(proposers);
    }
    frozen = next;
  }
  expect(frozen).toEqual(stored);
  return stored.history.length;
}

describe('a live transition without immer', () => {
  const sample = generateSample({ seed: 11, size: 'town' });

  it('equals the immer path on every sample suggestion, entry by entry', () => {
    let entries = 0;
    for (const record of sample.suggestions.slice(0, 60)) {
      entries += expectBothPaths(suggestionWorkflow, initialSuggestionOf(record), record, {
        policy: sample.policy,
      });
    }
    expect(entries).toBeGreaterThan(300);
  });

  it('equals the immer path on every sample opinion and motion', () => {
    for (const record of sample.opinions.slice(0, 60)) {
      expectBothPaths(
        opinionWorkflow,
        initialOpinionOf(record, { policy: sample.opinionPolicy }),
        record,
        {
          policy: sample.opinionPolicy,
        },
      );
    }
    for (const record of generateMotionSample({ seed: 2 }).motions.slice(0, 30)) {
      expectBothPaths(motionWorkflow, initialMotionOf(record), record, undefined);
    }
  });

  const label = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
  interface Box extends WorkflowRecord {
    readonly items: readonly { readonly n: number }[];
    readonly kept?: { readonly tag: string };
  }
  const context = { shared: { tag: 'caller' } };
  const boxWorkflow = defineWorkflow({
    id: 'box',
    version: 1,
    types: {} as { record: Box; role: 'clerk'; context: typeof context },
    initial: 'open',
    states: { open: { label: label('进行中', 'Open'), category: 'open' } },
    events: {
      add: {
        label: label('添加', 'Add'),
        from: ['open'],
        roles: ['clerk'],
        effect: (draft) => {
          draft.items.push({ n: draft.items.length });
        },
      },
      // Writes inside an item: the one-level copy holds the input's frozen item, so this runs
      // through immer.
      bump: {
        label: label('加一', 'Bump'),
        from: ['open'],
        roles: ['clerk'],
        effect: (draft) => {
          const first = draft.items[0];
          if (first !== undefined) first.n += 10;
        },
      },
      keep: {
        label: label('保存', 'Keep'),
        payload: z.object({}).optional(),
        from: ['open'],
        roles: ['clerk'],
        effect: (draft, _event, ctx) => {
          draft.kept = ctx.shared;
        },
      },
      // Sets a field by defineProperty, which a Proxy's `set` trap never sees.
      define: {
        label: label('定义', 'Define'),
        from: ['open'],
        roles: ['clerk'],
        effect: (draft, _event, ctx) => {
          Object.defineProperty(draft, 'kept', {
            value: ctx.shared,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        },
      },
      // Defines a hidden, read-only field: not one of the record's fields as freezeFreshRecord
      // walks them (own enumerable keys), which left it as it is.
      hide: {
        label: label('隐藏', 'Hide'),
        from: ['open'],
        roles: ['clerk'],
        effect: (draft, _event, ctx) => {
          Object.defineProperty(draft, 'kept', { value: ctx.shared });
        },
      },
    },
  });
  const options = {
    workflow: boxWorkflow,
    context,
    actor: { role: 'clerk', id: 'C-1' },
    at: '2025-03-01T10:00:00+08:00',
  } as const;
  const start = Object.freeze({
    state: 'open',
    history: Object.freeze([]),
    items: Object.freeze([Object.freeze({ n: 1 })]),
  }) as Box;

  it('gives what immer gives for an effect that writes below the top level', () => {
    const result = safeTransition(start, { type: 'bump' }, options);
    expect(result.ok && result.value.record.items).toEqual([{ n: 11 }]);
    expect(start.items[0]?.n).toBe(1);
  });

  it('keeps unchanged parts, copies what it stores, and never freezes the caller’s objects', () => {
    const added = safeTransition(start, { type: 'add' }, options);
    expect(added.ok && added.value.record.items).toEqual([{ n: 1 }, { n: 1 }]);
    expect(added.ok && added.value.record.items[0]).toBe(start.items[0]);
    const kept = safeTransition(start, { type: 'keep' }, options);
    expect(kept.ok && kept.value.record.kept).toEqual({ tag: 'caller' });
    expect(Object.isFrozen(context.shared)).toBe(false);
    expect(kept.ok && isDeepFrozen(kept.value.record)).toBe(true);
  });

  it('freezes what an effect sets on a record renda returned, however it was set', () => {
    // A record a transition returned has every field frozen: only what the effect set is frozen
    // anew, and that must be, even when set by defineProperty.
    const added = safeTransition(start, { type: 'add' }, options);
    if (!added.ok) throw new Error('add refused');
    for (const type of ['keep', 'define', 'add'] as const) {
      const result = safeTransition(added.value.record, { type }, options);
      expect(result.ok && isDeepFrozen(result.value.record), type).toBe(true);
      expect(result.ok && isDeepFrozen(result.value.entry), type).toBe(true);
    }
    expect(Object.isFrozen(context.shared)).toBe(false);
  });

  it('applies an effect that defines a hidden read-only field as before, on any record', () => {
    const added = safeTransition(start, { type: 'add' }, options);
    if (!added.ok) throw new Error('add refused');
    for (const record of [start, added.value.record]) {
      const result = safeTransition(record, { type: 'hide' }, options);
      expect(result.ok).toBe(true);
      expect(result.ok && Object.isFrozen(result.value.record)).toBe(true);
    }
    expect(Object.isFrozen(context.shared)).toBe(false);
  });

  it('stores a copy of the payload and never freezes the caller’s', () => {
    const payload = {};
    const result = safeTransition(start, { type: 'keep', payload }, options);
    expect(result.ok && result.value.entry.payload).toEqual({});
    expect(result.ok && result.value.entry.payload).not.toBe(payload);
    expect(Object.isFrozen(payload)).toBe(false);
  });

  it('copies an array with a hole as slice would, keeping the hole', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is tested
    const items = Object.freeze([Object.freeze({ n: 1 }), , Object.freeze({ n: 3 })]);
    const holey = Object.freeze({ ...start, items }) as unknown as Box;
    const result = safeTransition(holey, { type: 'add' }, options);
    const out = result.ok ? result.value.record.items : [];
    expect(out).toHaveLength(4);
    expect(1 in out).toBe(false);
    expect(out[3]).toEqual({ n: 3 });
  });
});
