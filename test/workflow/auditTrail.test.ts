import { describe, expect, it } from 'vitest';
import { initialOpinionOf } from '../../src/opinion/initialOpinionOf.js';
import { opinionWorkflow } from '../../src/opinion/opinionWorkflow.js';
import { initialSuggestionOf } from '../../src/suggestion/initialSuggestionOf.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { generateSample } from '../../src/testing/generateSample.js';
import { type AuditTrailRow, auditTrail, safeAuditTrail } from '../../src/workflow/auditTrail.js';
import { sealHistory } from '../../src/workflow/historyChain.js';
import { untyped } from './support/untyped.js';

const sample = generateSample({ seed: 3, size: 'town' });
const context = { policy: sample.policy };

/** Every string inside a value (payloads, submitters), to look for in the exported rows. */
function strings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) strings(item, out);
  return out;
}

/**
 * Asserts that no string of `secrets` is exported, except one that is also a row's event, actor,
 * state or time (a payload may name a deputy whose id is also an actor's); returns how many
 * strings were checked.
 */
function leaked(rows: readonly AuditTrailRow[], secrets: readonly unknown[]): number {
  const exported = strings(rows);
  const allowed = strings(
    rows.map((r) => [r.event, r.actor, r.stateBefore, r.stateAfter, r.at, r.recordedAt]),
  );
  const secret = strings(secrets);
  for (const text of secret) if (!allowed.has(text)) expect(exported.has(text), text).toBe(false);
  return secret.size;
}

const ROW_KEYS = [
  'index',
  'event',
  'eventLabel',
  'actor',
  'at',
  'recordedAt',
  'stateBefore',
  'stateAfter',
  'digest',
];

describe('auditTrail', () => {
  it('gives one row per entry, with the states the replay passes through', () => {
    for (const record of sample.suggestions.slice(0, 40)) {
      const rows = auditTrail(record, {
        workflow: suggestionWorkflow,
        initial: initialSuggestionOf(record),
        context,
      });
      expect(rows).toHaveLength(record.history.length);
      rows.forEach((row, i) => {
        const entry = record.history[i];
        expect(row.index).toBe(i);
        expect(row.event).toBe(entry?.type);
        expect(row.at).toBe(entry?.at);
        expect(row.actor.id).toBe(entry?.actor.id);
        expect(row.eventLabel).toEqual(suggestionWorkflow.events[row.event as 'submit'].label);
        if (i > 0) expect(row.stateBefore).toBe(rows[i - 1]?.stateAfter);
        for (const key of Object.keys(row)) expect(ROW_KEYS).toContain(key);
      });
      expect(rows.at(-1)?.stateAfter ?? record.state).toBe(record.state);
    }
  });

  it('copies the digests of a sealed record', async () => {
    const record = await sealHistory(sample.suggestions[0]!);
    const rows = auditTrail(record, {
      workflow: suggestionWorkflow,
      initial: initialSuggestionOf(record),
      context,
    });
    expect(rows.map((row) => row.digest)).toEqual(record.historyChain.digests);
  });

  it('leaks no personal data: no submitter field and no text from any payload', () => {
    const opinions = sample.opinions.filter(
      (o) => o.submitter !== undefined && o.history.length > 1,
    );
    expect(opinions.length).toBeGreaterThan(0);
    const options = { policy: sample.opinionPolicy };
    let checked = 0;
    for (const record of [...opinions.slice(0, 30)]) {
      const rows = auditTrail(record, {
        workflow: opinionWorkflow,
        initial: initialOpinionOf(record, options),
        context: options,
      });
      checked += leaked(rows, [
        record.submitter,
        record.content,
        ...record.history.map((e) => e.payload),
      ]);
    }
    for (const record of sample.suggestions.slice(0, 40)) {
      const rows = auditTrail(record, {
        workflow: suggestionWorkflow,
        initial: initialSuggestionOf(record),
        context,
      });
      checked += leaked(rows, [
        record.title,
        record.content,
        ...record.history.map((e) => e.payload),
      ]);
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('stops at an entry the workflow refuses, with its index, and never throws', () => {
    const record = sample.suggestions.find((s) => s.history.length > 3)!;
    const history = [
      record.history[0]!,
      { ...record.history[1]!, type: 'noSuchEvent' },
      ...record.history.slice(2),
    ];
    const result = safeAuditTrail(
      { ...record, history },
      { workflow: suggestionWorkflow, initial: initialSuggestionOf(record), context },
    );
    expect(result.ok ? undefined : result.error.index).toBe(1);
    for (const bad of [null, 1, { history: 'x' }]) {
      expect(safeAuditTrail(untyped(bad), untyped(null)).ok).toBe(false);
      expect(
        safeAuditTrail(untyped(bad), {
          workflow: suggestionWorkflow,
          initial: untyped(bad),
          context,
        }).ok,
      ).toBe(false);
    }
  });
});
