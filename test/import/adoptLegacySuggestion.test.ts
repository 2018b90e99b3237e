import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adoptLegacySuggestion,
  type LegacySuggestion,
  safeAdoptLegacySuggestion,
} from '../../src/import/index.js';
import {
  availableEvents,
  byLeadUnit,
  IMPORTED_EVENT,
  initialSuggestionOf,
  RendaError,
  replay,
  type Suggestion,
  safeTransition,
  safeVerifySuggestion,
  suggestionStats,
  suggestionWorkflow,
  workflowTransitions,
} from '../../src/index.js';
import { generateSample } from '../../src/testing/index.js';

const sample = generateSample({ seed: 7, size: 'town' });
const { policy } = sample;
const options = { policy, system: 'old-platform', recordedAt: '2026-06-01T09:00:00+08:00' };

/**
 * A record as an old platform would hold it: where it stands, with no history and no rules
 * version; replies and assisting inputs without their verdicts and entry times when `bare`.
 */
function legacyOf(record: Suggestion, bare: boolean): LegacySuggestion {
  const { history: _history, rulesVersion: _rules, ...rest } = record;
  if (!bare) return rest;
  return {
    ...rest,
    replies: rest.replies.map(({ onTime: _o, recordedAt: _r, ...reply }) => reply),
    assistingInputs: rest.assistingInputs.map(({ onTime: _o, recordedAt: _r, ...input }) => ({
      ...input,
    })),
  };
}

const withoutHistory = ({ history: _h, ...rest }: Suggestion) => rest;

