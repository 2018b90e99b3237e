import { describe, expect, it } from 'vitest';
import { RendaError } from '../../src/model/shared/validationError.js';
import type { Suggestion } from '../../src/model/suggestion.js';
import { initialSuggestionOf } from '../../src/suggestion/initialSuggestionOf.js';
import { defaultPolicy, definePolicy, rulesVersionOf } from '../../src/suggestion/policy.js';
import {
  definePolicyRegistry,
  safeDefinePolicyRegistry,
} from '../../src/suggestion/policyRegistry.js';
import { suggestionContextOf } from '../../src/suggestion/suggestionContextOf.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { safeVerifySuggestion, verifySuggestion } from '../../src/suggestion/verifySuggestion.js';
import { generateSample } from '../../src/testing/generateSample.js';
import { auditTrail, safeAuditTrail } from '../../src/workflow/auditTrail.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import { transition } from '../../src/workflow/transition.js';

const sample = generateSample({ seed: 7, size: 'town' });
const policies = definePolicyRegistry([sample.policy, defaultPolicy]);
const pick = (test: (s: Suggestion) => boolean): Suggestion => {
  const found = sample.suggestions.find(test);
  if (!found) throw new Error('no such sample');
  return found;
};

describe('safeVerifySuggestion', () => {
  it('verifies every generated sample suggestion', () => {
    for (const record of sample.suggestions) {
      const result = safeVerifySuggestion(record, { policies });
      if (!result.ok) throw new Error(`${record.id}: ${JSON.stringify(result.error)}`);
      expect(result.value).toEqual(record);
    }
  }, 120_000);

  it('takes a single policy as well as a registry', () => {
    const record = pick((s) => s.history.length > 3);
    expect(safeVerifySuggestion(record, { policies: sample.policy }).ok).toBe(true);
    const other = safeVerifySuggestion(record, { policies: defaultPolicy });
    expect(!other.ok && other.error.code).toBe('UNKNOWN_RULES_VERSION');
    expect(!other.ok && other.error.divergence?.index).toBe(0);
  });

  it('finds a relabelled state, naming the entry that set it', () => {
    const record = pick((s) => s.state === 'closed' && s.history.length > 4);
    const result = safeVerifySuggestion({ ...record, state: 'replied' }, { policies });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DIVERGED');
    const lastClosing = record.history
      .map((e) => e.type)
      .lastIndexOf(
        [...record.history]
          .reverse()
          .find((e) => ['evaluate', 'close', 'lapseEvaluation'].includes(e.type))?.type ?? '',
      );
    expect(result.error.divergence).toMatchObject({
      path: ['state'],
      expected: 'closed',
      found: 'replied',
    });
    expect(result.error.divergence?.index).toBe(lastClosing);
    expect(result.error.message.en).toContain('state');
    expect(result.error.message['zh-Hans']).toContain('不一致');
  });

  it('finds a truncated history', () => {
    const record = pick((s) => s.state === 'closed' && s.history.length > 4);
    const cut = record.history.length - 1;
    const result = safeVerifySuggestion(
      { ...record, history: record.history.slice(0, cut) },
      { policies },
    );
    expect(!result.ok && result.error.code).toBe('DIVERGED');
    if (result.ok) return;
    // The fields the last entry set are now set by nothing: their divergence comes first.
    expect(result.error.divergence?.index).toBeLessThanOrEqual(cut);
    expect(result.error.divergence?.path.length).toBeGreaterThan(0);
    expect(result.error.divergence?.found).not.toEqual(result.error.divergence?.expected);
  });

  it('finds a flipped onTime on a reply, at the reply entry', () => {
    const record = pick((s) => s.replies.length > 0);
    const reply = record.replies[0] as Suggestion['replies'][number];
    const replies = [{ ...reply, onTime: !reply.onTime }, ...record.replies.slice(1)];
    const result = safeVerifySuggestion({ ...record, replies }, { policies });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const replyIndex = record.history.findIndex((e) => e.type === 'reply');
    expect(result.error.divergence).toEqual({
      index: replyIndex,
      path: ['replies', 0, 'onTime'],
      expected: reply.onTime,
      found: !reply.onTime,
    });
    expect(() => verifySuggestion({ ...record, replies }, { policies })).toThrow(RendaError);
  });

  it('reports a history entry the workflow refuses, with its refusal', () => {
    const record = pick((s) => s.history.length > 3);
    const history = record.history.map((e, i) =>
      i === 1 ? { ...e, actor: { role: 'deputy', id: 'D-NOBODY' } } : e,
    );
    const result = safeVerifySuggestion({ ...record, history }, { policies });
    expect(!result.ok && result.error.code).toBe('REPLAY_REFUSED');
    expect(!result.ok && result.error.divergence?.index).toBe(1);
    expect(!result.ok && result.error.cause?.code).toMatch(/FORBIDDEN|GUARD_FAILED/);
  });

  it('refuses input that is not a suggestion, and missing options, by name', () => {
    const record = pick(() => true);
    const noOptions = safeVerifySuggestion(record, undefined as never);
    expect(!noOptions.ok && noOptions.error.issues?.[0]?.path).toEqual(['policies']);
    expect(safeVerifySuggestion({ id: 'S-1' }, { policies }).ok).toBe(false);
    expect(safeVerifySuggestion(null, { policies }).ok).toBe(false);
  });
});

