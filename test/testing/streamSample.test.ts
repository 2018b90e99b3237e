import { describe, expect, it } from 'vitest';
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

  it('streams a province with 100,000 deputies before any suggestion', () => {
    let deputies = 0;
    for (const item of streamSample({ seed: 1, size: 'province' })) {
      if (item.kind === 'deputy') deputies++;
      else break;
    }
    expect(deputies).toBe(100_000);
  }, 120_000);
});
