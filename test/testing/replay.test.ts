import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../src/model/suggestion.js';
import type { SuggestionPolicy } from '../../src/suggestion/policy.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { generateSample, initialSuggestionOf } from '../../src/testing/index.js';
import { safeReplay } from '../../src/workflow/safeReplay.js';

/** Replays a record's history from its draft through the suggestion workflow. */
function replayed(record: Suggestion, policy: SuggestionPolicy) {
  return safeReplay(initialSuggestionOf(record), record.history, {
    workflow: suggestionWorkflow,
    context: { policy },
  });
}

/** Every record that does not replay to itself, with the refusal or the fields that differ. */
function mismatches(suggestions: readonly Suggestion[], policy: SuggestionPolicy) {
  const found: { id: string; problem: unknown }[] = [];
  for (const record of suggestions) {
    const result = replayed(record, policy);
    if (!result.ok) {
      const { code, event, state, guard, index } = result.error as typeof result.error & {
        guard?: string;
      };
      found.push({ id: record.id, problem: { code, event, state, guard, index } });
      continue;
    }
    try {
      expect(result.value).toStrictEqual(record);
    } catch {
      const keys = new Set([...Object.keys(record), ...Object.keys(result.value)]);
      const differ = [...keys].filter((key) => {
        try {
          expect((result.value as Record<string, unknown>)[key]).toStrictEqual(
            (record as Record<string, unknown>)[key],
          );
          return false;
        } catch {
          return true;
        }
      });
      found.push({ id: record.id, problem: { differ } });
    }
  }
  return found;
}

const sample = generateSample({ seed: 1, size: 'town' });

describe('generated suggestions replay through the suggestion workflow', () => {
  it('rebuilds every suggestion of a town sample from its draft and its history', () => {
    expect(mismatches(sample.suggestions, sample.policy)).toEqual([]);
  });

  it('starts each replay from a frozen draft with the record content and an empty history', () => {
    const converted = sample.suggestions.find((s) => s.convertedFromMotion !== undefined);
    expect(converted).toBeDefined();
    for (const record of [sample.suggestions[0], sample.suggestions[40], converted]) {
      if (record === undefined) continue;
      const draft = initialSuggestionOf(record);
      expect(Object.isFrozen(draft)).toBe(true);
      expect(draft).toMatchObject({
        id: record.id,
        state: 'draft',
        createdAt: record.createdAt,
        rulesVersion: record.rulesVersion,
        proposers: record.proposers,
        history: [],
        round: 1,
      });
    }
    expect(initialSuggestionOf(converted as Suggestion).kind).toBe('motion');
    // the draft of a record never sent further is the record itself
    const draft = sample.suggestions.find((s) => s.state === 'draft') as Suggestion;
    expect(initialSuggestionOf(draft)).toStrictEqual(draft);
  });

  it('does not mutate the record it reads', () => {
    const record = sample.suggestions[30] as Suggestion;
    const copy = structuredClone(record);
    initialSuggestionOf(record);
    replayed(record, sample.policy);
    expect(record).toStrictEqual(copy);
  });

  it('covers the situations that need the workflow’s own semantics', () => {
    const s = sample.suggestions;
    const reasons = new Set(s.map((x) => x.closure?.reason));
    expect(reasons).toEqual(
      new Set([undefined, 'evaluated', 'roundsExhausted', 'evaluationLapsed', 'byOffice']),
    );
    // no `close` after an evaluation or a lapse: only the office's close, with the policy's code
    const closeCodes = sample.policy.reasonCodes.close?.map((reason) => reason.code);
    for (const x of s) {
      for (const [i, entry] of x.history.entries()) {
        if (entry.type !== 'close') continue;
        expect(closeCodes).toContain((entry.payload as { reasonCode: string }).reasonCode);
        expect(x.closure?.reasonCode).toBe((entry.payload as { reasonCode: string }).reasonCode);
        expect(entry.actor.role).toBe('liaisonOffice');
        expect(x.history[i - 1]?.type).not.toBe('evaluate');
      }
    }
    // a dissatisfied grade ends its round: nobody evaluates that round after it
    for (const x of s) {
      const dissatisfied = x.evaluations.filter((e) => e.grade === 'dissatisfied');
      for (const d of dissatisfied) {
        expect(x.evaluations.filter((e) => e.round === d.round && e.at > d.at)).toEqual([]);
      }
    }
    expect(s.some((x) => x.evaluations.some((e) => e.grade === 'dissatisfied'))).toBe(true);
    // separate units (分办): the first reply leaves the item in handling, the second replies it
    expect(
      s.some(
        (x) =>
          x.assignments.filter((a) => a.role === 'separate').length === 2 &&
          x.replies.filter((r) => r.round === 1 && !r.followUp).length === 2,
      ),
    ).toBe(true);
    // follow-up after closing, and a rounds-exhausted closure with the system's escalation
    expect(s.some((x) => x.history.some((h) => h.type === 'followUpReply'))).toBe(true);
    expect(
      s.some(
        (x) =>
          x.closure?.reason === 'roundsExhausted' &&
          x.supervisions.some((v) => v.kind === 'escalation' && v.by.role === 'system'),
      ),
    ).toBe(true);
  });

  it('holds for any seed and year (several town samples)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
        fc.integer({ min: 2020, max: 2030 }),
        (seed, year) => {
          const other = generateSample({ seed, year, size: 'town' });
          expect(mismatches(other.suggestions, other.policy)).toEqual([]);
        },
      ),
      { numRuns: 5 },
    );
  }, 120_000);
});