describe('rules versions', () => {
  const next = definePolicy({ id: sample.policy.id, version: sample.policy.version + 1 });
  const office = { role: 'liaisonOffice', id: 'OFFICE' } as const;

  it('transition refuses a policy other than the record’s, naming both versions', () => {
    const record = pick((s) => s.state === 'assigned' || s.state === 'inHandling');
    const result = safeTransition(
      record,
      { type: 'supervise', payload: { kind: 'reminder' } },
      {
        workflow: suggestionWorkflow,
        actor: office,
        at: '2030-01-02T10:00:00+08:00',
        context: { policy: next },
      },
    );
    expect(!result.ok && result.error.code).toBe('RULES_VERSION_MISMATCH');
    if (result.ok) return;
    for (const text of [result.error.message.en, result.error.message['zh-Hans']]) {
      expect(text).toContain(record.rulesVersion);
      expect(text).toContain(rulesVersionOf(next));
    }
  });

  it('migrates explicitly: the migration is an entry, and the record then verifies per segment', () => {
    const record = pick((s) => s.state === 'inHandling' || s.state === 'assigned');
    const lastAt = record.history[record.history.length - 1]?.at ?? record.createdAt;
    const later = new Date(Date.parse(lastAt) + 3600_000).toISOString();
    const from = record.rulesVersion;
    const to = rulesVersionOf(next);
    const wrong = safeTransition(
      record,
      { type: 'migrateRules', payload: { from: to, to } },
      { workflow: suggestionWorkflow, actor: office, at: later, context: { policy: next } },
    );
    expect(!wrong.ok && wrong.error.code).toBe('GUARD_FAILED');
    const migrated = transition(
      record,
      { type: 'migrateRules', payload: { from, to } },
      { workflow: suggestionWorkflow, actor: office, at: later, context: { policy: next } },
    ).record;
    expect(migrated.rulesVersion).toBe(to);
    expect(migrated.history.at(-1)).toMatchObject({ type: 'migrateRules', payload: { from, to } });
    expect(initialSuggestionOf(migrated).rulesVersion).toBe(from);
    const both = definePolicyRegistry([sample.policy, next]);
    expect(safeVerifySuggestion(migrated, { policies: both }).ok).toBe(true);
    const onlyOld = safeVerifySuggestion(migrated, { policies: sample.policy });
    expect(!onlyOld.ok && onlyOld.error.code).toBe('UNKNOWN_RULES_VERSION');
    expect(!onlyOld.ok && onlyOld.error.divergence?.index).toBe(migrated.history.length - 1);
  });

  it('gives the audit trail of a migrated record, each entry under its own policy', () => {
    const record = pick((s) => s.state === 'inHandling' || s.state === 'assigned');
    const lastAt = record.history[record.history.length - 1]?.at ?? record.createdAt;
    const later = new Date(Date.parse(lastAt) + 3600_000).toISOString();
    const options = { workflow: suggestionWorkflow, actor: office, context: { policy: next } };
    const payload = { from: record.rulesVersion, to: rulesVersionOf(next) };
    let migrated = transition(
      record,
      { type: 'migrateRules', payload },
      { ...options, at: later },
    ).record;
    migrated = transition(
      migrated,
      { type: 'supervise', payload: { kind: 'reminder' } },
      { ...options, at: new Date(Date.parse(later) + 60_000).toISOString() },
    ).record;
    const initial = initialSuggestionOf(migrated);
    // One context cannot replay it: the entries before the migration ran under the old policy.
    const one = safeAuditTrail(migrated, {
      workflow: suggestionWorkflow,
      initial,
      context: { policy: next },
    });
    expect(!one.ok && one.error.code).toBe('RULES_VERSION_MISMATCH');
    const both = definePolicyRegistry([sample.policy, next]);
    const rows = auditTrail(migrated, {
      workflow: suggestionWorkflow,
      initial,
      contextOf: suggestionContextOf(both),
    });
    expect(rows.map((row) => row.event)).toEqual(migrated.history.map((entry) => entry.type));
    expect(rows.at(-1)?.stateAfter).toBe(migrated.state);
    // A registry without the new policy stops the trail at the migration, naming the version.
    const onlyOld = safeAuditTrail(migrated, {
      workflow: suggestionWorkflow,
      initial,
      contextOf: suggestionContextOf(sample.policy),
    });
    expect(!onlyOld.ok && onlyOld.error.index).toBe(record.history.length);
    expect(!onlyOld.ok && onlyOld.error.message.en).toContain(rulesVersionOf(next));
  });

  it('a registry refuses two policies under one rules version', () => {
    const twin = definePolicy({ id: 'default', version: 1, maxReHandlingRounds: 3 });
    const result = safeDefinePolicyRegistry([defaultPolicy, twin]);
    expect(!result.ok && result.error.issues[0]).toMatchObject({
      code: 'DUPLICATE_RULES_VERSION',
      path: [1],
    });
    expect(safeDefinePolicyRegistry(null as never).ok).toBe(false);
    expect(definePolicyRegistry([defaultPolicy, defaultPolicy]).versions).toEqual(['default@1']);
  });
});
