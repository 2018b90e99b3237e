import { original } from 'immer';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { initialSuggestionOf } from '../../src/suggestion/initialSuggestionOf.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { generateSample } from '../../src/testing/generateSample.js';
import { auditTrail } from '../../src/workflow/auditTrail.js';
import { defineWorkflow } from '../../src/workflow/defineWorkflow.js';
import type { HistoryEntry } from '../../src/workflow/historyEntry.js';
import { safeReplay } from '../../src/workflow/safeReplay.js';
import { transition } from '../../src/workflow/transition.js';
import type { WorkflowRecord } from '../../src/workflow/types.js';
import { isDeepFrozen, snapshot } from './support/isDeepFrozen.js';

// A replay writes each effect into its own working copy of the record instead of an immer draft
// (immer copies every array an effect grows, once per entry). These tests hold what that must
// not change: the result equals the live transitions', the caller's records are never written,
// and an effect that needs immer (or misbehaves) is replayed through immer with the same result.

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
interface Tally extends WorkflowRecord {
  readonly notes: readonly { readonly text: string; readonly seen: readonly string[] }[];
  readonly last?: { readonly text: string };
}
const actor = { role: 'clerk', id: 'C-1' } as const;
const at = '2025-03-01T02:00:00.000Z';

/** A workflow whose effects are written as the caller likes: plain writes, or immer's `original`. */
function tallyWorkflow(effectStyle: 'plain' | 'immer' | 'frozenShared') {
  const shared = Object.freeze({ text: 'shared' });
  return defineWorkflow({
    id: `tally-${effectStyle}`,
    version: 1,
    types: {} as { record: Tally; role: 'clerk'; context: undefined },
    initial: 'open',
    states: { open: { label: label('进行中', 'Open'), category: 'open' } },
    events: {
      note: {
        label: label('记录', 'Note'),
        payload: z.object({ text: z.string() }),
        from: ['open'],
        roles: ['clerk'],
        effect: (draft, event) => {
          const text = event.payload?.text ?? '';
          if (effectStyle === 'immer' && draft.notes.length >= 2) {
            // From the third event on, reads the record before the event the immer way, which
            // throws on a plain object: the replay starts again through immer after two steps.
            const before = original(draft) as Tally;
            draft.notes.push({ text, seen: before.notes.map((n) => n.text) });
            return;
          }
          if (effectStyle === 'frozenShared') {
            // Stores one frozen object, then edits what it stored on the next event: immer
            // copies it, a plain write to it throws.
            if (draft.last === undefined) draft.last = shared;
            else (draft.last as { text: string }).text = text;
          }
          draft.notes.push({ text, seen: draft.notes.map((n) => n.text) });
        },
      },
    },
  });
}

const fresh = (): Tally => ({ state: 'open', history: [], notes: [] });
const notes = (n: number): HistoryEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    type: 'note',
    payload: { text: `n${i}` },
    actor,
    at,
    recordedAt: at,
  }));

/** The record the live transitions make, entry by entry. */
function live(workflow: ReturnType<typeof tallyWorkflow>, n: number): Tally {
  let record = fresh();
  for (const entry of notes(n)) {
    record = transition(
      record,
      { type: 'note', payload: entry.payload as { text: string } },
      {
        workflow,
        context: undefined,
        actor,
        at,
      },
    ).record;
  }
  return record;
}

describe('replay in place', () => {
  for (const style of ['plain', 'immer', 'frozenShared'] as const) {
    it(`equals the live transitions for effects written ${style}`, () => {
      const workflow = tallyWorkflow(style);
      const expected = live(workflow, 12);
      const result = safeReplay(fresh(), expected.history, { workflow, context: undefined });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value).toEqual(expected);
      expect(isDeepFrozen(result.value)).toBe(true);
    });
  }

  it('never writes to the caller’s initial record or history', () => {
    const workflow = tallyWorkflow('plain');
    const history = live(workflow, 4).history;
    const initial: Tally = { state: 'open', history: [], notes: [{ text: 'old', seen: [] }] };
    const before = snapshot(initial);
    const entries = snapshot(history);
    const result = safeReplay(initial, entries, { workflow, context: undefined });
    expect(result.ok && result.value.notes.length).toBe(5);
    expect(initial).toEqual(before);
    expect(Object.isFrozen(initial.notes)).toBe(false);
    expect(entries).toEqual(history);
  });

  it('gives one audit row per entry when the replay starts again through immer', () => {
    const workflow = tallyWorkflow('immer');
    const record = live(workflow, 5);
    const rows = auditTrail(record, { workflow, initial: fresh(), context: undefined });
    expect(rows.map((row) => row.index)).toEqual([0, 1, 2, 3, 4]);
    expect(rows.every((row) => row.stateBefore === 'open' && row.stateAfter === 'open')).toBe(true);
  });

  it('rebuilds every sample suggestion as its live transitions made it', () => {
    const sample = generateSample({ seed: 5, size: 'town' });
    const context = { policy: sample.policy };
    for (const record of sample.suggestions) {
      const result = safeReplay(initialSuggestionOf(record), record.history, {
        workflow: suggestionWorkflow,
        context,
      });
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value).toEqual(record);
    }
  });
});
