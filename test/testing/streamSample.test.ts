import { describe, expect, it } from 'vitest';
import { defaultLivelihoodPolicy } from '../../src/livelihood/livelihoodPolicy.js';
import { safeVerifyLivelihoodProject } from '../../src/livelihood/verifyLivelihoodProject.js';
import type { LivelihoodProject } from '../../src/model/livelihoodProject.js';
import { safeParseSuggestion } from '../../src/model/suggestion.js';
import {
  generateSample,
  sampleActivities,
  sampleSuggestions,
  streamSample,
} from '../../src/testing/index.js';
import { KIND_PARSERS } from './parsers.js';

describe('streamSample', () => {
  it('yields exactly the records generateSample collects, each passing its schema', () => {
    const sample = generateSample({ seed: 5 });
    const counts = new Map<string, number>();
    for (const item of streamSample({ seed: 5 })) {
      counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
      expect(KIND_PARSERS[item.kind](item.record).ok).toBe(true);
      expect(Object.isFrozen(item.record)).toBe(true);
    }
    expect(counts.get('deputy')).toBe(sample.deputies.length);
    expect(counts.get('suggestion')).toBe(sample.suggestions.length);
    expect(counts.get('activity')).toBe(sample.activities.length);
    expect(counts.get('opinion')).toBe(sample.opinions.length);
    expect(counts.get('performanceRecord')).toBe(sample.performanceRecords.length);
    expect([...sampleSuggestions({ seed: 5 })]).toEqual(sample.suggestions);
    expect([...sampleActivities({ seed: 5 })]).toEqual(sample.activities);
  });

  it('can be iterated again and gives the same stream', () => {
    const stream = sampleSuggestions({ seed: 9, size: { deputies: 25 } });
    expect([...stream]).toEqual([...stream]);
  });

  it('streams a province lazily: the first 50,000 suggestions pass the schema', () => {
    let taken = 0;
    let invalid = 0;
    for (const suggestion of sampleSuggestions({ seed: 1, size: 'province' })) {
      if (taken % 100 === 0 && !safeParseSuggestion(suggestion).ok) invalid++;
      taken++;
      if (taken === 50_000) break;
    }
    expect(taken).toBe(50_000);
    expect(invalid).toBe(0);
  }, 120_000);

  it('streams a province: 100,000 deputies, then its livelihood votes, before any suggestion', () => {
    let deputies = 0;
    let ownInOffice = 0;
    const projects: LivelihoodProject[] = [];
    for (const item of streamSample({ seed: 1, size: 'province' })) {
      if (item.kind === 'suggestion') break;
      if (item.kind === 'deputy') {
        deputies++;
        const { congress, status } = item.record;
        if (congress.level === 'provincial' && status.status === 'inOffice') ownInOffice++;
      }
      if (item.kind === 'livelihoodProject') projects.push(item.record);
    }
    expect(deputies).toBe(100_000);
    // The province's own deputies are 1% of its platform: changes of term must leave most in office.
    expect(ownInOffice).toBeGreaterThan(500);
    expect(projects).toHaveLength(18);
    // Every project replays to itself under its policy, votes included.
    for (const project of projects) {
      expect(safeVerifyLivelihoodProject(project, { policy: defaultLivelihoodPolicy }).ok).toBe(
        true,
      );
    }
  }, 120_000);
});
