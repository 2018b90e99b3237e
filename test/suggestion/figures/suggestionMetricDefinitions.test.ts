import { describe, expect, it } from 'vitest';
import {
  SUGGESTION_METRICS,
  SUGGESTION_RATE_IDS,
  suggestionMetricDefinitions,
} from '../../../src/suggestion/figures/index.js';
import { expectSameFigures } from './support/sameFigures.js';
import { handMade, POLICIES } from './support/samples.js';

describe('SUGGESTION_METRICS', () => {
  it('defines every figure once, with id, version, names, formula, unit, exclusions and report line', () => {
    for (const [key, d] of Object.entries(SUGGESTION_METRICS)) {
      expect(d.id).toBe(key);
      expect(d.version).toBeGreaterThanOrEqual(1);
      expect(d.name['zh-Hans'].length).toBeGreaterThan(0);
      expect(d.name.en.length).toBeGreaterThan(0);
      expect(d.formula['zh-Hans'].length).toBeGreaterThan(0);
      expect(d.reportLine['zh-Hans'].length).toBeGreaterThan(0);
      expect(Object.isFrozen(d)).toBe(true);
    }
    for (const id of SUGGESTION_RATE_IDS) expect(SUGGESTION_METRICS[id].kind).toBe('rate');
  });

  it('leaves withdrawn, merged, not-registered and unassigned items out of every item rate', () => {
    for (const id of SUGGESTION_RATE_IDS) {
      const d = SUGGESTION_METRICS[id];
      const reasons = d.exclusions.map((e) => e.reason);
      expect(reasons).toEqual(
        d.unit === 'item'
          ? ['withdrawn', 'merged', 'notRegistered', 'notAssigned']
          : d.unit === 'evaluation'
            ? ['itemExcluded', 'coSigner']
            : ['itemExcluded'],
      );
    }
  });
});

describe('suggestionMetricDefinitions (one definition drives every view)', () => {
  it('gives, through the generic aggregate, the same figure as the dashboard on hand-made records', () => {
    for (const policy of POLICIES)
      expectSameFigures(handMade(), policy, '2025-06-03T09:00:00+08:00');
  });

  it('builds rate definitions that carry their exclusion labels', () => {
    const { replyRate, satisfactionRate } = suggestionMetricDefinitions(
      POLICIES[0],
      '2025-12-31T10:00:00Z',
    );
    expect(replyRate.exclude.map((e) => e.reason)).toEqual([
      'withdrawn',
      'merged',
      'notRegistered',
      'notAssigned',
    ]);
    expect(satisfactionRate.unit).toBe('evaluation');
  });
});
