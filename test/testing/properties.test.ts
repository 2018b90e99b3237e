import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSample } from '../../src/testing/index.js';
import { invalidRecords } from './parsers.js';

describe('generateSample (properties)', () => {
  it('passes every schema for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), (seed) => {
        expect(invalidRecords(generateSample({ seed, size: 'town' }))).toEqual([]);
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it('keeps every suggestion state and the merged pairs for any seed and year', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 2020, max: 2030 }), (seed, year) => {
        const sample = generateSample({ seed, year, size: { deputies: 30 } });
        expect(new Set(sample.suggestions.map((s) => s.state)).size).toBe(11);
        const ids = new Set(sample.suggestions.map((s) => s.id));
        for (const s of sample.suggestions) if (s.mergedInto) expect(ids).toContain(s.mergedInto);
        expect(invalidRecords(sample)).toEqual([]);
      }),
      { numRuns: 10 },
    );
  }, 120_000);
});