describe('adoptLegacySuggestion (历史建议导入)', () => {
  // The sample's records are walked through the workflow's own events and effects.
  const walked = sample.suggestions.filter((s) => s.history.length > 0);

  it('rebuilds each record whole: the same fields, one imported entry, replayable and verified', () => {
    expect(walked.length).toBeGreaterThan(50);
    for (const record of walked) {
      const adopted = adoptLegacySuggestion(legacyOf(record, false), options);
      expect(withoutHistory(adopted), record.id).toEqual(withoutHistory(record));
      expect(adopted.history).toHaveLength(1);
      const [entry] = adopted.history;
      expect(entry?.type).toBe(IMPORTED_EVENT);
      expect(entry?.actor).toEqual({ role: 'system', id: 'old-platform' });
      expect(entry?.payload?.system).toBe('old-platform');
      expect(entry?.recordedAt).toBe('2026-06-01T01:00:00.000Z');
      expect(
        replay(initialSuggestionOf(adopted), adopted.history, {
          workflow: suggestionWorkflow,
          context: { policy },
        }),
      ).toEqual(adopted);
      expect(safeVerifySuggestion(adopted, { policies: policy }).ok, record.id).toBe(true);
    }
  });

  it('dates the entry at the record’s last known instant, or at options.at', () => {
    for (const record of walked.slice(0, 40)) {
      const adopted = adoptLegacySuggestion(legacyOf(record, false), options);
      // A time the record holds (a notice sent after the last entry, say), and no act the record
      // keeps a time of is later: every entry whose time the record holds is no later.
      const at = adopted.history[0]?.at as string;
      const held = JSON.stringify(withoutHistory(record));
      expect(held).toContain(`"${at}"`);
      for (const entry of record.history)
        if (held.includes(`"${entry.at}"`)) expect(at >= entry.at, record.id).toBe(true);
    }
    const record = walked[0] as Suggestion;
    const at = '2026-05-01T09:00:00+08:00';
    expect(adoptLegacySuggestion(legacyOf(record, false), { ...options, at }).history[0]?.at).toBe(
      '2026-05-01T01:00:00.000Z',
    );
  });

  it('judges replies and assisting inputs without a verdict by the workflow’s own rule', () => {
    for (const record of walked) {
      const adopted = adoptLegacySuggestion(legacyOf(record, true), options);
      expect(
        adopted.replies.map((r) => r.onTime),
        record.id,
      ).toEqual(record.replies.map((r) => r.onTime));
      expect(adopted.assistingInputs.map((r) => r.onTime)).toEqual(
        record.assistingInputs.map((r) => r.onTime),
      );
      expect(adopted.replies.every((r) => r.recordedAt === r.at)).toBe(true);
    }
  });

  it('counts adopted records exactly as the walked ones in every figure of the dashboard', () => {
    const adopted = walked.map((record) => adoptLegacySuggestion(legacyOf(record, false), options));
    for (const asOf of ['2025-06-30T18:00:00+08:00', '2026-12-31T18:00:00+08:00']) {
      const statsOptions = { asOf, policy };
      expect(suggestionStats(adopted, statsOptions)).toEqual(suggestionStats(walked, statsOptions));
      const byUnit = { ...statsOptions, groupBy: byLeadUnit };
      expect(suggestionStats(adopted, byUnit)).toEqual(suggestionStats(walked, byUnit));
    }
    expect(adopted.map((s) => s.state)).toEqual(walked.map((s) => s.state));
  });

  it('adopts any record of random samples to the same state and figures (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.boolean(), (seed, bare) => {
        const { suggestions, policy: p } = generateSample({ seed, size: 'town' });
        const records = suggestions.filter((s) => s.history.length > 0).slice(0, 40);
        const opts = { ...options, policy: p };
        const adopted = records.map((r) => adoptLegacySuggestion(legacyOf(r, bare), opts));
        expect(adopted.map((s) => s.state)).toEqual(records.map((s) => s.state));
        const statsOptions = { asOf: '2026-03-31T18:00:00+08:00', policy: p };
        expect(suggestionStats(adopted, statsOptions)).toEqual(
          suggestionStats(records, statsOptions),
        );
      }),
      { numRuns: 6 },
    );
  });

  it('cannot be forged by a live transition, nor offered as an available event', () => {
    const record = walked[0] as Suggestion;
    const adopted = adoptLegacySuggestion(legacyOf(record, false), options);
    const draft = initialSuggestionOf(adopted);
    const forged = safeTransition(
      draft,
      { type: 'imported', payload: adopted.history[0]?.payload as never },
      {
        workflow: suggestionWorkflow,
        actor: { role: 'system', id: 'old-platform' },
        at: '2026-01-01T00:00:00Z',
        context: { policy },
      },
    );
    expect(forged.ok).toBe(false);
    if (!forged.ok) expect(forged.error.code).toBe('FORBIDDEN');
    const offered = availableEvents(
      draft,
      { role: 'system', id: 'old-platform' },
      {
        workflow: suggestionWorkflow,
        at: '2026-01-01T00:00:00Z',
        context: { policy },
      },
    );
    expect(offered.map((e) => e.type)).not.toContain('imported');
    expect(workflowTransitions(suggestionWorkflow).some((t) => t.event === 'imported')).toBe(false);
  });

  it('refuses an adoption entry anywhere but first in a history', () => {
    const record = walked.find((s) => s.history.length > 1) as Suggestion;
    const adopted = adoptLegacySuggestion(legacyOf(record, false), options);
    const twice = { ...adopted, history: [...adopted.history, ...adopted.history] };
    const result = safeVerifySuggestion(twice, { policies: policy });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('REPLAY_REFUSED');
  });

  it('names the field of a record that is not a valid suggestion, and bad options', () => {
    const record = walked[0] as Suggestion;
    const { title: _t, ...untitled } = legacyOf(record, false);
    const noTitle = safeAdoptLegacySuggestion(untitled as LegacySuggestion, options);
    expect(noTitle.ok).toBe(false);
    if (!noTitle.ok) expect(noTitle.error.issues.map((i) => i.path[0])).toContain('title');
    const noSystem = safeAdoptLegacySuggestion(legacyOf(record, false), {
      ...options,
      system: '',
    });
    expect(noSystem.ok).toBe(false);
    if (!noSystem.ok) expect(noSystem.error.issues[0]?.path).toEqual(['options', 'system']);
    const early = safeAdoptLegacySuggestion(legacyOf(record, false), {
      ...options,
      recordedAt: '2000-01-01T00:00:00Z',
    });
    expect(early.ok).toBe(false);
    expect(() => adoptLegacySuggestion(5 as never, options)).toThrow(RendaError);
  });
});
